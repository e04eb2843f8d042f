import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { Assessment } from '../../lib/assessment';
import { loadInBackground } from '../../lib/on-demand';
import { localePath } from '../../lib/paths';
import type { WriteFailure } from '../../stores/storage';
import NotSaved from '../common/NotSaved';
import './sharing.css';

type WorkshopStores = typeof import('../../stores/workshop');

interface Props {
  rubricId: string;
  assessment: Assessment;
  lang: Lang;
}

/**
 * On a results page opened from a participant's link, when a workshop of the rubric is under way on this
 * device: adds the response to it. Renders nothing when there is no workshop. The workshop's code loads only
 * when a link is opened, so results pages stay light for everyone else.
 */
export default function AddToWorkshop(props: Props) {
  const [stores, setStores] = useState<WorkshopStores | null>(null);
  useEffect(() => {
    let live = true;
    loadInBackground(
      () => import('../../stores/workshop'),
      (module) => live && setStores(module),
    );
    return () => {
      live = false;
    };
  }, []);
  return stores ? <AddButton {...props} stores={stores} /> : null;
}

function AddButton({ rubricId, assessment, lang, stores }: Props & { stores: WorkshopStores }) {
  const t = resultsUiFor(lang);
  const stored = useStore(stores.workshopStore(rubricId));
  const [outcome, setOutcome] = useState<{ for: Assessment; text: string } | null>(null);
  const [notSaved, setNotSaved] = useState<WriteFailure | null>(null);
  if (!stored?.ok) return null;
  const board = localePath(lang, `/team/${rubricId}/`);
  const added = outcome?.for === assessment;
  return (
    <>
      {!added && (
        <button
          type="button"
          class="primary"
          onClick={() => {
            const result = stores.addResponseAssessment(rubricId, assessment);
            setNotSaved(result.notSaved ?? null);
            if (result.notSaved) return;
            const refusal = result.refused[0];
            setOutcome({
              for: assessment,
              text:
                refusal?.reason === 'duplicate'
                  ? t.alreadyInWorkshop(refusal.duplicateOf ?? 0)
                  : refusal
                    ? t.workshopFull
                    : t.addedToWorkshop(result.added[0] ?? 0, result.workshop.responses.length),
            });
          }}
        >
          {t.addToWorkshop}
        </button>
      )}
      <span class="added-to-workshop" role="status">
        {added && (
          <>
            {outcome.text} <a href={board}>{t.backToBoard}</a>
          </>
        )}
      </span>
      <NotSaved reason={notSaved} kept={false} lang={lang} inline />
    </>
  );
}
