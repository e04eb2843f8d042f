import { uiFor, type Lang } from '../../i18n/ui';
import type { Assessment } from '../../lib/assessment';
import { progressOf } from '../../lib/progress';
import type { Rubric } from '../../lib/schema/rubric';

interface Props {
  rubric: Rubric;
  assessment: Assessment;
  lang: Lang;
  onGo: (step: number, focusId: string) => void;
}

/** The last step: what is left to answer in each dimension, each a link to its item. */
export default function Review({ rubric, assessment, lang, onGo }: Props) {
  const t = uiFor(lang);
  const progress = progressOf(rubric, assessment);
  return (
    <section class="step review" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1}>
        {t.review}
      </h2>
      <p>{progress.unanswered.length === 0 ? t.allAnswered : t.reviewIntro}</p>
      <ol class="review-list">
        {rubric.dimensions.map((dimension, d) => {
          const missing = progress.unanswered.filter((u) => u.dimensionId === dimension.id);
          return (
            <li key={dimension.id}>
              <strong>{dimension.name}</strong>
              {missing.length === 0 ? (
                <span> — {t.dimensionDone}</span>
              ) : (
                <>
                  <span> — {t.unansweredIn(missing.length)}</span>
                  <ul>
                    {missing.map(({ itemId }) => {
                      const index = dimension.items.findIndex((item) => item.id === itemId);
                      const item = dimension.items[index];
                      return (
                        <li key={itemId}>
                          <a
                            href={`#step-${d + 1}`}
                            onClick={(e) => {
                              e.preventDefault();
                              onGo(d, `item-${itemId}`);
                            }}
                          >
                            {d + 1}.{index + 1} {item?.text}
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
