/** What is wrong with a rubric's recorded history, checked against its content, as readable problems. */
import type { RubricOutline } from '../schema/rubric';
import { rubricFingerprint } from '../share-code/layout';
import { currentLayout, layoutOfOutline, outlineOf, type RubricHistory } from './history';

const KINDS = new Set(['renamed', 'revised', 'split', 'merged', 'removed']);

/**
 * Problems with a history: layouts not numbered 1, 2, 3…; a last layout that is not the content's own;
 * changes that name ids the layouts lack, or the wrong number of ids for their kind; an id that disappears
 * without a change saying where it went; two layouts that share codes could not tell apart.
 */
export function historyProblems(history: RubricHistory, content: RubricOutline): string[] {
  const problems: string[] = [];
  const where = `src/content/versions/${history.rubric}.json`;
  history.layouts.forEach((l, i) => {
    if (l.layout !== i + 1) problems.push(`${where}: layout ${i + 1} is numbered ${l.layout}`);
  });
  const last = history.layouts.length === 0 ? undefined : currentLayout(history);
  const own = JSON.stringify(layoutOfOutline(content, last?.layout ?? 1).dimensions);
  if (!last || JSON.stringify(last.dimensions) !== own)
    problems.push(
      `${where}: the content's item ids are not its last layout. Add this as layout ${(last?.layout ?? 0) + 1}, ` +
        `with "changes" saying where each earlier id went (docs/content-review.md):\n${own}`,
    );

  const fingerprints = new Map<number, number>();
  history.layouts.forEach((layout, i) => {
    const fingerprint = rubricFingerprint(outlineOf(layout));
    const same = fingerprints.get(fingerprint);
    if (same !== undefined)
      problems.push(`${where}: layouts ${same} and ${layout.layout} share a fingerprint: rename one more id`);
    fingerprints.set(fingerprint, layout.layout);
    if (i === 0) return;
    const previous = history.layouts[i - 1]!;
    const ids = (l: typeof layout) => new Set(l.dimensions.flatMap((d) => [d.id, ...d.items]));
    const before = ids(previous);
    const after = ids(layout);
    const moved = new Set<string>();
    for (const [j, change] of (layout.changes ?? []).entries()) {
      const at = `${where}: layout ${layout.layout}, changes.${j}`;
      const from = typeof change.from === 'string' ? [change.from] : change.from;
      if (!KINDS.has(change.kind)) problems.push(`${at}: unknown kind "${change.kind}"`);
      for (const id of from) {
        if (!before.has(id)) problems.push(`${at}: "${id}" is not in layout ${previous.layout}`);
        if (moved.has(id)) problems.push(`${at}: "${id}" is changed twice`);
        moved.add(id);
      }
      for (const id of change.to)
        if (!after.has(id)) problems.push(`${at}: "${id}" is not in layout ${layout.layout}`);
      const expected =
        change.kind === 'removed'
          ? from.length === 1 && change.to.length === 0
          : change.kind === 'split'
            ? from.length === 1 && change.to.length >= 2
            : change.kind === 'merged'
              ? from.length >= 2 && change.to.length === 1
              : from.length === 1 && change.to.length === 1;
      if (!expected) problems.push(`${at}: a "${change.kind}" change has the wrong number of ids`);
    }
    for (const id of before)
      if (!after.has(id) && !moved.has(id))
        problems.push(
          `${where}: "${id}" of layout ${previous.layout} is gone from layout ${layout.layout} ` +
            'with no change saying where it went',
        );
  });
  return problems;
}
