import { useMemo, useState } from 'preact/hooks';
import type { RollupUi } from '../../../i18n/rollup-en';
import type { Lang } from '../../../i18n/ui';
import { teamUiFor } from '../../../i18n/workshop';
import type { Rubric } from '../../../lib/schema/rubric';
import type { Workshop } from '../../../lib/workshop';
import { rollupCsv } from '../../../lib/workshop/rollup-csv';
import { rollupView } from '../../../lib/workshop/rollup-view';
import { downloadText } from '../../common/download';
import { GapTable, GroupTable, Heatmap } from './RollupTables';
import './rollup.css';

export interface RollupProps {
  rubricId: string;
  rubric: Rubric;
  workshop: Workshop;
  lang: Lang;
}

type View = 'heatmap' | 'groups' | 'gaps';
const VIEWS: View[] = ['heatmap', 'groups', 'gaps'];

/** The CSV's name: "coaching-conditions-rollup-2026-11-23.csv". */
const csvName = (rubricId: string) => `${rubricId}-rollup-${new Date().toISOString().slice(0, 10)}.csv`;

/**
 * The roll-up by school and role: items by school as a heatmap, each group's figures per dimension, and the
 * perception gaps; one view at a time, with the CSV of every response. Loaded on demand (see ../RollupSection).
 */
export default function RollupView({
  rubricId,
  rubric,
  workshop,
  lang,
  text,
}: RollupProps & { text: RollupUi }) {
  const t = teamUiFor(lang);
  const [view, setView] = useState<View>('heatmap');
  const anonymous = workshop.anonymous === true;
  // Computed again only when the responses or the mode change: switching views draws, never recounts.
  const rollup = useMemo(
    () => rollupView(rubric, workshop.responses, anonymous),
    [rubric, workshop.responses, anonymous],
  );
  const download = () =>
    downloadText(
      rollupCsv(
        rubric,
        workshop.responses,
        {
          headers: text.csv,
          unsure: t.csvUnsure,
          na: t.csvNa,
          role: (key) => (t.roles as Record<string, string>)[key] ?? key,
          anonymousSchool: text.anonymousSchool,
        },
        anonymous,
      ),
      csvName(rubricId),
      'text/csv;charset=utf-8',
    );
  return (
    <div class="rollup" data-testid="rollup">
      <p class="muted">{text.intro}</p>
      {anonymous && <p class="notice rollup-anonymous">{text.anonymousNote}</p>}
      <p class="inline-form rollup-tools">
        <span role="group" aria-label={text.views} class="rollup-views">
          {VIEWS.map((v) => (
            <button
              type="button"
              key={v}
              aria-pressed={view === v}
              class={view === v ? 'primary' : undefined}
              onClick={() => setView(v)}
            >
              {text[v]}
            </button>
          ))}
        </span>
        <button type="button" onClick={download}>
          {text.downloadCsv}
        </button>
      </p>
      {view === 'heatmap' && <Heatmap view={rollup} rubric={rubric} text={text} lang={lang} />}
      {view === 'groups' && (
        <>
          <GroupTable
            rows={rollup.bySchool}
            caption={text.bySchoolCaption}
            rubric={rubric}
            text={text}
            lang={lang}
            testId="groups-school"
          />
          <GroupTable
            rows={rollup.byRole}
            caption={text.byRoleCaption}
            rubric={rubric}
            text={text}
            lang={lang}
            testId="groups-role"
          />
        </>
      )}
      {view === 'gaps' && (
        <>
          <p class="muted">{text.gapsIntro}</p>
          <GapTable view={rollup} rubric={rubric} text={text} lang={lang} />
        </>
      )}
    </div>
  );
}
