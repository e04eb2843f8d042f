// What a browser downloads to show a built page: its HTML, the scripts it loads at start (following
// static imports, not lazy `import()` calls) and its stylesheets, each gzipped. Used by the budget
// tests and by `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of a text, at the level static hosts commonly use. */
export const gzipSize = (text) => gzipSync(text, { level: 9 }).length;

/** Maps a URL of a built asset ("/base/_astro/x.js") to its file under dist. */
const assetFile = (dist, url) =>
  join(dist, '_astro', url.slice(url.lastIndexOf('/_astro/') + '/_astro/'.length));

/** The script and stylesheet URLs a page asks for at load, and its inline script and style text. */
export function pageAssets(html) {
  const attr = (re) => [...html.matchAll(re)].map((m) => m[1]);
  const scripts = [
    ...attr(/<script[^>]*\ssrc="([^"]+)"/g),
    ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...attr(/\scomponent-url="([^"]+)"/g),
    ...attr(/\srenderer-url="([^"]+)"/g),
  ];
  const styles = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1],
  );
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)], inlineScripts, inlineStyles };
}

/** Relative modules a built chunk imports statically (lazy `import()` is left out: it loads on demand). */
export function staticImports(code) {
  const found = [
    ...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g),
  ];
  return found.map((m) => m[1]);
}

/** Gzipped bytes of JS, CSS and HTML that loading `htmlFile` costs, with the files counted. */
export function pageWeight(dist, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const { scripts, styles, inlineScripts, inlineStyles } = pageAssets(html);
  const seen = new Set();
  const queue = scripts.filter((url) => url.includes('/_astro/')).map((url) => assetFile(dist, url));
  let js = inlineScripts.reduce((sum, code) => sum + gzipSize(code), 0);
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    js += gzipSize(code);
    for (const spec of staticImports(code)) queue.push(join(file, '..', spec));
  }
  const css =
    styles.reduce((sum, url) => sum + gzipSize(readFileSync(assetFile(dist, url), 'utf8')), 0) +
    inlineStyles.reduce((sum, text) => sum + gzipSize(text), 0);
  return { js, css, html: gzipSize(html), files: [...seen] };
}
