// `npm run package`: a release a district can host without Node. Builds the site and writes
// release/district-coaching-self-assessment-<version>.zip holding the built site and INSTALL.txt for IT staff.
//
//   npm run package                                   # for the root of any address
//   npm run package -- --base=/coaching/              # for https://<host>/coaching/
//   npm run package -- --site=https://coaching.example.org --base=/coaching/
//                                                     # + absolute canonical links and a sitemap
//   npm run package -- --out=/some/folder             # write the zip elsewhere
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.SITE_BASE || '/' },
    site: { type: 'string', default: process.env.SITE_URL || '' },
    out: { type: 'string', default: join(root, 'release') },
  },
});

/** "/coaching" and "coaching/" both mean "/coaching/": the site's links are built from it. */
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
if (!/^\/([\w.~-]+\/)*$/.test(base)) {
  console.error(`package: --base must be a path such as /coaching/ (got "${values.base}").`);
  process.exit(1);
}
let site = '';
if (values.site) {
  try {
    const url = new URL(values.site);
    if (!/^https?:$/.test(url.protocol)) throw new Error('not http(s)');
    site = url.origin;
  } catch {
    console.error(
      `package: --site must be an address such as https://coaching.example.org (got "${values.site}").`,
    );
    process.exit(1);
  }
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `district-coaching-self-assessment-${version}`;
const work = mkdtempSync(join(tmpdir(), 'dcsa-package-'));

try {
  // astro.config.mjs reads these when the build loads it.
  process.env.SITE_BASE = base;
  if (site) process.env.SITE_URL = site;
  else delete process.env.SITE_URL;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  const outDir = join(work, 'site');
  await build({ root, outDir, logLevel: 'warn' });

  const address = `${site || 'https://<your server>'}${base}`;
  const install = readFileSync(join(import.meta.dirname, 'package', 'INSTALL.txt'), 'utf8')
    .replaceAll('{{version}}', version)
    .replaceAll('{{address}}', address)
    .replaceAll('{{base}}', base);

  /** @type {Record<string, Uint8Array>} */
  const files = { [`${name}/INSTALL.txt`]: new TextEncoder().encode(install) };
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files[`${name}/site/${relative(outDir, path).split(sep).join('/')}`] = readFileSync(path);
    }
  };
  walk(outDir);

  mkdirSync(values.out, { recursive: true });
  const zip = join(values.out, `${name}.zip`);
  // A fixed date keeps the archive the same for the same build, whoever makes it and when.
  writeFileSync(zip, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
  const count = Object.keys(files).length;
  console.log(
    `package: wrote ${relative(process.cwd(), zip) || zip} (${count} files, ${(statSync(zip).size / 1024).toFixed(0)} KB) for ${address}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
