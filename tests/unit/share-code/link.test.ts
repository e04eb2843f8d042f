import { describe, expect, it } from 'vitest';
import {
  decodeShareCode,
  encodeShareCode,
  MAX_TEXT_BYTES,
  readShareFragment,
  shareFragment,
  ShareCodeTooLongError,
  shareLink,
} from '../../../src/lib/share-code';
import { fullAssessment, loadRubric } from '../../share-fixtures';

const entry = loadRubric('district-office-support');
const base = 'https://example.org/results/district-office-support/';
const itemId = entry.data.dimensions[0]!.items[0]!.id;
const withNote = (note: string) => ({ ...fullAssessment(entry), notes: { [itemId]: note } });
const tooLong = 'x'.repeat(MAX_TEXT_BYTES + 1);

describe('shareLink', () => {
  it('is the results URL with the share code after #r=', async () => {
    const assessment = withNote('Kept');
    const code = await encodeShareCode(assessment, entry, { notes: true, profile: false });
    expect(await shareLink(assessment, entry, { notes: true, profile: false }, base)).toEqual({
      link: base + shareFragment(code),
      notesLeftOut: false,
    });
  });

  it('rejects notes that make the code too long, unless asked to leave them out', async () => {
    await expect(
      shareLink(withNote(tooLong), entry, { notes: true, profile: true }, base),
    ).rejects.toBeInstanceOf(ShareCodeTooLongError);
    const made = await shareLink(
      withNote(tooLong),
      entry,
      { notes: true, profile: true, dropNotesIfLong: true },
      base,
    );
    expect(made.notesLeftOut).toBe(true);
    const decoded = await decodeShareCode(readShareFragment(new URL(made.link).hash)!, [entry]);
    expect(decoded.ok && decoded.assessment.notes).toEqual({});
  });

  it('leaves notes out of a link longer than maxLength, and keeps those that fit', async () => {
    const options = { notes: true, profile: true, dropNotesIfLong: true };
    const short = await shareLink(withNote('ok'), entry, { ...options, maxLength: 1000 }, base);
    expect(short.notesLeftOut).toBe(false);
    const cut = await shareLink(
      withNote('ok'),
      entry,
      { ...options, maxLength: short.link.length - 1 },
      base,
    );
    expect(cut.notesLeftOut).toBe(true);
    expect(cut.link.length).toBeLessThan(short.link.length);
  });

  it('says nothing was left out when there are no notes to carry', async () => {
    const options = { notes: true, profile: true, dropNotesIfLong: true, maxLength: 1 };
    expect((await shareLink(fullAssessment(entry), entry, options, base)).notesLeftOut).toBe(false);
  });
});
