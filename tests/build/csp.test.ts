/**
 * The Content-Security-Policy of every built page: scripts and styles only from the site itself or hashed,
 * never 'unsafe-inline'; every inline script and style the page holds is one the policy lets run; nothing in
 * the markup that the policy would block (style attributes, event-handler attributes, javascript: URLs);
 * and a default of 'self', so the browser refuses any request to another origin.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist';

/** The policy of a page, by directive: { "script-src": ["'self'", …], … }. */
function policyOf(html: string): Record<string, string[]> {
  const metas = [...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi)];
  expect(metas, 'one Content-Security-Policy meta tag').toHaveLength(1);
  const policy: Record<string, string[]> = {};
  for (const part of metas[0]![1]!.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy[name.toLowerCase()] = sources;
  }
  return policy;
}

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Sources that would let a script or style run from anywhere, or from text written into the page. */
const LOOSE = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  "'wasm-unsafe-eval'",
  '*',
  'data:',
  'http:',
  'https:',
];

describe('Content-Security-Policy of the built pages', () => {
  for (const [route, file] of builtPages()) {
    describe(route, () => {
      const html = readFileSync(file, 'utf8');
      const policy = policyOf(html);

      it('lets scripts run only from the site itself or by hash, never inline or from elsewhere', () => {
        const scripts = policy['script-src'] ?? [];
        expect(scripts[0]).toBe("'self'");
        for (const source of scripts.slice(1)) expect(source).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
        for (const loose of LOOSE) expect(scripts).not.toContain(loose);
      });

      it('lets styles come only from the site itself or by hash', () => {
        const styles = policy['style-src'] ?? [];
        expect(styles[0]).toBe("'self'");
        for (const source of styles.slice(1)) expect(source).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
        for (const loose of LOOSE) expect(styles).not.toContain(loose);
      });

      it('refuses every request to another origin and every plugin', () => {
        expect(policy['default-src']).toEqual(["'self'"]);
        expect(policy['object-src']).toEqual(["'none'"]);
        expect(policy['base-uri']).toEqual(["'self'"]);
        expect(policy['form-action']).toEqual(["'self'"]);
        // The offline service worker and the web app manifest: the site's own files only.
        expect(policy['worker-src']).toEqual(["'self'"]);
        expect(policy['manifest-src']).toEqual(["'self'"]);
        // Images may also be drawn from the page's own data (QR codes, charts), never from another site.
        for (const source of policy['img-src'] ?? []) expect(["'self'", 'data:', 'blob:']).toContain(source);
        for (const [directive, sources] of Object.entries(policy))
          for (const source of sources)
            expect(source, directive).not.toMatch(/^(https?:|\*|[\w-]+\.[\w.-]+)/);
      });

      it('lists the hash of every inline script and style it holds', () => {
        const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
        const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)];
        for (const [, code] of inlineScripts) expect(policy['script-src']).toContain(hashOf(code!));
        for (const [, css] of inlineStyles) expect(policy['style-src']).toContain(hashOf(css!));
      });

      it('states the policy before anything that can load or run: first in the head, after the charset', () => {
        const head = html.slice(0, html.search(/<meta\s+http-equiv="content-security-policy"/i));
        expect(head).toMatch(/<head>\s*<meta charset="utf-8"\s*\/?>\s*$/i);
        expect(head).not.toMatch(
          /<(script|link|style|base|img|iframe|object|embed|svg|audio|video|source)\b/i,
        );
      });

      it('has no style attribute, event-handler attribute or javascript: URL, which the policy would block', () => {
        const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
        expect(tags.filter((tag) => /\sstyle\s*=/i.test(tag))).toEqual([]);
        expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
        expect(tags.filter((tag) => /=\s*["']?\s*javascript:/i.test(tag))).toEqual([]);
      });
    });
  }
});
