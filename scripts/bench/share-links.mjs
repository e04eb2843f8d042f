// 3. The length of a share link for a full assessment of each rubric, bare and with notes.
import { fullAssessment, random } from './fixtures.mjs';
import { table } from './report.mjs';

export async function shareLinkLengths(lib, rubrics) {
  const origin = 'https://example.org';
  const note = 'Monthly coaching network since 2025; agendas shared with every principal.';
  const rows = [];
  for (const entry of rubrics) {
    const bare = await lib.encodeShareCode(fullAssessment(entry), entry, { notes: false, profile: false });
    const noted = fullAssessment(entry, random(1), note);
    Object.assign(noted, { district: 'Lakeview Unified School District', role: 'Superintendent' });
    const withText = await lib.encodeShareCode(noted, entry, { notes: true, profile: true });
    const link = (code) => `${origin}/results/${entry.id}/${lib.shareFragment(code)}`.length;
    rows.push({
      rubric: entry.id,
      items: entry.data.dimensions.reduce((n, d) => n + d.items.length, 0),
      codeLength: bare.length,
      linkLength: link(bare),
      withNotesCodeLength: withText.length,
      withNotesLinkLength: link(withText),
    });
  }
  return { origin, note, rows };
}

export function printShareLinkLengths(share) {
  console.log(
    `\nShare link for a full assessment (every item, count and target; links on ${share.origin})\n`,
  );
  console.log(
    table([
      ['rubric', 'items', 'code', 'link', 'code with notes*', 'link with notes*'],
      ...share.rows.map((r) => [
        r.rubric,
        r.items,
        r.codeLength,
        r.linkLength,
        r.withNotesCodeLength,
        r.withNotesLinkLength,
      ]),
    ]),
  );
  console.log(`* a ${share.note.length}-character note on every item, plus district and role`);
}
