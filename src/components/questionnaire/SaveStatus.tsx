import { useStore } from '@nanostores/preact';
import { uiFor, type Lang } from '../../i18n/ui';
import { $saveState, $storageMode } from '../../stores/storage';

/** A live line saying whether the last change was saved. */
export default function SaveStatus({ lang }: { lang: Lang }) {
  const t = uiFor(lang);
  const state = useStore($saveState);
  const mode = useStore($storageMode);
  let text = '';
  let failed = false;
  if (state.status === 'saved') {
    text = t.savedAt(new Date(state.at).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }));
  } else if (state.status === 'failed') {
    text = state.reason === 'quota' ? t.saveFailedQuota : t.saveFailedOther;
    failed = true;
  } else if (mode === 'memory') {
    failed = true;
  }
  return (
    <p class={`save-status${failed ? ' save-status-failed' : ''}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
