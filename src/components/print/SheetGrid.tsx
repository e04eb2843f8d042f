import { resultsUiFor, type Lang } from '../../i18n/ui';
import { formatScore } from '../../lib/format';
import type { DimensionGrowth } from '../../lib/growth';
import { LEVELS } from '../../lib/levels';
import type { Rubric } from '../../lib/schema/rubric';
import { withoutLevelKey } from '../../lib/views/growth-grid';
import { keyOf, sheetCellClass } from '../../lib/views/sheet';

/** The growth map in print: each dimension's level, target and path, each item's level, and a legend. */
export default function SheetGrid({
  rubric,
  map,
  lang,
}: {
  rubric: Rubric;
  map: DimensionGrowth[];
  lang: Lang;
}) {
  const t = resultsUiFor(lang);
  const levelName = (level: number | null) => (level === null ? '' : (rubric.levels[level]?.name ?? ''));
  const now = () => (
    <>
      <span aria-hidden="true">●</span>
      <span class="sr-only">{t.now}</span>
    </>
  );
  return (
    <section aria-labelledby="sheet-grid-heading" class="sheet-section">
      <h2 id="sheet-grid-heading">{t.gridHeading}</h2>
      <table class="sheet-grid" data-testid="sheet-grid">
        <caption class="sr-only">{t.sheetGridHeading}</caption>
        <thead>
          <tr>
            <th scope="col">
              {t.dimension} / {t.item}
            </th>
            <th scope="col" class="sheet-score">
              {t.score}
            </th>
            {LEVELS.map((level) => (
              <th scope="col" key={level} class="lvl" title={levelName(level)}>
                <span class="level-number">{level}</span>
                <span class="sr-only"> {levelName(level)}</span>
              </th>
            ))}
          </tr>
        </thead>
        {map.map((row, d) => {
          const dimension = rubric.dimensions[d]!;
          return (
            <tbody key={row.dimensionId} data-dimension={row.dimensionId}>
              <tr class="sheet-dim">
                <th scope="row">
                  <span class="dim-key">{keyOf(d)}</span> {dimension.name}
                </th>
                <td class="sheet-score" data-testid="dimension-score">
                  {formatScore(row.score, t.decimalMark)}
                </td>
                {LEVELS.map((level) => (
                  <td key={level} class={sheetCellClass(row, level)}>
                    {row.level === level && <span class="mark-now">{now()}</span>}
                    {row.target === level && row.target !== row.level && (
                      <span class="mark-target">
                        <span aria-hidden="true">◎</span>
                        <span class="sr-only">{t.target}</span>
                      </span>
                    )}
                  </td>
                ))}
              </tr>
              {row.items.map((step) => {
                const item = dimension.items.find((it) => it.id === step.itemId)!;
                return (
                  <tr key={step.itemId} class="sheet-item" data-item={step.itemId}>
                    <th scope="row">
                      {item.text}
                      {typeof step.rating !== 'number' && (
                        <span class="muted"> ({t[withoutLevelKey(step.rating)]})</span>
                      )}
                    </th>
                    <td class="sheet-score">{typeof step.rating === 'number' ? step.rating : '—'}</td>
                    {LEVELS.map((level) => (
                      <td key={level} class={step.rating === level ? 'is-now' : undefined}>
                        {step.rating === level && now()}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
      <p class="sheet-legend sheet-small" aria-hidden="true">
        {LEVELS.map((level) => (
          <span key={level}>
            <strong>{level}</strong> {levelName(level)} ·{' '}
          </span>
        ))}
        ● {t.sheetLegendNow} · ◎ {t.sheetLegendTarget} · <span class="legend-path" /> {t.sheetLegendPath}
      </p>
    </section>
  );
}
