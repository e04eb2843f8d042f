import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import { startWorkshop } from '../../stores/workshop';

/** Before a workshop: the four steps it takes, what stays private, and the button that starts one. */
export default function WorkshopStart({ rubricId, lang }: { rubricId: string; lang: Lang }) {
  const t = teamUiFor(lang);
  return (
    <section class="workshop-start" aria-labelledby="start-heading">
      <h2 id="start-heading">{t.startHeading}</h2>
      <ol class="workshop-steps">
        <li>{t.startStepInvite}</li>
        <li>{t.startStepGather}</li>
        <li>{t.startStepReveal}</li>
        <li>{t.startStepAgree}</li>
      </ol>
      <p class="muted">{t.startPrivacy}</p>
      <p>
        <button type="button" class="primary" onClick={() => startWorkshop(rubricId)}>
          {t.startWorkshop}
        </button>
      </p>
    </section>
  );
}
