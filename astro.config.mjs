// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// SITE_BASE lets the same build be served from a sub-path, e.g. SITE_BASE=/coaching/ npm run build.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [preact()],
  build: {
    // Small per-page styles stay inline; the CSP below hashes them.
    inlineStylesheets: 'auto',
  },
  security: {
    // A hashed Content-Security-Policy in every page: no inline script runs unless Astro put it there.
    csp: true,
  },
  // No Markdown code blocks here; turning Shiki off keeps its inline styles out of the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
