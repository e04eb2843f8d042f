import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { Assessment } from '../../lib/assessment';
import type { Rubric } from '../../lib/schema/rubric';

interface Props {
  rubric: Rubric;
  assessment: Pick<Assessment, 'counts'>;
  lang: Lang;
  class?: string;
}

/** The numbers a person typed (e.g. schools per coach), each flagged when above the research's limit. */
export default function CountFacts({ rubric, assessment, lang, class: className }: Props) {
  const t = resultsUiFor(lang);
  const counts = rubric.dimensions.flatMap((d) => d.items).filter((item) => item.kind === 'count');
  if (counts.length === 0) return null;
  return (
    <ul class={className}>
      {counts.map((item) => {
        const value = assessment.counts[item.id];
        return (
          <li key={item.id}>
            {item.text} <strong>{value === undefined ? '—' : `${value} ${item.unit}`}</strong>
            {value !== undefined && value > item.recommendedMax && (
              <span class="flag"> ({t.aboveRecommended(item.recommendedMax)})</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
