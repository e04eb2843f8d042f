/**
 * Puts the Content-Security-Policy meta tag first in the head of every built page, right after the charset.
 * Astro writes it at the end of the head, after the theme script and the icon and manifest links: a policy
 * given in a meta tag governs only what comes after it, so anything before it would load or run unchecked.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const POLICY = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET = /<head>\s*<meta charset="utf-8"\s*\/?>/i;

/** The page with its policy moved right after `<head><meta charset>` (unchanged when either is missing). */
export function policyFirst(html) {
  const policy = html.match(POLICY)?.[0];
  if (!policy || !CHARSET.test(html)) return html;
  return html.replace(policy, '').replace(CHARSET, (head) => head + policy);
}

/** @returns {import('astro').AstroIntegration} */
export default function cspFirst() {
  return {
    name: 'dcsa-csp-first',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
          const file = join(entry.parentPath, entry.name);
          const html = await readFile(file, 'utf8');
          const moved = policyFirst(html);
          if (moved !== html) await writeFile(file, moved);
        }
      },
    },
  };
}
