import type { Lang } from '../../../i18n/ui';
import { teamUiFor } from '../../../i18n/workshop';
import type { Rating } from '../../../lib/assessment';
import { formatScore } from '../../../lib/format';
import type { Rubric } from '../../../lib/schema/rubric';
import type { Distribution } from '../../../lib/workshop';
import './board.css';

/**
 * The count at each level and "not sure", each over a bar as tall as its share of the largest count in the
 * row. The numbers are the text; the bars only draw them, so they are hidden from assistive technology.
 */
export function DistributionCells({ d, agreed }: { d: Distribution; agreed?: Rating }) {
  const max = Math.max(1, ...d.levels, d.unsure);
  const cell = (n: number, key: string, isAgreed: boolean) => (
    <td key={key} class={`dist${isAgreed ? ' is-agreed' : ''}${n === 0 ? ' is-zero' : ''}`}>
      <span class="bar-box" aria-hidden="true">
        <span class="bar" style={{ height: `${Math.round((n / max) * 100)}%` }} />
      </span>
      <span class="n">{n}</span>
    </td>
  );
  return (
    <>
      {d.levels.map((n, level) => cell(n, String(level), agreed === level))}
      {cell(d.unsure, 'unsure', agreed === 'unsure')}
    </>
  );
}

/** The median, mean and spread of a row. */
export function StatCells({
  d,
  flag,
  decimalMark,
}: {
  d: Pick<Distribution, 'median' | 'mean' | 'spread'>;
  decimalMark: string;
  /** The "Discuss" mark, for projector mode, where it sits under the spread rather than after the item. */
  flag?: string;
}) {
  return (
    <>
      <td class="num">{formatScore(d.median, decimalMark)}</td>
      <td class="num">{formatScore(d.mean, decimalMark)}</td>
      <td class="num">
        {d.spread ?? '—'}
        {flag && <span class="discuss-flag discuss-flag-spread">{flag}</span>}
      </td>
    </>
  );
}

/**
 * The names of the levels, in one line above the board: the table's headers show only the numbers, so that
 * the columns stay narrow (they keep the names for screen readers, so this line is hidden from them).
 */
export function LevelLegend({ rubric, lang }: { rubric: Rubric; lang: Lang }) {
  const t = teamUiFor(lang);
  return (
    <span class="level-legend" aria-hidden="true">
      {rubric.levels.map((level, i) => (
        <span key={i} class="legend-level">
          <strong>{i}</strong> {level.name}
        </span>
      ))}
      <span class="legend-level">
        <strong>?</strong> {t.notSure}
      </span>
    </span>
  );
}

/** The header row shared by every board table. */
export function BoardHead({ rubric, lang, first }: { rubric: Rubric; lang: Lang; first: string }) {
  const t = teamUiFor(lang);
  return (
    <thead>
      <tr>
        <th scope="col" class="board-item-col">
          {first}
        </th>
        {rubric.levels.map(({ name }, level) => (
          <th scope="col" class="lvl" key={level}>
            <span class="lvl-number">{level}</span> <span class="lvl-name">{name}</span>
          </th>
        ))}
        <th scope="col" class="lvl">
          <span class="lvl-number">?</span> <span class="lvl-name">{t.notSure}</span>
        </th>
        <th scope="col" class="stat">
          {t.median}
        </th>
        <th scope="col" class="stat">
          {t.mean}
        </th>
        <th scope="col" class="stat">
          {t.spread}
        </th>
        <th scope="col" class="agreed-col">
          {t.agreed}
        </th>
      </tr>
    </thead>
  );
}
