import { useStore } from '@nanostores/preact';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import { formatDate } from '../../lib/format';
import { $incoming, $incomingError, closeIncoming, keepIncoming, wouldReplace } from '../../stores/sharing';
import { useState } from 'preact/hooks';
import type { WriteFailure } from '../../stores/storage';
import NotSaved, { failureOf } from '../common/NotSaved';
import { Sentence } from '../common/UserText';
import AddToWorkshop from './AddToWorkshop';
import IncomingErrorText from './IncomingErrorText';
import './sharing.css';

/** Says where the results on screen came from, and offers to keep them, never overwriting without asking. */
export default function IncomingNotice({ rubricId, lang }: { rubricId: string; lang: Lang }) {
  const t = resultsUiFor(lang);
  const incoming = useStore($incoming);
  const error = useStore($incomingError);
  const label = t.sharedSnapshotLabel(formatDate(new Date(), lang));
  const [notSaved, setNotSaved] = useState<WriteFailure | null>(null);
  const keep = (as: 'current' | 'snapshot') => setNotSaved(failureOf(keepIncoming(as, label)));
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
                <button type="button" onClick={() => keep('snapshot')}>
                  {t.keepAsSnapshot}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    if (window.confirm(t.confirmReplace)) keep('current');
                  }}
                >
                  {t.replaceMine}
                </button>
              </>
            ) : (
              <button type="button" class="primary" onClick={() => keep('current')}>
                {t.keepAsMine}
              </button>
            )}
            <button type="button" onClick={closeIncoming}>
              {t.closeIncoming}
            </button>
          </p>
          <NotSaved reason={notSaved} kept={false} lang={lang} />
        </div>
      )}
    </>
  );
}
