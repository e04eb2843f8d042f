import type { Lang } from '../../../i18n/ui';
import { teamUiFor } from '../../../i18n/workshop';
import type { CountItem, Dimension, RatedItem, Rubric } from '../../../lib/schema/rubric';
import { formatScore } from '../../../lib/format';
import type { DimensionScore } from '../../../lib/scoring';
import { countStats } from '../../../lib/views/board';
import type { Agreement, CountSummary, DimensionAggregate, ItemAggregate } from '../../../lib/workshop';
import { AgreedCount, AgreedLevel, DissentField } from './AgreedFields';
import { BoardHead, DistributionCells, StatCells } from './BoardParts';

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

/** An item's row, then (off the projector) a row per role group. */
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
          {a.na > 0 && <span class="row-note">{t.notApplyFrom(a.na)}</span>}
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

/** A count item's row: the numbers given, their median, mean and spread, and the agreed number. */
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
      <StatCells decimalMark={t.decimalMark} d={countStats(summary)} />
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
