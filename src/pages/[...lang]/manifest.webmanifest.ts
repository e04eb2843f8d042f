/**
 * The web app manifest, once per language: /manifest.webmanifest in English and /fr/manifest.webmanifest in
 * French, each linked from its language's pages (layouts/Base.astro). Installing the site from a French page
 * gives an app with a French name that opens on the French home page. Every address in it is relative to the
 * manifest itself, so the site works under any base path. Colours are the light palette's (styles/tokens.css).
 */
import type { APIRoute } from 'astro';
import { languagePaths } from '../../content/entries';
import { uiFor, type Lang } from '../../i18n/pages';

export const getStaticPaths = languagePaths;

/** The app's icons, drawn from the favicon by scripts/make-icons.mjs. */
const ICONS = [
  { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
  { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

export const GET: APIRoute = ({ props }) => {
  const lang = (props as { lang: Lang }).lang;
  const t = uiFor(lang);
  // From the manifest's folder to the site's root: '' for English, '../' for /fr/.
  const root = lang === 'en' ? '' : '../';
  const manifest = {
    id: './',
    name: t.siteName,
    short_name: t.appShortName,
    description: t.appDescription,
    lang,
    dir: 'ltr',
    start_url: './',
    // The whole site, so moving to the other language stays inside the app.
    scope: root || './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4f91',
    icons: ICONS.map((icon) => ({ ...icon, src: `${root}${icon.src}` })),
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
