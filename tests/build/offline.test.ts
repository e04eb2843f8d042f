/**
 * What makes the built site work offline and installable: a service worker that precaches every page and
 * every file of the build (so any page opens without a network once the site has been visited), a web app
 * manifest whose icons exist, and every page linking both.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, dist } from './dist';
import { languages, uiFor } from '../../src/i18n/pages';
import { pageOf } from '../../src/lib/paths';

/** Every file of the build, relative to dist, with forward slashes. */
function builtFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtFiles(join(dir, entry.name))
      : [relative(dist, join(dir, entry.name)).replaceAll('\\', '/')],
  );
}

/** The precache manifest workbox writes into the service worker: [{ url, revision }]. */
function precacheOf(code: string): { url: string; revision: string | null }[] {
  const entries = [...code.matchAll(/\{\s*url:\s*"([^"]+)",\s*revision:\s*(null|"([0-9a-f]+)")\s*\}/g)];
  return entries.map(([, url, , revision]) => ({ url: url!, revision: revision ?? null }));
}

/** Width and height of a PNG, from its header. */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the service worker', () => {
  const pages = builtPages();
  const code = readFileSync(join(dist, 'service-worker.js'), 'utf8');
  const precache = precacheOf(code);
  const urls = precache.map((entry) => entry.url);

  it('precaches every built page, under the index.html a navigation to its folder is answered with', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const [route] of pages) expect(urls).toContain(`${route.slice(1)}index.html`);
  });

  it('precaches every script and stylesheet of the build', () => {
    const assets = readdirSync(join(dist, '_astro')).filter((name) => /\.(js|css)$/.test(name));
    expect(assets.some((name) => name.startsWith('chart-setup'))).toBe(true);
    for (const name of assets) expect(urls).toContain(`_astro/${name}`);
  });

  // Read by web servers, never served to browsers (IIS and Apache refuse them): precaching one would make
  // the service worker's installation fail on that host.
  const HOST_FILES = ['.htaccess', '_astro/.htaccess', '_headers', 'web.config'];

  it("precaches none of the hosts' configuration files, which are in the build (docs/DEPLOY.md)", () => {
    expect(builtFiles()).toEqual(expect.arrayContaining(HOST_FILES));
    for (const file of HOST_FILES) expect(urls).not.toContain(file);
  });

  it("precaches every file of the build but itself and the hosts' files, and nothing that is not in the build", () => {
    const files = builtFiles().filter((file) => file !== 'service-worker.js' && !HOST_FILES.includes(file));
    expect(files).toEqual(
      expect.arrayContaining([
        'manifest.webmanifest',
        'fr/manifest.webmanifest',
        'favicon.svg',
        'icons/icon-512.png',
      ]),
    );
    expect([...urls].sort()).toEqual([...files].sort());
  });

  it('lists files relative to itself, so a site built under a base path precaches its own files', () => {
    for (const url of urls) expect(url).not.toMatch(/^(\/|[a-z]+:)/);
  });

  it('revises every file whose name does not already change with its content', () => {
    for (const { url, revision } of precache) {
      if (url.startsWith('_astro/')) expect(revision, url).toBeNull();
      else expect(revision, url).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('takes over open pages as soon as a new version is installed, and loads nothing from elsewhere', () => {
    expect(code).toContain('skipWaiting()');
    expect(code).toContain('clients.claim()');
    // The workbox runtime is inside the file: no importScripts, no CDN. Its one URL is a link in the text of
    // a warning it may print, never fetched.
    expect(code).not.toContain('importScripts');
    expect(code.match(/https?:\/\/[^\s"'`\\]+/g)).toEqual(['https://bit.ly/wb-precache']);
  });
});

for (const lang of languages) {
  describe(`the web app manifest (${lang})`, () => {
    // Each language has its own, beside its home page: /manifest.webmanifest, /fr/manifest.webmanifest.
    const folder = join(dist, lang === 'en' ? '' : lang);
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      short_name: string;
      lang: string;
      start_url: string;
      scope: string;
      display: string;
      background_color: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };

    it('names the app in its language and opens it standalone at that language’s home, wherever the site is deployed', () => {
      expect(manifest).toMatchObject({
        name: uiFor(lang).siteName,
        short_name: uiFor(lang).appShortName,
        lang,
        start_url: './',
        scope: lang === 'en' ? './' : '../',
        display: 'standalone',
      });
    });

    it('takes its colours from the light palette of the stylesheet', () => {
      const css = readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8');
      // Each colour is written as its light value, then its dark one.
      const colour = (name: string) =>
        new RegExp(`--${name}:\\s*var\\(--dark-theme, (#[0-9a-f]{6})\\)`).exec(css)![1];
      expect(manifest.background_color).toBe(colour('bg'));
      expect(manifest.theme_color).toBe(colour('accent'));
    });

    it('has 192 and 512 pixel icons and a maskable one, each in the build at the size it claims', () => {
      const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
      expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      expect(pngs.some((icon) => icon.purpose === 'maskable')).toBe(true);
      for (const icon of manifest.icons) {
        expect(icon.src, 'relative to the manifest').not.toMatch(/^(\/|[a-z]+:)/);
        const file = join(folder, icon.src);
        if (icon.type === 'image/png') expect(pngSize(file), icon.src).toBe(icon.sizes);
        else expect(readFileSync(file, 'utf8'), icon.src).toContain('<svg');
      }
    });
  });
}

describe('the touch icon', () => {
  it('has a 180 pixel touch icon beside it, for browsers that read no manifest', () => {
    expect(pngSize(join(dist, 'apple-touch-icon.png'))).toBe('180x180');
  });
});

describe('every page', () => {
  for (const [route, file] of builtPages()) {
    it(`${route} links the manifest and a touch icon, and carries the update notice`, () => {
      const html = readFileSync(file, 'utf8');
      const { lang } = pageOf(route, '/');
      const home = lang === 'en' ? '/' : `/${lang}/`;
      expect(html).toContain(`<link rel="manifest" href="${home}manifest.webmanifest">`);
      expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
      expect(html).toMatch(/<script type="module" src="\/_astro\/OfflineSupport\.[^"]+\.js"><\/script>/);
      // In the page's language.
      const t = uiFor(lang);
      const notice = html.match(
        /<div class="update-notice" role="status" data-update-notice><template>(.*?)<\/template><\/div>/s,
      );
      expect(notice?.[1]).toContain(t.siteUpdated);
      expect(notice?.[1]).toContain(t.reloadForUpdate);
    });
  }
});
