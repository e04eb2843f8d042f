import { describe, expect, it } from 'vitest';
import { growthMap } from '../../../src/lib/growth';
import { keyOf, MAX_QR_LINK, sheetCellClass, sheetLink, sheetView } from '../../../src/lib/views/sheet';
import { readShareFragment, decodeShareCode } from '../../../src/lib/share-code';
import { answered, smallRubric } from '../../fixtures';
import { fullAssessment, loadRubric } from '../../share-fixtures';

describe('sheetView', () => {
  it('names three moves with one item each, to fit the page', () => {
    const view = sheetView(smallRubric, answered({ a1: 1, a2: 1, a3: 2, b1: 0, b2: 1 }));
    expect(view.moves.map((move) => move.steps.length)).toEqual([1, 1]);
    expect(view.progress).toMatchObject({ answered: 5, total: 7 });
  });

  it('lists the items with a note in rubric order, leaving out blank ones', () => {
    const assessment = { ...answered({ a1: 2 }), notes: { b2: 'Later', a2: 'First', a3: '  ' } };
    const view = sheetView(smallRubric, assessment);
    expect(view.noted.map((item) => item.id)).toEqual(['a2', 'b2']);
    expect(view.hasNotes).toBe(true);
    expect(sheetView(smallRubric, answered({ a1: 2 })).hasNotes).toBe(false);
  });
});

describe('the sheet’s grid', () => {
  it('keys dimensions A, B, C…', () => expect([0, 1, 25].map(keyOf)).toEqual(['A', 'B', 'Z']));

  it('marks where a dimension stands, its target and the path between', () => {
    const [a] = growthMap(smallRubric, { ...answered({ a1: 1, a2: 1, a3: 1 }), targets: { a: 4 } });
    expect([0, 1, 2, 3, 4].map((level) => sheetCellClass(a!, level))).toEqual([
      '',
      'is-now',
      'is-path',
      'is-path',
      'is-target',
    ]);
  });
});

describe('sheetLink', () => {
  const entry = loadRubric('coaching-conditions');
  const base = 'https://example.org/results/coaching-conditions/';
  const decoded = async (link: string) => {
    const result = await decodeShareCode(readShareFragment(new URL(link).hash)!, [entry]);
    if (!result.ok) throw new Error(result.error.code);
    return result.assessment;
  };

  it('carries the notes when they fit a readable QR code', async () => {
    const assessment = {
      ...fullAssessment(entry),
      notes: { [entry.data.dimensions[0]!.items[0]!.id]: 'Short' },
    };
    const made = await sheetLink(base, assessment, entry, true);
    expect(made.notesLeftOut).toBe(false);
    expect(made.link.length).toBeLessThanOrEqual(MAX_QR_LINK);
    expect(Object.values((await decoded(made.link)).notes)).toEqual(['Short']);
  });

  it('leaves the notes out, and says so, when they would make the link too long for the QR code', async () => {
    const id = entry.data.dimensions[0]!.items[0]!.id;
    const long = Array.from({ length: 60 }, (_, i) => `note ${i * 7919} `).join('');
    const made = await sheetLink(base, { ...fullAssessment(entry), notes: { [id]: long } }, entry, true);
    expect(made.notesLeftOut).toBe(true);
    expect((await decoded(made.link)).notes).toEqual({});
  });

  it('keeps notes out unless asked, and the district and role in', async () => {
    const assessment = { ...fullAssessment(entry), notes: { x: 'n' }, district: 'North' };
    const made = await sheetLink(base, assessment, entry, false);
    expect(made).toMatchObject({ notesLeftOut: false });
    expect(made.link.startsWith(`${base}#r=`)).toBe(true);
    expect((await decoded(made.link)).district).toBe('North');
  });
});
