import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { Move } from '../../lib/growth';
import type { Rubric } from '../../lib/schema/rubric';
import { formatScore } from '../../lib/format';
import AddToPlan, { type PlanTarget } from '../plan/AddToPlan';
import './next-moves.css';

interface Props {
  rubric: Rubric;
  moves: Move[];
  targets: Record<string, number | null>;
  lang: Lang;
  /** Where each next step can be added to the district plan (none when the answers shown are not editable). */
  plan?: PlanTarget;
}

/** The few moves that matter most, in order, each with its reason and its concrete next steps. */
export default function NextMoves({ rubric, moves, targets, lang, plan }: Props) {
  const t = resultsUiFor(lang);
  if (moves.length === 0) return <p>{t.movesNone}</p>;
  return (
    <>
      <p class="muted">{t.movesIntro}</p>
      <ol class="moves">
        {moves.map((move) => {
          const dimension = rubric.dimensions.find((d) => d.id === move.dimensionId)!;
          const target = targets[move.dimensionId];
          const targetName = target == null ? '' : `${target} ${rubric.levels[target]?.name ?? ''}`;
          return (
            <li key={move.dimensionId} data-dimension={move.dimensionId}>
              <h3>{dimension.name}</h3>
              <p>
                {t.moveReason[move.reason]} {t.moveGap(formatScore(move.gap, t.decimalMark), targetName)}
              </p>
              {move.steps.length > 0 && (
                <ul class="steps-list">
                  {move.steps.map((step) => {
                    const item = dimension.items.find((it) => it.id === step.itemId)!;
                    return (
                      <li key={step.itemId}>
                        <span class="muted">{t.nextStepFor(item.text)}</span> {step.nextDescriptor}{' '}
                        <AddToPlan plan={plan} dimensionId={dimension.id} item={item} step={step} />
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
