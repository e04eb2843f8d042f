import { useState } from 'preact/hooks';
import { uiFor, type Lang } from '../../i18n/ui';
import type { DimensionGrowth } from '../../lib/growth';
import { LEVELS, type Level } from '../../lib/levels';
import type { Rubric } from '../../lib/schema/rubric';
import { formatScore, levelOf } from '../../lib/scoring';
import { formatDelta, type Comparison } from '../../lib/snapshots';

interface Props {
  rubric: Rubric;
  map: DimensionGrowth[];
  comparison: { result: Comparison; label: string } | null;
  lang: Lang;
  onTarget: (dimensionId: string, target: Level | undefined) => void;
}

/** Where a row stands: now, target, the path between them, and the level before (when comparing). */
function marks(now: Level | null, target: Level | null, was: Level | null, level: Level): string {
  const classes = [];
  if (now !== null && now < 4 && level === now + 1) classes.push('has-next');
  if (now === level) classes.push('is-now');
  if (target === level && target !== now) classes.push('is-target');
  if (now !== null && target !== null && level > now && level < target) classes.push('is-path');
  if (was === level) classes.push('is-was');
  return classes.join(' ');
}

/** The growth map proper: one row per dimension, one column per level, items on demand. */
export default function GrowthGrid({ rubric, map, comparison, lang, onTarget }: Props) {
  const t = uiFor(lang);
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
        {map.map((row, d) => {
          const dimension = rubric.dimensions[d]!;
          const before = comparison?.result.dimensions[d];
          const wasLevel = before?.before != null ? levelOf(before.before) : null;
          const next = row.level !== null && row.level < 4 ? ((row.level + 1) as Level) : null;
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
                    {before && before.delta !== null && (
                      <span class="delta">
                        {' '}
                        ({formatDelta(before.delta, t.decimalMark)} {t.wasInline(comparison.label)})
                      </span>
                    )}
                  </span>
                </th>
                {LEVELS.map((level) => (
                  <td
                    key={level}
                    class={marks(row.level, row.target, wasLevel, level)}
                    data-level-name={rubric.levels[level]?.name}
                  >
                    {row.level === level && (
                      <strong class="mark mark-now">
                        {t.now} {formatScore(row.score, t.decimalMark)}
                      </strong>
                    )}
                    {wasLevel === level && comparison && (
                      <span class="mark mark-was">{t.was(comparison.label)}</span>
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
                      {row.level === null
                        ? t.noTarget
                        : t.defaultTarget(`${row.targetIsDefault ? row.target : Math.min(4, row.level + 1)}`)}
                    </option>
                    {LEVELS.map((level) => (
                      <option key={level} value={String(level)}>
                        {level} {rubric.levels[level]?.name}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
              {row.items.map((step, i) => {
                const item = dimension.items.find((it) => it.id === step.itemId)!;
                const rating = typeof step.rating === 'number' ? step.rating : null;
                const itemBefore = before?.items[i];
                const itemWas = typeof itemBefore?.before === 'number' ? itemBefore.before : null;
                return (
                  <tr key={step.itemId} class="item-row" id={itemRowId(step.itemId)} hidden={!expanded}>
                    <th scope="row" class="item-name">
                      {item.text}
                      {rating === null && (
                        <span class="muted"> ({step.rating === 'unsure' ? t.notSure : t.notRated})</span>
                      )}
                      {itemBefore && itemBefore.delta !== null && itemBefore.delta !== 0 && (
                        <span class="delta"> ({formatDelta(itemBefore.delta, t.decimalMark)})</span>
                      )}
                    </th>
                    {LEVELS.map((level) => (
                      <td
                        key={level}
                        class={marks(rating, null, comparison ? itemWas : null, level)}
                        data-level-name={rubric.levels[level]?.name}
                      >
                        {rating === level && <strong class="mark mark-now">{t.now}</strong>}
                        {comparison && itemWas === level && (
                          <span class="mark mark-was">{t.was(comparison.label)}</span>
                        )}
                        {step.next === level && (
                          <span class="next-text">
                            <span class="sr-only">{t.nextLevel} </span>
                            {step.nextDescriptor}
                          </span>
                        )}
                      </td>
                    ))}
                    <td />
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
