import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../i18n/ui';
import { teamUiFor } from '../../../i18n/workshop';
import type { Rating } from '../../../lib/assessment';
import { parseCount } from '../../../lib/count';
import { LEVELS } from '../../../lib/levels';
import type { CountItem, Dimension, RatedItem, Rubric } from '../../../lib/schema/rubric';
import { formatScore, type DimensionScore } from '../../../lib/scoring';
import type {
  Agreement,
  CountSummary,
  DimensionAggregate,
  Distribution,
  ItemAggregate,
} from '../../../lib/workshop';
import { agreeCount, agreeLevel, noteDissent } from '../../../stores/workshop';

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

function StatCells({
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
        {LEVELS.map((level) => (
          <th scope="col" class="lvl" key={level}>
            <span class="lvl-number">{level}</span> <span class="lvl-name">{rubric.levels[level]?.name}</span>
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

interface TableProps {
  rubricId: string;
  rubric: Rubric;
  dimension: Dimension;
  /** The dimension's position, 1-based, for item numbers ("2.3"). */
  index: number;
  aggregate: DimensionAggregate;
  consensus: Record<string, Agreement>;
  /** The consensus score of the dimension, from the agreed levels. */
  agreedScore: DimensionScore | undefined;
  /** Role groups to break down by, with their labels; empty for no breakdown. */
  roles: { key: string; label: string }[];
  onlyDiscuss: boolean;
  /** Projector mode: no dissent fields, and the breakdown as one line per item. */
  projector: boolean;
  lang: Lang;
  /** Becomes the table's caption (hidden in projector mode, where a heading names the dimension). */
  caption: string;
}

/** One dimension on the board: its own distribution, then each item's, with the agreed level. */
export function DimensionTable(props: TableProps) {
  const { rubric, dimension, index, aggregate, agreedScore, roles, onlyDiscuss, projector, lang } = props;
  const t = teamUiFor(lang);
  const itemAggregates = new Map(aggregate.items.map((a) => [a.itemId, a]));
  const countSummaries = new Map(aggregate.counts.map((c) => [c.itemId, c]));
  return (
    <table class={`board${projector ? ' board-projector' : ''}`} data-dimension={dimension.id}>
      <caption class={projector ? 'sr-only' : undefined}>{props.caption}</caption>
      <BoardHead rubric={rubric} lang={lang} first={t.item} />
      <tbody>
        <tr class={`dim-row${aggregate.discuss ? ' discuss' : ''}`}>
          <th scope="row">
            {t.dimensionScoreRow}
            {aggregate.discuss && !projector && <span class="discuss-flag">{t.discussFlag}</span>}
            <span class="row-note">{t.dimensionScoreNote}</span>
          </th>
          <DistributionCells d={aggregate} />
          <StatCells
            decimalMark={t.decimalMark}
            d={aggregate}
            flag={projector && aggregate.discuss ? t.discussFlag : undefined}
          />
          <td class="num agreed-score" data-testid="agreed-score">
            {formatScore(agreedScore?.score ?? null, t.decimalMark)}
          </td>
        </tr>
        {dimension.items.map((item, i) => {
          const number = `${index}.${i + 1}`;
          if (item.kind === 'count') {
            const summary = countSummaries.get(item.id)!;
            if (onlyDiscuss) return null;
            return <CountRow key={item.id} {...props} item={item} number={number} summary={summary} />;
          }
          const a = itemAggregates.get(item.id)!;
          if (onlyDiscuss && !a.discuss) return null;
          return (
            <ItemRows
              key={item.id}
              {...props}
              item={item}
              number={number}
              a={a}
              roles={roles}
              projector={projector}
            />
          );
        })}
      </tbody>
    </table>
  );
}

function ItemRows({
  rubricId,
  rubric,
  item,
  number,
  a,
  consensus,
  roles,
  projector,
  lang,
}: TableProps & { item: RatedItem; number: string; a: ItemAggregate }) {
  const t = teamUiFor(lang);
  const agreement = consensus[item.id];
  const breakdown = roles.filter((role) => a.byRole[role.key]);
  return (
    <>
      <tr class={`item-row${a.discuss ? ' discuss' : ''}`} data-item={item.id}>
        <th scope="row">
          <span class="item-number">{number}</span> {item.text}
          {a.discuss && !projector && <span class="discuss-flag">{t.discussFlag}</span>}
          {a.unanswered > 0 && <span class="row-note">{t.noAnswerFrom(a.unanswered)}</span>}
          {projector && breakdown.length > 0 && (
            <span class="role-line">
              {t.mediansByRole(
                breakdown
                  .map((role) => `${role.label} ${formatScore(a.byRole[role.key]!.median, t.decimalMark)}`)
                  .join(' · '),
              )}
            </span>
          )}
        </th>
        <DistributionCells d={a} agreed={agreement?.level} />
        <StatCells
          decimalMark={t.decimalMark}
          d={a}
          flag={projector && a.discuss ? t.discussFlag : undefined}
        />
        <td class="agreed-col">
          <AgreedLevel
            rubricId={rubricId}
            rubric={rubric}
            item={item}
            number={number}
            agreement={agreement}
            projector={projector}
            lang={lang}
          />
        </td>
      </tr>
      {!projector &&
        breakdown.map((role) => {
          const d = a.byRole[role.key]!;
          return (
            <tr class="role-row" key={role.key} data-role={role.key}>
              <th scope="row">{t.roleGroup(role.label, d.responses)}</th>
              <DistributionCells d={d} />
              <StatCells decimalMark={t.decimalMark} d={d} />
              <td />
            </tr>
          );
        })}
    </>
  );
}

function AgreedLevel({
  rubricId,
  rubric,
  item,
  number,
  agreement,
  projector,
  lang,
}: {
  rubricId: string;
  rubric: Rubric;
  item: RatedItem;
  number: string;
  agreement: Agreement | undefined;
  projector: boolean;
  lang: Lang;
}) {
  const t = teamUiFor(lang);
  const id = `agreed-${projector ? 'p-' : ''}${item.id}`;
  const level = agreement?.level;
  return (
    <div class="agreed">
      <label class="sr-only" for={id}>
        {t.agreedLevelFor(number)}
      </label>
      <select
        id={id}
        value={level === undefined ? '' : String(level)}
        onChange={(e) => {
          const value = e.currentTarget.value;
          agreeLevel(
            rubricId,
            item.id,
            value === '' ? undefined : value === 'unsure' ? 'unsure' : (Number(value) as Rating),
          );
        }}
      >
        <option value="">—</option>
        {LEVELS.map((l) => (
          <option value={String(l)} key={l}>
            {projector ? String(l) : `${l} ${rubric.levels[l]?.name ?? ''}`}
          </option>
        ))}
        <option value="unsure">{projector ? '?' : t.notSure}</option>
      </select>
      {!projector && (
        <DissentField
          rubricId={rubricId}
          itemId={item.id}
          number={number}
          value={agreement?.dissent}
          lang={lang}
        />
      )}
    </div>
  );
}

/** A dissent note: saved as typed, like the questionnaire's notes. */
function DissentField({
  rubricId,
  itemId,
  number,
  value,
  lang,
}: {
  rubricId: string;
  itemId: string;
  number: string;
  value: string | undefined;
  lang: Lang;
}) {
  const t = teamUiFor(lang);
  const id = `dissent-${itemId}`;
  return (
    <>
      <label class="dissent-label" for={id}>
        {t.dissent}
        <span class="sr-only"> {t.onItem(number)}</span>
      </label>
      <textarea
        id={id}
        rows={2}
        maxLength={2000}
        value={value ?? ''}
        onInput={(e) => noteDissent(rubricId, itemId, e.currentTarget.value)}
      />
    </>
  );
}

function CountRow({
  rubricId,
  item,
  number,
  summary,
  consensus,
  projector,
  lang,
}: TableProps & { item: CountItem; number: string; summary: CountSummary }) {
  const t = teamUiFor(lang);
  const agreement = consensus[item.id];
  return (
    <tr class="count-row" data-item={item.id}>
      <th scope="row">
        <span class="item-number">{number}</span> {item.text}
      </th>
      <td colSpan={6} class="count-summary">
        {summary.answered === 0
          ? t.noNumbers
          : t.numbersGiven(summary.min!, summary.max!, item.unit, summary.answered, summary.unanswered)}
      </td>
      <StatCells
        decimalMark={t.decimalMark}
        d={{
          median: summary.median,
          mean: summary.mean,
          spread: summary.answered ? summary.max! - summary.min! : null,
        }}
      />
      <td class="agreed-col">
        <AgreedCount
          rubricId={rubricId}
          item={item}
          number={number}
          value={agreement?.count}
          projector={projector}
          lang={lang}
        />
        {!projector && (
          <DissentField
            rubricId={rubricId}
            itemId={item.id}
            number={number}
            value={agreement?.dissent}
            lang={lang}
          />
        )}
      </td>
    </tr>
  );
}

function AgreedCount({
  rubricId,
  item,
  number,
  value,
  projector,
  lang,
}: {
  rubricId: string;
  item: CountItem;
  number: string;
  value: number | undefined;
  projector: boolean;
  lang: Lang;
}) {
  const t = teamUiFor(lang);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = `agreed-${projector ? 'p-' : ''}${item.id}`;
  const errorId = `${id}-error`;
  return (
    <div class="agreed">
      <label class="sr-only" for={id}>
        {t.agreedNumberFor(number, item.unit)}
      </label>
      <input
        ref={input}
        id={id}
        type="text"
        inputMode="numeric"
        size={4}
        defaultValue={value === undefined ? '' : String(value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          const parsed = parseCount(e.currentTarget.value, item.min, item.max);
          setInvalid(!parsed.ok);
          if (parsed.ok) agreeCount(rubricId, item.id, parsed.value);
        }}
      />
      {invalid && (
        <span class="field-error" id={errorId}>
          {t.countInvalid(item.min, item.max)}
        </span>
      )}
    </div>
  );
}

/** Every dimension's distribution on one table: the last screen in projector mode. */
export function SummaryTable({
  rubric,
  dimensions,
  agreed,
  lang,
  caption,
}: {
  rubric: Rubric;
  dimensions: DimensionAggregate[];
  agreed: (DimensionScore | undefined)[];
  lang: Lang;
  caption: string;
}) {
  const t = teamUiFor(lang);
  return (
    <table class="board board-projector board-summary">
      <caption class="sr-only">{caption}</caption>
      <BoardHead rubric={rubric} lang={lang} first={t.dimension} />
      <tbody>
        {dimensions.map((d, i) => (
          <tr key={d.dimensionId} class={d.discuss ? 'discuss' : undefined}>
            <th scope="row">
              <span class="item-number">{i + 1}</span> {rubric.dimensions[i]?.name}
            </th>
            <DistributionCells d={d} />
            <StatCells decimalMark={t.decimalMark} d={d} flag={d.discuss ? t.discussFlag : undefined} />
            <td class="num agreed-score">{formatScore(agreed[i]?.score ?? null, t.decimalMark)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
