// 4. The workshop's timings in Node: decoding 500 share codes and aggregating 500 responses.
import { RUBRIC, fullAssessment, random } from './fixtures.mjs';
import { median, table } from './report.mjs';

export async function workshopTimings(lib, rubrics) {
  if (!lib.aggregateResponses) return null;
  const entry = rubrics.find((r) => r.id === RUBRIC);
  const rand = random(500);
  const assessments = Array.from({ length: 500 }, () => fullAssessment(entry, rand));
  const codes = await Promise.all(
    assessments.map((a) => lib.encodeShareCode(a, entry, { notes: false, profile: false })),
  );
  const outline = lib.outlineOf(entry.data);
  const roles = assessments.map((_, i) => ['principal', 'district-staff', 'coach', undefined][i % 4]);
  const decodeMs = [];
  const aggregateMs = [];
  const byRoleMs = [];
  for (let round = 0; round < 7; round++) {
    let start = performance.now();
    const decoded = [];
    for (const code of codes) {
      const result = await lib.decodeShareCode(code, rubrics);
      if (!result.ok) throw new Error(`a bench code did not decode: ${result.error.message}`);
      decoded.push(result.assessment);
    }
    decodeMs.push(performance.now() - start);
    start = performance.now();
    lib.aggregateResponses(outline, decoded);
    aggregateMs.push(performance.now() - start);
    start = performance.now();
    lib.aggregateResponses(outline, decoded, { roles });
    byRoleMs.push(performance.now() - start);
  }
  return {
    responses: codes.length,
    rubric: RUBRIC,
    rounds: decodeMs.length,
    decodeMs: median(decodeMs),
    aggregateMs: median(aggregateMs),
    aggregateByRoleMs: median(byRoleMs),
  };
}

export function printWorkshopTimings(workshop) {
  if (!workshop) {
    console.log('\nWorkshop: src/lib/workshop/index.ts is missing, so there is nothing to time.');
    return;
  }
  console.log(
    `\nWorkshop: ${workshop.responses} responses to ${workshop.rubric} (median of ${workshop.rounds} rounds)\n`,
  );
  console.log(
    table([
      ['step', 'time'],
      [`decode ${workshop.responses} share codes`, `${workshop.decodeMs.toFixed(1)} ms`],
      [`aggregateResponses over ${workshop.responses}`, `${workshop.aggregateMs.toFixed(1)} ms`],
      ['… with a breakdown by role', `${workshop.aggregateByRoleMs.toFixed(1)} ms`],
    ]),
  );
}
