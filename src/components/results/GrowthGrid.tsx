import { useState } from 'preact/hooks';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import { formatScore } from '../../lib/format';
import type { DimensionGrowth } from '../../lib/growth';
import { LEVELS, type Level } from '../../lib/levels';
import type { Rubric } from '../../lib/schema/rubric';
import { formatDelta, type Comparison } from '../../lib/snapshots';
import { growthGridRows, levelMarks, withoutLevelKey } from '../../lib/views/growth-grid';
import { Sentence } from '../common/UserText';
import AddToPlan, { type PlanTarget } from '../plan/AddToPlan';
import './growth-grid.css';

interface Props {
  rubric: Rubric;
  map: DimensionGrowth[];
  comparison: { result: Comparison; label: string } | null;
  lang: Lang;
  onTarget: (dimensionId: string, target: Level | undefined) => void;
  /** Where each item's next step can be added to the district plan (none when the answers shown are not editable). */
  plan?: PlanTarget;
}

/** The growth map proper: one row per dimension, one column per level, items on demand. */
export default function GrowthGrid({ rubric, map, comparison, lang, onTarget, plan }: Props) {
  const t = resultsUiFor(lang);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  return (
    <div class="grid-scroll">
      <table class="growth-grid">
        <caption>
          <span class="sr-only">{t.gridHeading}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.dimension}</th>
            {LEVELS.map((level) => (
              <th scope="col" key={level}>
                <span class="level-number">{level}</span> {rubric.levels[level]?.name}
              </th>
            ))}
            <th scope="col">{t.target}</th>
          </tr>
        </thead>
        {growthGridRows(map, comparison?.result ?? null).map((grid, d) => {
          const { growth: row, before, was: wasLevel, next } = grid;
          const dimension = rubric.dimensions[d]!;
          const itemRowId = (itemId: string) => `grid-item-${itemId}`;
          const expanded = open[row.dimensionId] ?? false;
          return (
            <tbody key={row.dimensionId} class={expanded ? 'expanded' : undefined}>
              <tr class="dimension-row" data-dimension={row.dimensionId}>
                <th scope="row">
                  <button
                    type="button"
                    class="link-button"
                    aria-expanded={expanded}
                    aria-controls={row.items.map((step) => itemRowId(step.itemId)).join(' ')}
                    title={t.showItems(dimension.name)}
                    onClick={() => setOpen({ ...open, [row.dimensionId]: !expanded })}
                  >
                    <span aria-hidden="true" class="disclosure">
                      {expanded ? '▾' : '▸'}
                    </span>{' '}
                    {dimension.name}
                  </button>
                  <span class="row-score">
                    {formatScore(row.score, t.decimalMark)}
                    {comparison && before && before.delta !== null && (
                      <span class="delta">
                        {' '}
                        ({formatDelta(before.delta, t.decimalMark)}{' '}
                        <Sentence of={t.wasInline} value={comparison.label} />)
                      </span>
                    )}
                  </span>
                </th>
                {LEVELS.map((level) => (
                  <td
                    key={level}
                    class={levelMarks(row.level, row.target, wasLevel, level)}
                    data-level-name={rubric.levels[level]?.name}
                  >
                    {row.level === level && (
                      <strong class="mark mark-now">
                        {t.now} {formatScore(row.score, t.decimalMark)}
                      </strong>
                    )}
                    {wasLevel === level && comparison && (
                      <span class="mark mark-was">
                        <Sentence of={t.was} value={comparison.label} />
                      </span>
                    )}
                    {row.target === level && row.target !== row.level && (
                      <strong class="mark mark-target">{t.target}</strong>
                    )}
                    {next === level && (
                      <span class="next-text">
                        <span class="sr-only">{t.nextLevel} </span>
                        {rubric.levels[level]?.summary}
                      </span>
                    )}
                    {row.level === 4 && level === 4 && <span class="next-text">{t.atTop}</span>}
                  </td>
                ))}
                <td class="target-cell">
                  <select
                    aria-label={t.targetFor(dimension.name)}
                    value={row.targetIsDefault ? '' : String(row.target)}
                    disabled={row.level === null}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      onTarget(row.dimensionId, value === '' ? undefined : (Number(value) as Level));
                    }}
                  >
                    <option value="">
                      {row.level === null ? t.noTarget : t.defaultTarget(`${grid.defaultTarget}`)}
                    </option>
                    {LEVELS.map((level) => (
                      <option key={level} value={String(level)}>
                        {level} {rubric.levels[level]?.name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
              {grid.items.map(({ step, rating, before: itemBefore, was: itemWas }) => {
                const item = dimension.items.find((it) => it.id === step.itemId)!;
                return (
                  <tr key={step.itemId} class="item-row" id={itemRowId(step.itemId)} hidden={!expanded}>
                    <th scope="row" class="item-name">
                      {item.text}
                      {rating === null && <span class="muted"> ({t[withoutLevelKey(step.rating)]})</span>}
                      {itemBefore && itemBefore.delta !== null && itemBefore.delta !== 0 && (
                        <span class="delta"> ({formatDelta(itemBefore.delta, t.decimalMark)})</span>
                      )}
                    </th>
                    {LEVELS.map((level) => (
                      <td
                        key={level}
                        class={levelMarks(rating, null, itemWas, level)}
                        data-level-name={rubric.levels[level]?.name}
                      >
                        {rating === level && <strong class="mark mark-now">{t.now}</strong>}
                        {comparison && itemWas === level && (
                          <span class="mark mark-was">
                            <Sentence of={t.was} value={comparison.label} />
                          </span>
                        )}
                        {step.next === level && (
                          <span class="next-text">
                            <span class="sr-only">{t.nextLevel} </span>
                            {step.nextDescriptor}
                          </span>
                        )}
                      </td>
                    ))}
                    <td class="plan-cell">
                      <AddToPlan plan={plan} dimensionId={dimension.id} item={item} step={step} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
