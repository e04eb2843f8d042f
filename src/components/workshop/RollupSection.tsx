import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { Rubric } from '../../lib/schema/rubric';
import type { Workshop } from '../../lib/workshop';
import { useOnDemand } from '../common/hooks';

/** The roll-up and its words in the page's language, loaded on demand: the board's first script has neither. */
export const loadRollup = (lang: Lang) => (lang === 'fr' ? import('./rollup/fr') : import('./rollup/en'));

interface Props {
  rubricId: string;
  rubric: Rubric;
  workshop: Workshop;
  lang: Lang;
}

/** The roll-up by school and role, closed at first, and loaded the first time it is opened. */
export default function RollupSection({ rubricId, rubric, workshop, lang }: Props) {
  const t = teamUiFor(lang);
  const [open, setOpen] = useState(false);
  const View = useOnDemand(open, () => loadRollup(lang));
  return (
    <details
      class="workshop-section rollup-section"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      aria-busy={open && !View}
    >
      <summary>
        <h2>{t.openRollup}</h2>
      </summary>
      {open && View && <View rubricId={rubricId} rubric={rubric} workshop={workshop} lang={lang} />}
    </details>
  );
}
