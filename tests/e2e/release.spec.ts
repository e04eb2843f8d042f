/**
 * The release a district's IT staff host without Node (`npm run package`, docs/DEPLOY.md): the zip is built
 * for a sub-path and a published address, unzipped, served by a plain static server under that sub-path,
 * and used as a person would. The same build shows what SITE_URL gives: absolute canonical and hreflang
 * links and a sitemap listing every page in both languages.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { watchPage } from './helpers';
import { serveCopy, type ServedCopy } from './static-server';
import { APACHE, available, headersOf, NGINX, startWebServer } from './web-servers';

const SITE = 'https://coaching.example.org';
const BASE = '/coaching/';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const NAME = `district-coaching-self-assessment-${version}`;

let work = '';
let site = '';
let install = '';
let served: ServedCopy;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  work = mkdtempSync(join(tmpdir(), 'dcsa-release-'));
  // Readable by the web servers' own users (nobody), as a folder under /var/www would be.
  chmodSync(work, 0o755);
  const run = spawnSync(
    process.execPath,
    ['scripts/package.mjs', `--base=${BASE}`, `--site=${SITE}`, `--out=${work}`],
    { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  expect(run.status, `npm run package failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
  expect(run.stdout).toContain(`${NAME}.zip`);

  // Unzipped as IT staff would: one folder, INSTALL.txt beside the site.
  const entries = unzipSync(readFileSync(join(work, `${NAME}.zip`)));
  for (const [path, bytes] of Object.entries(entries)) {
    expect(path.startsWith(`${NAME}/`), path).toBe(true);
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), bytes);
  }
  site = join(work, NAME, 'site');
  install = readFileSync(join(work, NAME, 'INSTALL.txt'), 'utf8');
  served = await serveCopy(site, { prefix: BASE });
});

test.afterAll(async () => {
  await served?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every page of the built site, as the path people open ("/coaching/fr/assess/x/"). */
function pages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry === 'index.html') found.push(`${BASE}${relative(site, dir).split('\\').join('/')}/`);
    }
  };
  walk(site);
  // The home page's folder is the site's own: "/coaching//" is "/coaching/".
  return found.map((path) => path.replace(/\/+$/, '/')).sort();
}

test('INSTALL.txt tells IT staff where the site goes, the headers to set and how updates reach people', () => {
  expect(install).toContain(`District Coaching Self-Assessment ${version}`);
  expect(install).toContain(`${SITE}${BASE}`);
  expect(install).toContain(`at the path ${BASE} exactly`);
  expect(install).toContain('Cache-Control: no-cache');
  expect(install).toContain('application/manifest+json');
  expect(install).toMatch(/How updates reach people/);
  // One page: short enough to print, narrow enough for any text editor.
  const lines = install.trimEnd().split('\n');
  expect(lines.length).toBeLessThanOrEqual(60);
  expect(lines.filter((line) => line.length > 80)).toEqual([]);
  // The server files it names are in the zip.
  for (const file of ['.htaccess', '_headers', 'web.config', 'service-worker.js'])
    expect(statSync(join(site, file)).isFile(), file).toBe(true);
});

test('the unzipped site works under its sub-path on a plain static server: a questionnaire is answered and kept', async ({
  page,
}) => {
  const watched = watchPage(page, served.origin);
  // Nothing answers outside the sub-path, so a link that forgot the base would fail here.
  expect((await page.request.get(`${served.origin}/assess/coaching-conditions/`)).status()).toBe(404);

  await page.goto(`${served.origin}${BASE}`);
  await page
    .getByRole('link', { name: /Conditions for Learning Coaches/ })
    .first()
    .click();
  await expect(page).toHaveURL(`${served.origin}${BASE}assess/coaching-conditions/`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const first = page.locator('.questionnaire input[type="radio"][value="3"]').first();
  await first.check();
  await expect(page.locator('.questionnaire .progress label')).toHaveText(/^1 of \d+ answered$/);
  await page.reload();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.questionnaire input[type="radio"][value="3"]').first()).toBeChecked();

  // The French page and the service worker resolve under the same sub-path.
  await page.goto(`${served.origin}${BASE}fr/assess/coaching-conditions/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.questionnaire input[type="radio"][value="3"]').first()).toBeChecked();
  const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(worker).toBe(`${served.origin}${BASE}service-worker.js`);
  expect(watched.errors).toEqual([]);
  expect(watched.foreign).toEqual([]);
});

test('with SITE_URL, every page has an absolute canonical link and absolute hreflang links to both languages', () => {
  const all = pages();
  expect(all.length).toBeGreaterThan(20);
  for (const path of all) {
    const html = readFileSync(join(site, path.slice(BASE.length), 'index.html'), 'utf8');
    const english = path.replace(`${BASE}fr/`, BASE);
    const french = english.replace(BASE, `${BASE}fr/`);
    const links = [
      ...html.matchAll(/<link rel="(canonical|alternate)"(?: hreflang="([\w-]+)")? href="([^"]+)"/g),
    ].map(([, rel, lang, href]) => `${rel} ${lang ?? ''} ${href}`.replace('  ', ' '));
    expect(links, path).toEqual([
      `canonical ${SITE}${path}`,
      `alternate en ${SITE}${english}`,
      `alternate fr ${SITE}${french}`,
      `alternate x-default ${SITE}${english}`,
    ]);
  }
});

test('with SITE_URL, the sitemap is valid XML and lists every page in both languages, each with its other language', async ({
  page,
}) => {
  const index = readFileSync(join(site, 'sitemap-index.xml'), 'utf8');
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc!);
  expect(parts.length).toBeGreaterThan(0);
  const listed: { loc: string; alternates: string[] }[] = [];
  for (const part of parts) {
    expect(part.startsWith(`${SITE}${BASE}`)).toBe(true);
    const xml = readFileSync(join(site, part.slice(`${SITE}${BASE}`.length)), 'utf8');
    // Chromium's own XML parser: a parse error is reported as a <parsererror> element.
    const urls = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) return null;
      const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';
      if (doc.documentElement.namespaceURI !== ns || doc.documentElement.localName !== 'urlset') return null;
      return [...doc.getElementsByTagNameNS(ns, 'url')].map((url) => ({
        loc: url.getElementsByTagNameNS(ns, 'loc')[0]?.textContent ?? '',
        alternates: [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map(
          (link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')}`,
        ),
      }));
    }, xml);
    expect(urls, `${part} is not a valid sitemap`).not.toBeNull();
    listed.push(...urls!);
  }
  expect(listed.map(({ loc }) => loc).sort()).toEqual(
    pages()
      .map((path) => `${SITE}${path}`)
      .sort(),
  );
  for (const { loc, alternates } of listed) {
    const english = loc.replace(`${BASE}fr/`, BASE);
    expect(alternates.sort(), loc).toEqual([`en ${english}`, `fr ${english.replace(BASE, `${BASE}fr/`)}`]);
  }
});

for (const server of [NGINX, APACHE]) {
  test(`the ${server.name} recipe in docs/DEPLOY.md serves the release with the headers the offline copy needs`, async ({
    page,
  }) => {
    test.skip(
      !available(server),
      `${server.name} is not installed here (${server.binary}); .ci/run installs it`,
    );
    // As DEPLOY.md says: the site in a folder named after its path.
    const www = join(work, `${server.name}-www`);
    cpSync(site, join(www, BASE), { recursive: true });
    const running = await startWebServer(server, { www, work: join(work, server.name), path: BASE });
    try {
      const get = (path: string) => page.request.get(`${running.origin}${path}`);
      const worker = await get(`${BASE}service-worker.js`);
      expect(worker.status()).toBe(200);
      expect(headersOf(worker).type).toMatch(/^(text|application)\/javascript$/);
      expect(headersOf(worker).cache).toBe('no-cache');
      for (const manifest of ['manifest.webmanifest', 'fr/manifest.webmanifest']) {
        const response = await get(`${BASE}${manifest}`);
        expect(headersOf(response), manifest).toEqual({
          type: 'application/manifest+json',
          cache: 'no-cache',
        });
      }
      const page1 = await get(`${BASE}fr/assess/coaching-conditions/`);
      expect(headersOf(page1)).toEqual({ type: 'text/html', cache: 'no-cache' });
      expect(page1.headers()['x-content-type-options']).toBe('nosniff');
      const script = readdirSync(join(site, '_astro')).find((file) => file.endsWith('.js'))!;
      expect(headersOf(await get(`${BASE}_astro/${script}`)).cache).toBe(
        'public, max-age=31536000, immutable',
      );
      expect((await get(`${BASE}no-such-page/`)).status()).toBe(404);

      const watched = watchPage(page, running.origin);
      await page.goto(`${running.origin}${BASE}assess/coaching-conditions/`);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await page.locator('.questionnaire input[type="radio"][value="2"]').first().check();
      await page.reload();
      await expect(page.locator('.questionnaire input[type="radio"][value="2"]').first()).toBeChecked();
      expect(watched.errors).toEqual([]);
    } finally {
      await running.stop();
    }
  });
}
