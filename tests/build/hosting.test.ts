// @vitest-environment happy-dom
/**
 * The files that tell hosts how to serve the site (docs/DEPLOY.md): Netlify's and Cloudflare's `_headers`,
 * IIS's `web.config`, and the GitHub Pages workflow. nginx and Apache are run for real with DEPLOY.md's
 * blocks in tests/e2e/release.spec.ts; these hosts cannot be run here, so their files are read the way the
 * hosts read them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dist } from './dist';

/** Netlify's `_headers` format: a path line, then indented "Name: value" lines; `#` starts a comment. */
function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!match || !current) throw new Error(`Not a header line: ${line}`);
    current[match[1]!.toLowerCase()] = match[2]!.trim();
  }
  return rules;
}

/** What a host applying `_headers` sends for `path`: every matching rule, `*` matching anything. */
function headersFor(rules: Map<string, Record<string, string>>, path: string): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const [pattern, headers] of rules) {
    const regex = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (regex.test(path)) Object.assign(sent, headers);
  }
  return sent;
}

describe('_headers (Netlify, Cloudflare Pages)', () => {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));

  it('serves the service worker as JavaScript, asked for again on every visit', () => {
    const sent = headersFor(rules, '/service-worker.js');
    expect(sent['cache-control']).toBe('no-cache');
    expect(sent['content-type']).toMatch(/^text\/javascript/);
  });

  it('serves both manifests as application/manifest+json, and every manifest the build has', () => {
    for (const manifest of ['/manifest.webmanifest', '/fr/manifest.webmanifest']) {
      expect(existsSync(join(dist, manifest)), manifest).toBe(true);
      expect(headersFor(rules, manifest), manifest).toMatchObject({
        'content-type': 'application/manifest+json',
        'cache-control': 'no-cache',
      });
    }
  });

  it('lets the hashed files be kept, and no other', () => {
    expect(headersFor(rules, '/_astro/Base.abc123.css')['cache-control']).toContain('immutable');
    for (const path of ['/', '/assess/coaching-conditions/', '/service-worker.js', '/favicon.svg'])
      expect(headersFor(rules, path)['cache-control'] ?? '', path).not.toContain('immutable');
    expect(headersFor(rules, '/about/')).toMatchObject({ 'x-content-type-options': 'nosniff' });
  });
});

describe('web.config (IIS)', () => {
  const text = readFileSync(join(dist, 'web.config'), 'utf8');
  const doc = new DOMParser().parseFromString(text, 'application/xml');

  it('is well-formed XML with a configuration root', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('configuration');
  });

  it('gives .webmanifest its type (IIS refuses unknown types) and index.html as the default page', () => {
    const map = [...doc.getElementsByTagName('mimeMap')].find(
      (element) => element.getAttribute('fileExtension') === '.webmanifest',
    );
    expect(map?.getAttribute('mimeType')).toBe('application/manifest+json');
    const defaults = [...doc.querySelectorAll('defaultDocument files add')].map((element) =>
      element.getAttribute('value'),
    );
    expect(defaults).toEqual(['index.html']);
  });
});

describe('.htaccess (Apache)', () => {
  it('is in the build, with the hashed files folder its own', () => {
    expect(readFileSync(join(dist, '.htaccess'), 'utf8')).toContain(
      'AddType application/manifest+json .webmanifest',
    );
    expect(readFileSync(join(dist, '_astro', '.htaccess'), 'utf8')).toContain('immutable');
  });
});

describe('the GitHub Pages workflow', () => {
  type Step = { uses?: string; with?: Record<string, unknown> };
  type Job = { env?: Record<string, string>; steps: Step[]; needs?: string };
  const workflow = load(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
    on: { push: { branches: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };

  it('builds with the official Astro action on Node 22, with SITE_URL and SITE_BASE from the repository', () => {
    const build = workflow.jobs.build!;
    const astro = build.steps.find((step) => step.uses?.startsWith('withastro/action@'));
    expect(astro?.with?.['node-version']).toBe(22);
    expect(build.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
    expect(build.env?.SITE_BASE).toContain('vars.SITE_BASE');
  });

  it('deploys with the permissions Pages needs, on pushes to main', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy?.needs).toBe('build');
    expect(workflow.jobs.deploy?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(
      true,
    );
  });
});
