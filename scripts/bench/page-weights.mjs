// 1. Gzipped JS, CSS and HTML of every built page, as the budget tests count them.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageWeight } from '../page-weight.mjs';
import { kb, table } from './report.mjs';

export function pageWeights(dist) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const { js, css, html } = pageWeight(dist, path);
        pages.push({ route: `/${relative(dist, path).replace(/index\.html$/, '')}`, js, css, html });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

export function printPageWeights(weights) {
  console.log(`\nPage weight (gzipped, as loaded at start)\n`);
  console.log(
    table([['page', 'JS', 'CSS', 'HTML'], ...weights.map((w) => [w.route, kb(w.js), kb(w.css), kb(w.html)])]),
  );
}
