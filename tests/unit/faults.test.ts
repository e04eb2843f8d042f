// @vitest-environment happy-dom
/**
 * Fault injection, at the level of the stores: every write path (answers, notes, counts, targets,
 * snapshots, workshop responses, consensus, plan steps, preferences) meets storage that throws on write, storage that is
 * full, storage blocked for the page, and a second tab writing the same key. Afterwards the page tells the
 * truth (what a store shows is what storage holds, or is said to be unsaved) and storage holds the old value
 * or the new one, never a mix, and never less than both tabs wrote. FAULT_RUNS sets how many random changes
 * each path meets each fault with (`npm run faults` runs many; `npm test` a few).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Level } from '../../src/lib/levels';
import { editStep } from '../../src/lib/plan/model';
import { readPlan, writePlan } from '../../src/lib/plan/read';
import { readSavedAssessment, writeSavedAssessment } from '../../src/lib/saved';
import { addSnapshot, readSnapshots, writeSnapshots } from '../../src/lib/snapshots';
import {
  addResponses,
  emptyWorkshop,
  readWorkshop,
  setAgreedLevel,
  writeWorkshop,
  type Workshop,
} from '../../src/lib/workshop';
import * as answers from '../../src/stores/assessments';
import { reloadStored } from '../../src/stores/persisted';
import * as plan from '../../src/stores/plan';
import { $theme, setTheme } from '../../src/stores/preferences';
import * as snapshots from '../../src/stores/snapshots';
import { $saveState, $storageMode, useStorage, type WriteResult } from '../../src/stores/storage';
import * as workshops from '../../src/stores/workshop';
import { countItems, dimensionIds, ratedIds, realRubrics } from '../share-fixtures';
import { FakeStorage } from '../fake-storage';

const RUNS = Math.max(1, Number(process.env.FAULT_RUNS) || 2);
const R = 'coaching-conditions';
const rubric = realRubrics.find((r) => r.id === R)!.data;
const rated = ratedIds(rubric);
const counts = countItems(rubric).map((i) => i.id);
const dims = dimensionIds(rubric);
/** The last rated item is the second tab's: this tab's changes never touch it. */
const theirs = rated.at(-1)!;
const mine = rated.slice(0, -1);

/** A small seeded random source, so a failing case can be run again. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
    text: (max: number) => `t${Math.floor(next() * 1e6)} `.repeat(1 + Math.floor(next() * max)),
  };
}
type Random = ReturnType<typeof random>;

const VOLATILE = new Set(['updatedAt', 'savedAt', 'addedAt', 'startedAt', 'id']);
/** Stored text with its times and random ids left out, to compare two runs of the same change. */
const view = (raw: string | null | undefined): unknown =>
  raw == null
    ? null
    : raw.startsWith('{')
      ? JSON.parse(raw, (key, value: unknown) => (VOLATILE.has(key) ? '*' : value))
      : raw;

const assessmentOf = (raw: string) => {
  const read = readSavedAssessment(raw, R);
  if (!read.ok) throw new Error('unreadable');
  return read.assessment;
};
const workshopOf = (raw: string | null): Workshop => {
  const read = raw === null ? null : readWorkshop(raw, R);
  return read?.ok ? read.workshop : emptyWorkshop(R);
};
const response = (rng: Random) => ({
  rubric: R,
  ratings: { [rng.pick(mine)]: rng.pick([0, 1, 2, 3, 4] as const) },
  counts: {},
  notes: { [rng.pick(mine)]: rng.text(40) },
  updatedAt: '2026-11-23T14:00:00.000Z',
});

interface WritePath {
  key: string;
  /** What is saved before the change. */
  seed: (rng: Random) => void;
  /** The person's change. */
  act: (rng: Random) => WriteResult;
  /** Another tab's change to another field of the same key, written straight to storage. */
  otherTab: (raw: string | null, rng: Random) => string;
  /** What the page shows, in stored form. */
  shown: () => string | undefined;
  /** 'keep' paths hold a refused change in the tab and say so; 'refuse' paths change nothing. */
  keeps: boolean;
}

const shownAnswers = () => {
  const entry = answers.assessmentStore(R).get();
  return entry?.ok ? writeSavedAssessment(entry.assessment) : undefined;
};
const answerPath = (act: (rng: Random) => WriteResult): WritePath => ({
  key: `dcsa:assessment:${R}`,
  seed: (rng) => void answers.rate(R, rng.pick(mine), 2),
  act,
  otherTab: (raw) => {
    const a = assessmentOf(raw!);
    return writeSavedAssessment({
      ...a,
      ratings: { ...a.ratings, [theirs]: 'unsure' },
      notes: { ...a.notes, [theirs]: 'theirs' },
    });
  },
  shown: shownAnswers,
  keeps: true,
});
const shownWorkshop = () => {
  const w = workshops.currentWorkshop(R);
  return w ? writeWorkshop(w) : undefined;
};

const PATHS: Record<string, WritePath> = {
  answers: answerPath((rng) =>
    answers.rate(R, rng.pick(mine), rng.pick([0, 1, 3, 4, 'unsure', 'na'] as const)),
  ),
  notes: answerPath((rng) => answers.setNote(R, rng.pick(mine), rng.text(2_000))),
  counts: answerPath((rng) => answers.setCount(R, rng.pick(counts), 1 + rng.int(5_000))),
  targets: answerPath((rng) => answers.setTarget(R, rng.pick(dims), rng.pick([1, 2, 3, 4] as Level[]))),
  snapshots: {
    key: `dcsa:snapshots:${R}`,
    seed: () =>
      void snapshots.takeSnapshot(R, assessmentOf(writeSavedAssessment(response(random(7)))), 'first'),
    act: (rng) => snapshots.takeSnapshot(R, response(rng), rng.text(8).slice(0, 200)),
    otherTab: (raw) => {
      const read = readSnapshots(raw!);
      const list = read.ok ? read.snapshots : [];
      return writeSnapshots(
        addSnapshot(list, response(random(9)), 'from the other tab', new Date(), 'other'),
      );
    },
    shown: () => {
      const read = snapshots.snapshotsStore(R).get();
      return read?.ok ? writeSnapshots(read.snapshots) : undefined;
    },
    keeps: false,
  },
  'workshop responses': {
    key: `dcsa:workshop:${R}`,
    seed: () => void workshops.addResponseAssessment(R, response(random(3))),
    act: (rng) => {
      const result = workshops.addResponseAssessment(R, response(rng));
      return result.notSaved ? { ok: false, reason: result.notSaved } : { ok: true };
    },
    otherTab: (raw) =>
      writeWorkshop(
        addResponses(workshopOf(raw), [
          { source: { kind: 'link' }, outcome: { ok: true, assessment: response(random(11)), rubricId: R } },
        ]).workshop,
      ),
    shown: shownWorkshop,
    keeps: false,
  },
  consensus: {
    key: `dcsa:workshop:${R}`,
    seed: () => void workshops.addResponseAssessment(R, response(random(5))),
    act: (rng) =>
      rng.int(2) === 0
        ? workshops.agreeLevel(R, rng.pick(mine), rng.pick([0, 1, 2, 3, 4] as const))
        : workshops.noteDissent(R, rng.pick(mine), rng.text(100).slice(0, 2_000)),
    otherTab: (raw) => writeWorkshop(setAgreedLevel(workshopOf(raw), theirs, 'unsure')),
    shown: shownWorkshop,
    keeps: true,
  },
  'plan steps': {
    key: plan.PLAN_KEY,
    seed: () => {
      for (const item of mine.slice(0, 2))
        plan.addToPlan({
          rubric: R,
          dimension: dims[0]!,
          item,
          from: 1,
          target: 2,
          action: 'Act',
          indicator: '',
        });
    },
    act: (rng) =>
      plan.updateStep(
        plan.planSteps()[0]?.id ?? 'none',
        rng.pick([
          { owner: rng.text(20).slice(0, 200) },
          { notes: rng.text(200) },
          { status: 'under-way' as const },
        ]),
      ),
    otherTab: (raw) => {
      const read = readPlan(raw!);
      const steps = read.ok ? read.steps : [];
      return writePlan(editStep(steps, steps[1]!.id, { notes: 'from the other tab', owner: 'theirs' }));
    },
    shown: () => {
      const read = plan.$plan.get();
      return read?.ok ? writePlan(read.steps) : undefined;
    },
    keeps: true,
  },
  preferences: {
    key: 'dcsa:theme',
    seed: () => void setTheme('light'),
    act: () => setTheme('dark'),
    otherTab: () => 'system-like',
    shown: () => ($theme.get() === 'system' ? undefined : $theme.get()),
    keeps: true,
  },
};

/** Fresh storage holding what `path.seed` saved, and the stores read from it as on a new page. */
function seeded(path: WritePath, rng: Random): FakeStorage {
  const storage = new FakeStorage();
  useStorage(storage);
  reloadStored();
  path.seed(rng);
  reloadStored();
  return storage;
}

/**
 * What storage holds after the change with nothing going wrong, from `storage`'s present state and what
 * another tab wrote (`other`), if anything.
 */
function cleanRun(path: WritePath, storage: FakeStorage, seed: number, other: string | null): unknown {
  const copy = new FakeStorage();
  for (const [key, value] of storage.data) copy.data.set(key, value);
  if (other !== null) copy.data.set(path.key, other);
  useStorage(copy);
  reloadStored();
  path.act(random(seed));
  return view(copy.getItem(path.key));
}

const FAULTS = ['throwing on write', 'full', 'blocked', 'a second tab'] as const;

afterAll(() => {
  useStorage(window.localStorage);
  reloadStored();
});

describe.each(Object.entries(PATHS))('fault injection: %s', (_, path) => {
  it.each(FAULTS)('storage %s: the page tells the truth, storage holds the old or the new value', (fault) => {
    for (let run = 0; run < RUNS; run++) {
      const seed = run * 7919 + 1;
      const storage = seeded(path, random(seed));
      const other = fault === 'a second tab' ? path.otherTab(storage.getItem(path.key), random(seed)) : null;
      const next = cleanRun(path, storage, seed, other);
      useStorage(fault === 'blocked' ? null : storage);
      reloadStored();
      // The other tab writes after this page read storage, and its storage event has not arrived yet.
      if (other !== null) storage.setItem(path.key, other);
      const before = storage.getItem(path.key);
      const old = view(before);
      if (fault === 'throwing on write') storage.refusing = true;
      if (fault === 'full') storage.fill();
      const result = path.act(random(seed));
      const after = view(storage.getItem(path.key));
      const context = `${fault}, run ${run}`;

      if (fault === 'blocked') {
        // Nothing reaches storage, and the page says that what is done lives in this tab only.
        expect(result.ok, context).toBe(true);
        expect($storageMode.get(), context).toBe('memory');
        expect(storage.getItem(path.key), context).toBe(before);
      } else if (result.ok) {
        // Said saved: storage holds the change, made to what the other tab wrote, not to an older copy.
        expect(after, context).toEqual(next);
        expect(view(path.shown()), context).toEqual(after);
      } else {
        expect(after, context).toEqual(old);
        expect($saveState.get(), context).toMatchObject({ status: 'failed', reason: result.reason });
        // A path that keeps the change in the tab shows it; any other shows exactly what storage holds.
        expect(view(path.shown()), context).toEqual(path.keeps ? next : old);
      }
      storage.refusing = false;
      storage.quota = Infinity;
      // A new page shows what storage holds.
      useStorage(storage);
      reloadStored();
      expect(view(path.shown()), context).toEqual(view(storage.getItem(path.key)));
    }
  });
});
