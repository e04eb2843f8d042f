// @ts-check
// Makes the whole site work offline after one visit. astrojs-service-worker runs workbox-build's generateSW
// once the site is built: every page and every file of the build is precached with a revision, so a new
// build means a new service worker, which the browser installs on the next visit and which takes over open
// pages at once (skipWaiting, clientsClaim). components/site/OfflineSupport.astro registers it and tells the
// person. Nothing here names a page, so new routes (other languages, say) are precached as they come.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import serviceWorker from 'astrojs-service-worker';

/** The file the service worker is written to, at the root of the build (and of `base` once deployed). */
const SERVICE_WORKER = 'service-worker.js';

/** @returns {import('astro').AstroIntegration[]} */
export default function offlineSupport() {
  return [
    serviceWorker({
      // Its own registration is an inline script in the head, which the hashed CSP would refuse:
      // OfflineSupport.astro registers the worker from a bundled script instead.
      registration: { autoRegister: false },
      workbox: {
        // Every page (a navigation to /assess/x/ is answered with assess/x/index.html, workbox's default
        // directoryIndex) and every file a page loads. The service worker itself is left out by workbox.
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
        // Built into the service worker itself: no workbox file to load, and nothing from a CDN.
        inlineWorkboxRuntime: true,
        // Astro's _astro/ files carry a content hash in their names: they need no revision to bust caches.
        dontCacheBustURLsMatching: /(^|\/)_astro\//,
      },
    }),
    {
      name: 'offline-support',
      hooks: {
        'astro:config:setup': ({ updateConfig }) => {
          // Astro inlines a script this small into every page; kept as one file instead, it is fetched once
          // and cached, and every page's policy stays free of its hash. Anything else is decided as before.
          updateConfig({
            vite: {
              build: { assetsInlineLimit: (file) => (file.includes('OfflineSupport') ? false : undefined) },
            },
          });
        },
        // astrojs-service-worker only logs a failure of generateSW: a build without its service worker
        // would deploy a site that silently stops working offline, so it fails here instead.
        'astro:build:done': ({ dir }) => {
          if (!existsSync(fileURLToPath(new URL(SERVICE_WORKER, dir)))) {
            throw new Error(`No ${SERVICE_WORKER} was generated: see the workbox error above.`);
          }
        },
      },
    },
  ];
}
