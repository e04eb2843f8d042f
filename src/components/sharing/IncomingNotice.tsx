import { useStore } from '@nanostores/preact';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import { $incoming, $incomingError, closeIncoming, keepIncoming, wouldReplace } from '../../stores/sharing';
import { Sentence } from '../common/UserText';
import AddToWorkshop from './AddToWorkshop';
import IncomingErrorText from './IncomingErrorText';
import './sharing.css';

/** Says where the results on screen came from, and offers to keep them, never overwriting without asking. */
export default function IncomingNotice({ rubricId, lang }: { rubricId: string; lang: Lang }) {
  const t = resultsUiFor(lang);
  const incoming = useStore($incoming);
  const error = useStore($incomingError);
  const label = t.sharedSnapshotLabel(new Date().toLocaleDateString(lang, { dateStyle: 'medium' }));
  return (
    <>
      {error && (
        <div class="notice notice-error" role="alert">
          <p>
            <IncomingErrorText error={error} lang={lang} />
          </p>
          <p class="notice-actions">
            <button type="button" onClick={closeIncoming}>
              {t.closeIncoming}
            </button>
          </p>
        </div>
      )}
      {incoming && incoming.rubric === rubricId && (
        <div class="notice incoming" role="status">
          <p>
            {incoming.source === 'link' ? (
              t.incomingFromLink
            ) : (
              <Sentence of={t.incomingFromFile} value={incoming.name ?? ''} />
            )}
          </p>
          <p class="notice-actions">
            <AddToWorkshop rubricId={rubricId} assessment={incoming.assessment} lang={lang} />
            {wouldReplace(rubricId) ? (
              <>
                <button type="button" onClick={() => keepIncoming('snapshot', label)}>
                  {t.keepAsSnapshot}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    if (window.confirm(t.confirmReplace)) keepIncoming('current', label);
                  }}
                >
                  {t.replaceMine}
                </button>
              </>
            ) : (
              <button type="button" class="primary" onClick={() => keepIncoming('current', label)}>
                {t.keepAsMine}
              </button>
            )}
            <button type="button" onClick={closeIncoming}>
              {t.closeIncoming}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
