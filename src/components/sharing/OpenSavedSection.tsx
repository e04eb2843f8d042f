import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { RubricEntry } from '../../lib/share-code/format';
import OpenSaved from './OpenSaved';

interface Props {
  registry: RubricEntry[];
  lang: Lang;
  resultsBase: string;
  rubricId?: string;
}

/** Where a person starts on a new device: open a saved file or paste a link, under its own heading. */
export default function OpenSavedSection(props: Props) {
  const t = resultsUiFor(props.lang);
  return (
    <section class="open-saved-section" aria-labelledby="open-saved-heading">
      <h2 id="open-saved-heading">{t.openSavedHeading}</h2>
      <p class="muted">{t.openSavedIntro}</p>
      <OpenSaved {...props} />
    </section>
  );
}
