/** Which insights apply to a set of answers: plain evaluation of the conditions in content. */
import type { Assessment } from './assessment';
import type { Condition, Insight } from './schema/insight';
import type { RubricOutline } from './schema/rubric';
import { scoreRubric } from './scoring';

/** The answers known for each rubric, with each rubric's outline, by rubric id. */
export type AnswersByRubric = Record<
  string,
  { outline: RubricOutline; assessment: Pick<Assessment, 'ratings' | 'counts'> }
>;

/** True when the answers meet the condition; a condition on something unanswered is not met. */
export function conditionHolds(condition: Condition, answers: AnswersByRubric): boolean {
  const known = answers[condition.rubric];
  if (!known) return false;
  if ('count' in condition) {
    const value = known.assessment.counts[condition.count];
    return value !== undefined && value > condition.above;
  }
  const result = scoreRubric(known.outline, known.assessment);
  const score =
    'overall' in condition
      ? result.score
      : (result.dimensions.find((d) => d.dimensionId === condition.dimension)?.score ?? null);
  return score !== null && score < condition.below;
}

/** The insights to show on a rubric's results page, in content order. */
export function insightsFor(rubricId: string, insights: Insight[], answers: AnswersByRubric): Insight[] {
  return insights.filter(
    (insight) => insight.showOn.includes(rubricId) && insight.when.every((c) => conditionHolds(c, answers)),
  );
}

/** The rubrics an insight shown on `rubricId` needs answers from (its own included). */
export function rubricsNeeded(rubricId: string, insights: Insight[]): string[] {
  const needed = new Set([rubricId]);
  for (const insight of insights)
    if (insight.showOn.includes(rubricId)) for (const c of insight.when) needed.add(c.rubric);
  return [...needed];
}

/** Conditions that name a rubric, dimension or count item that does not exist, as readable problems. */
export function unknownReferences(
  insights: Insight[],
  rubrics: { id: string; data: { dimensions: { id: string; items: { id: string; kind: string }[] }[] } }[],
): string[] {
  const problems: string[] = [];
  const byId = new Map(rubrics.map((r) => [r.id, r.data]));
  insights.forEach((insight, i) => {
    const where = `insights.${i} (${insight.id})`;
    for (const rubricId of insight.showOn)
      if (!byId.has(rubricId)) problems.push(`${where}.showOn: no rubric "${rubricId}"`);
    insight.when.forEach((c, j) => {
      const rubric = byId.get(c.rubric);
      if (!rubric) return problems.push(`${where}.when.${j}.rubric: no rubric "${c.rubric}"`);
      if ('dimension' in c && !rubric.dimensions.some((d) => d.id === c.dimension))
        problems.push(`${where}.when.${j}.dimension: no dimension "${c.dimension}" in ${c.rubric}`);
      if (
        'count' in c &&
        !rubric.dimensions.some((d) => d.items.some((item) => item.id === c.count && item.kind === 'count'))
      )
        problems.push(`${where}.when.${j}.count: no count item "${c.count}" in ${c.rubric}`);
    });
  });
  return problems;
}

/** How one language words an insight's conditions, for the About page. */
export interface ConditionWords {
  dimensionBelow: (dimension: string, rubric: string, below: string) => string;
  overallBelow: (rubric: string, below: string) => string;
  /** A count item's number above a value; `unit` is the item's unit, e.g. "schools per coach". */
  countAbove: (unit: string, rubric: string, above: string) => string;
  /** Joins the conditions, which must all hold. */
  and: string;
  decimalMark: string;
}

interface NamedRubric {
  id: string;
  data: {
    shortTitle: string;
    dimensions: { id: string; name: string; items: { id: string; unit?: string }[] }[];
  };
}

/** When an insight appears, in words: its conditions, joined, from the content's names of what they read. */
export function describeConditions(insight: Insight, rubrics: NamedRubric[], words: ConditionWords): string {
  const number = (n: number) => String(n).replace('.', words.decimalMark);
  return insight.when
    .map((c) => {
      const rubric = rubrics.find((r) => r.id === c.rubric)?.data;
      const title = rubric?.shortTitle ?? c.rubric;
      if ('count' in c) {
        const item = rubric?.dimensions.flatMap((d) => d.items).find((i) => i.id === c.count);
        return words.countAbove(item?.unit ?? c.count, title, number(c.above));
      }
      if ('overall' in c) return words.overallBelow(title, number(c.below));
      const dimension = rubric?.dimensions.find((d) => d.id === c.dimension);
      return words.dimensionBelow(dimension?.name ?? c.dimension, title, number(c.below));
    })
    .join(words.and);
}
