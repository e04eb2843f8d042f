/** The built site, for tests that check what is deployed. `npm test` builds it first. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const dist = join(import.meta.dirname, '../../dist');

/** Every HTML page of the build, as [route, file] pairs; fails clearly when there is no build. */
export function builtPages(): [string, string][] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('No built site in dist/: run `npm run build` first (npm test does).');
  }
  const pages: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html'))
        pages.push([`/${relative(dist, path).replace(/index\.html$/, '')}`, path]);
    }
  };
  walk(dist);
  return pages.sort(([a], [b]) => a.localeCompare(b));
}
