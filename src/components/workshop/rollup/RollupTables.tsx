import type { ComponentChildren } from 'preact';
import type { RollupUi } from '../../../i18n/rollup-en';
import type { Lang } from '../../../i18n/ui';
import { teamUiFor } from '../../../i18n/workshop';
import { formatScore } from '../../../lib/format';
import type { Rubric } from '../../../lib/schema/rubric';
import type { Group, GroupRow, RollupView } from '../../../lib/workshop/rollup-view';

interface Common {
  rubric: Rubric;
  text: RollupUi;
  lang: Lang;
}

/** A group's name: a school as typed (isolated, as every text a person typed), a number, or words. */
export function GroupName({ group, text, lang }: { group: Group; text: RollupUi; lang: Lang }) {
  const { name } = group;
  if (name.kind === 'typed') return <bdi>{name.text}</bdi>;
  if (name.kind === 'school') return <>{text.anonymousSchool(name.number)}</>;
  if (name.kind === 'no-school') return <>{text.noSchool}</>;
  const roles = teamUiFor(lang).roles as Record<string, string>;
  return <>{roles[name.role] ?? name.role}</>;
}

/** A table that scrolls sideways on its own, reachable and scrollable by keyboard. */
function Scroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="board-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/**
 * Items by school: each cell the median level, as its number and as a colour darker for a higher level
 * (the number alone reads in black and white and to a screen reader, which reads the table by its headers).
 */
export function Heatmap({ view, text, lang }: Common & { view: RollupView }) {
  const t = teamUiFor(lang);
  return (
    <>
      <p class="muted">{text.heatmapHint}</p>
      <Scroll label={text.heatmapCaption}>
        <table class="rollup-table heatmap" data-testid="heatmap">
          <caption>{text.heatmapCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.itemCol}</th>
              {view.schools.map((school) => (
                <th scope="col" key={school.id} data-school={school.id}>
                  <GroupName group={school} text={text} lang={lang} />
                  <br />
                  <small>{text.responsesIn(school.responses)}</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.heatmap.map((row) => (
              <tr key={row.itemId} data-item={row.itemId}>
                <th scope="row">
                  <strong>{row.number}</strong> {row.text}
                </th>
                {row.medians.map((median, i) =>
                  median === null ? (
                    <td key={i} class="heat heat-none">
                      <span aria-hidden="true">·</span>
                      <span class="sr-only">{text.noLevel}</span>
                    </td>
                  ) : (
                    <td key={i} class={`heat heat-${Math.floor(median)}`}>
                      {formatScore(median, t.decimalMark)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </>
  );
}

/** Each group's median and spread per dimension, one row a group. */
export function GroupTable({
  rows,
  caption,
  rubric,
  text,
  lang,
  testId,
}: Common & { rows: GroupRow[]; caption: string; testId: string }) {
  const t = teamUiFor(lang);
  return (
    <Scroll label={caption}>
      <table class="rollup-table rollup-groups" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.groupCol}</th>
            {rubric.dimensions.map((d, i) => (
              <th scope="col" key={d.id}>
                <strong>{i + 1}</strong> {d.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ group, dimensions }) => (
            <tr key={group.id} data-group={group.id}>
              <th scope="row">
                <GroupName group={group} text={text} lang={lang} />
                <br />
                <small>{text.responsesIn(group.responses)}</small>
              </th>
              {dimensions.map((figures, i) => (
                <td key={i} class={figures ? `heat heat-${Math.floor(figures.median)}` : 'heat heat-none'}>
                  {figures ? (
                    <>
                      <strong>{formatScore(figures.median, t.decimalMark)}</strong>
                      <br />
                      <small>
                        {text.spread} {figures.spread}
                      </small>
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">·</span>
                      <span class="sr-only">{text.noLevel}</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** The perception gaps, largest first, each with the side that rates the item higher. */
export function GapTable({ view, text, lang }: Common & { view: RollupView }) {
  const t = teamUiFor(lang);
  if (!view.bothSides) return <p data-testid="gaps-empty">{text.gapsNeedRoles}</p>;
  if (view.gaps.length === 0) return <p data-testid="gaps-empty">{text.gapsNone}</p>;
  const score = (n: number) => formatScore(n, t.decimalMark);
  return (
    <Scroll label={text.gapsCaption}>
      <table class="rollup-table rollup-gaps" data-testid="gaps">
        <caption>{text.gapsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.itemCol}</th>
            <th scope="col">{text.districtCol}</th>
            <th scope="col">{text.schoolsCol}</th>
            <th scope="col">{text.gapCol}</th>
          </tr>
        </thead>
        <tbody>
          {view.gaps.map((gap) => (
            <tr key={gap.itemId} data-item={gap.itemId}>
              <th scope="row">
                <strong>{gap.number}</strong> {gap.text}
              </th>
              <td class="num">{score(gap.district)}</td>
              <td class="num">{score(gap.schools)}</td>
              <td>
                <strong>{score(Math.abs(gap.gap))}</strong>{' '}
                <span class="muted">{gap.gap > 0 ? text.higherDistrict : text.higherSchools}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
