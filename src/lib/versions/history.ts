/**
 * The instrument's history, loaded on demand: each rubric's released layouts
 * (src/content/released-layouts/<rubric>.json) and its id mapping (src/content/rubric-changes/<rubric>.yaml,
 * read as data by the build). Nothing here is in any page's first script: callers reach this module through
 * `import()`, and only when a share code's fingerprint is not the current one or saved answers hold ids the
 * rubric no longer has.
 */
import type { Assessment } from '../assessment';
import { onDemand } from '../on-demand';
import type { RubricOutline } from '../schema/rubric';
import { rubricFingerprint } from '../share-code/layout';
import type { ReleasedLayouts, RubricChanges, UpgradeReport } from './types';
import type { Workshop } from '../workshop/types';
import { outlineOfLayout, upgradeAssessment, upgradeConsensus } from './upgrade';

interface History {
  layouts: ReleasedLayouts;
  changes: RubricChanges | null;
}

/** One loader per rubric, so a page loads the history of its own rubric only. */
const LOADERS: Record<string, () => Promise<History>> = {
  'district-office-support': async () => ({
    layouts: (
      await import('../../content/released-layouts/district-office-support.json', { with: { type: 'json' } })
    ).default,
    changes: (await import('../../content/rubric-changes/district-office-support.yaml'))
      .default as RubricChanges,
  }),
  'coaching-conditions': async () => ({
    layouts: (
      await import('../../content/released-layouts/coaching-conditions.json', { with: { type: 'json' } })
    ).default,
    changes: (await import('../../content/rubric-changes/coaching-conditions.yaml')).default as RubricChanges,
  }),
  'coach-deployment': async () => ({
    layouts: (
      await import('../../content/released-layouts/coach-deployment.json', { with: { type: 'json' } })
    ).default,
    changes: (await import('../../content/rubric-changes/coach-deployment.yaml')).default as RubricChanges,
  }),
};

async function historyOf(rubric: string): Promise<History | null> {
  const load = LOADERS[rubric];
  return load ? onDemand(load) : null;
}

export interface EarlierLayout {
  layout: number;
  outline: RubricOutline;
}

/** The released layout of `rubric` whose share-code fingerprint is `fingerprint`, if there is one. */
export async function releasedLayout(rubric: string, fingerprint: number): Promise<EarlierLayout | null> {
  const history = await historyOf(rubric);
  for (const layout of history?.layouts.layouts ?? []) {
    const outline = outlineOfLayout(layout);
    if (rubricFingerprint(outline) === fingerprint) return { layout: layout.layout, outline };
  }
  return null;
}

/** Every released layout of `rubric`, newest first (to read files and saved answers that hold their ids). */
export async function releasedOutlines(rubric: string): Promise<RubricOutline[]> {
  const history = await historyOf(rubric);
  return (history?.layouts.layouts ?? []).slice().reverse().map(outlineOfLayout);
}

/**
 * Brings answers holding ids of an earlier layout up to `current`. A rubric whose ids never changed has no
 * mapping: ids it does not know are then treated as removed, like any id no mapping knows.
 */
export async function upgradeToCurrent(
  a: Assessment,
  current: RubricOutline,
  fromLayout?: number,
): Promise<{ assessment: Assessment; report: UpgradeReport }> {
  const history = await historyOf(a.rubric);
  const upgraded = upgradeAssessment(
    a,
    current,
    history?.changes ?? { rubric: a.rubric, added: [], changes: [] },
    (history?.layouts.layouts ?? []).slice().reverse().map(outlineOfLayout),
  );
  return fromLayout === undefined ? upgraded : { ...upgraded, report: { ...upgraded.report, fromLayout } };
}

/** A workshop whose responses or agreements hold ids of an earlier layout, brought up to `current`. */
export async function upgradeWorkshopToCurrent(
  workshop: Workshop,
  current: RubricOutline,
): Promise<Workshop> {
  const history = await historyOf(workshop.rubric);
  if (!history?.changes) return workshop;
  const earlier = history.layouts.layouts.slice().reverse().map(outlineOfLayout);
  const changes = history.changes;
  return {
    ...workshop,
    responses: workshop.responses.map((r) => ({
      ...r,
      assessment: upgradeAssessment(r.assessment, current, changes, earlier).assessment,
    })),
    consensus: upgradeConsensus(workshop.consensus, current, changes, earlier),
  };
}
