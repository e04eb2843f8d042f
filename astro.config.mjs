// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { load } from 'js-yaml';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import cspFirst from './src/integrations/csp-first.mjs';
import offlineSupport from './src/integrations/offline-support.mjs';
import { themeScript } from './src/layouts/theme-script.mjs';

// SITE_BASE lets the same build be served from a sub-path, e.g. SITE_BASE=/coaching/ npm run build.
const base = process.env.SITE_BASE ?? '/';
// SITE_URL (e.g. https://coaching.example.org) is the address the site is published at: with it, canonical
// and hreflang links are absolute and a sitemap is written. Without it, the build works at any address.
const site = process.env.SITE_URL || undefined;

/**
 * The item-id mappings (src/content/rubric-changes/*.yaml) as plain data for the code that upgrades answers
 * made by an earlier rubric layout; only that code imports them, on demand.
 */
function yamlData() {
  return {
    name: 'dcsa-rubric-changes-yaml',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/[\\/]src[\\/]content[\\/]rubric-changes[\\/][^\\/]+\.yaml$/.test(id)) return null;
      return { code: `export default ${JSON.stringify(load(code))};`, map: null };
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [
    preact(),
    // Before the offline support, so the service worker caches each page as it is served.
    cspFirst(),
    offlineSupport(),
    // The sitemap lists every page with its other-language version; it needs the site's address.
    ...(site ? [sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr' } } })] : []),
  ],
  build: {
    // Each page carries only the styles its parts use (2 to 4 KB gzipped), inline in the page as one
    // stylesheet: one request less, and one compressed stream rather than several. The CSP below hashes it.
    inlineStylesheets: 'always',
  },
  security: {
    // A hashed Content-Security-Policy in every page: no inline script runs unless Astro put it there (or,
    // for the theme script in the head, unless its hash is listed here), and the browser itself refuses
    // any request to another origin: nothing is fetched from, or sent to, anywhere else.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The offline service worker and the web app manifest come from the site itself, nowhere else.
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: {
        hashes: [`sha256-${createHash('sha256').update(themeScript).digest('base64')}`],
      },
    },
  },
  // No Markdown code blocks here; turning Shiki off keeps its inline styles out of the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: { plugins: [yamlData()] },
});
