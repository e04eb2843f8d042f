import { useState } from 'preact/hooks';
import type { BriefUi } from '../../i18n/brief';
import type { Lang } from '../../i18n/ui';
import { MAX_NEED, type BriefRead } from '../../lib/brief/read';
import { setNeed } from '../../stores/brief';
import type { WriteFailure } from '../../stores/storage';
import { downloadText } from '../common/download';
import NotSaved, { failureOf } from '../common/NotSaved';

interface Props {
  stored: BriefRead | null;
  t: BriefUi;
  lang: Lang;
}

/**
 * The "what we need" paragraph: a field on screen, saved at every keystroke through the one write path
 * (a refused write says "Not saved" here, and the text stays in this tab); on paper, the text itself.
 */
export default function NeedField({ stored, t, lang }: Props) {
  const [notSaved, setNotSaved] = useState<WriteFailure | null>(null);
  const need = stored?.ok ? stored.need : '';
  return (
    <section class="brief-need" aria-labelledby="brief-need-heading">
      <h2 id="brief-need-heading">
        <label for="brief-need">{t.needHeading}</label>
      </h2>
      {stored && !stored.ok && (
        <p class="notice notice-error brief-screen-only" role="alert">
          {t.needUnreadable}{' '}
          <button
            type="button"
            onClick={() => downloadText(stored.raw, 'board-brief-unreadable-saved-data.txt')}
          >
            {t.download}
          </button>
        </p>
      )}
      <div class="brief-screen-only">
        <textarea
          id="brief-need"
          rows={5}
          maxLength={MAX_NEED}
          value={need}
          aria-describedby="brief-need-hint"
          onInput={(e) => setNotSaved(failureOf(setNeed(e.currentTarget.value)))}
        />
        <p id="brief-need-hint" class="hint">
          {t.needHint}
        </p>
        <NotSaved reason={notSaved} kept lang={lang} />
      </div>
      <p class={`brief-need-text brief-print-only${need.trim() ? '' : ' is-empty'}`}>
        <bdi>{need.trim()}</bdi>
      </p>
    </section>
  );
}
