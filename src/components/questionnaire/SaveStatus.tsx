import { useStore } from '@nanostores/preact';
import { uiFor, type Lang } from '../../i18n/ui';
import { formatDate } from '../../lib/format';
import { $saveState, $storageMode } from '../../stores/storage';
import NotSaved from '../common/NotSaved';

/** A live line saying whether the last change was saved, or the "Not saved" notice when it was not. */
export default function SaveStatus({ lang }: { lang: Lang }) {
  const t = uiFor(lang);
  const state = useStore($saveState);
  const mode = useStore($storageMode);
  if (state.status === 'failed')
    return <NotSaved reason={state.reason} kept lang={lang} class="save-status save-status-failed" />;
  return (
    <p
      class={`save-status${mode === 'memory' ? ' save-status-failed' : ''}`}
      role="status"
      aria-live="polite"
    >
      {state.status === 'saved' &&
        t.savedAt(formatDate(state.at, lang, { hour: '2-digit', minute: '2-digit' }))}
    </p>
  );
}
