import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import type { WriteFailure } from '../../stores/storage';
import { resetWorkshop } from '../../stores/workshop';
import NotSaved, { failureOf } from '../common/NotSaved';

interface Props {
  rubricId: string;
  /** How many responses the reset would remove, for the question asked first. */
  responses: number;
  lang: Lang;
  /** Called once the person agreed, before the workshop is removed (the projector closes). */
  onReset: () => void;
  /** What else ends a session (the workshop file to keep), before the reset. */
  children?: ComponentChildren;
}

/** Ends the workshop after asking; when storage refuses, says so and the workshop stays as it was. */
export default function FinishWorkshop({ rubricId, responses, lang, onReset, children }: Props) {
  const t = teamUiFor(lang);
  const [notSaved, setNotSaved] = useState<WriteFailure | null>(null);
  return (
    <section aria-labelledby="reset-heading" class="workshop-section">
      <h2 id="reset-heading">{t.finishHeading}</h2>
      <p class="muted">{t.finishIntro}</p>
      {children}
      <p>
        <button
          type="button"
          onClick={() => {
            if (!window.confirm(t.confirmResetWorkshop(responses))) return;
            onReset();
            setNotSaved(failureOf(resetWorkshop(rubricId)));
          }}
        >
          {t.resetWorkshop}
        </button>
      </p>
      <NotSaved reason={notSaved} kept={false} lang={lang} />
    </section>
  );
}
