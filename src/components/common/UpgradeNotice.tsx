/**
 * The notice for answers made with an earlier layout of the rubric: it brings saved answers and snapshots
 * up to the current layout, then names the items that are new or changed and need a rating, and where the
 * notes of removed items went. Loaded on demand (see useUpgradeNotice), only when there is something to say.
 */
import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { versionsUi } from '../../i18n/versions';
import type { Rubric } from '../../lib/schema/rubric';
import type { UpgradeReport } from '../../lib/versions/types';
import { $upgrades, upgradeSavedAnswers, upgradeSnapshots } from '../../stores/versions';

interface Props {
  rubricId: string;
  rubric: Rubric;
  lang: Lang;
  /** What opening a link or file made with an earlier layout changed, when one is shown. */
  report?: UpgradeReport | undefined;
}

export default function UpgradeNotice({ rubricId, rubric, lang, report: incoming }: Props) {
  const t = versionsUi[lang];
  useEffect(() => {
    void upgradeSavedAnswers(rubricId, rubric);
    void upgradeSnapshots(rubricId, rubric);
  }, []);
  const saved = useStore($upgrades)[rubricId];
  const report = incoming ?? saved;
  if (!report) return null;
  const items = rubric.dimensions.flatMap((d) => d.items);
  const textOf = (id: string) => items.find((item) => item.id === id)?.text ?? id;
  const homes = [...new Set(report.movedNotes.map((n) => textOf(n.to)))];
  return (
    <div class="notice" role="status" data-testid="upgrade-notice">
      {report.toRate.length > 0 && (
        <>
          <p>{t.toRate}</p>
          <ul>
            {report.toRate.map((id) => (
              <li key={id}>{textOf(id)}</li>
            ))}
          </ul>
        </>
      )}
      {homes.length > 0 && <p>{t.movedNotes(homes.join(' · '))}</p>}
    </div>
  );
}
