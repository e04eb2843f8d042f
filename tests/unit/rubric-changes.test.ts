/**
 * The item-id mappings in src/content/rubric-changes/<rubric>.yaml say where each id of an earlier layout
 * went, so anything made by that layout can open in this one. This checks each mapping's shape and that it
 * points only at ids the current rubric has, and reaches all of them (or lists them as added).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const contentDir = join(import.meta.dirname, '../../src/content');
const changesDir = join(contentDir, 'rubric-changes');

const KINDS = ['kept', 'renamed', 'split', 'merged', 'removed'] as const;

interface Change {
  from: string;
  to: string[];
  kind: (typeof KINDS)[number];
  changed: boolean;
  note: string;
}

interface Changes {
  rubric: string;
  added: string[];
  changes: Change[];
}

/** How many ids each kind of change leads to. */
const targets: Record<Change['kind'], (n: number) => boolean> = {
  kept: (n) => n === 1,
  renamed: (n) => n === 1,
  split: (n) => n >= 2,
  merged: (n) => n === 1,
  removed: (n) => n === 0,
};

function currentIds(rubric: string): string[] {
  const data = load(readFileSync(join(contentDir, 'rubrics/en', `${rubric}.yaml`), 'utf8')) as {
    dimensions: { items: { id: string }[] }[];
  };
  return data.dimensions.flatMap((d) => d.items.map((item) => item.id));
}

const files = existsSync(changesDir) ? readdirSync(changesDir).filter((f) => f.endsWith('.yaml')) : [];

describe('item-id mappings', () => {
  it('has a mapping for the Continuum of District Office Support', () => {
    expect(files).toContain('district-office-support.yaml');
  });

  for (const file of files) {
    describe(file, () => {
      const mapping = load(readFileSync(join(changesDir, file), 'utf8')) as Changes;
      const ids = currentIds(mapping.rubric);

      it('names the rubric it belongs to', () => expect(`${mapping.rubric}.yaml`).toBe(file));

      it('gives every entry a kind, the right number of targets and a note', () => {
        const wrong = mapping.changes
          .filter(
            (c) =>
              !KINDS.includes(c.kind) ||
              !Array.isArray(c.to) ||
              !targets[c.kind](c.to.length) ||
              typeof c.changed !== 'boolean' ||
              typeof c.note !== 'string' ||
              c.note.trim() === '',
          )
          .map((c) => c.from);
        expect(wrong).toEqual([]);
      });

      it('maps each earlier id once', () => {
        const from = mapping.changes.map((c) => c.from);
        expect(from.filter((id, i) => from.indexOf(id) !== i)).toEqual([]);
      });

      it('points only at ids the current rubric has', () => {
        const to = [...mapping.changes.flatMap((c) => c.to), ...mapping.added];
        expect(to.filter((id) => !ids.includes(id))).toEqual([]);
      });

      it('reaches every current id, from an earlier one or as added', () => {
        const reached = new Set([...mapping.changes.flatMap((c) => c.to), ...mapping.added]);
        expect(ids.filter((id) => !reached.has(id))).toEqual([]);
      });
    });
  }
});
