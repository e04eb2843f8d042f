/**
 * What makes the built site work offline: a service worker that precaches every page and every file of the
 * build, so any page opens without a network once the site has been visited.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, dist } from './dist';

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

  it('precaches every file of the build but itself, and nothing that is not in the build', () => {
    const files = builtFiles().filter((file) => file !== 'service-worker.js');
    expect(files).toEqual(expect.arrayContaining(['index.html', 'favicon.svg']));
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
