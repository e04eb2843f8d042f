import { resultsUiFor, type Lang } from '../../i18n/ui';
import type { IncomingError } from '../../stores/sharing';
import { Sentence } from '../common/UserText';

/** Why a link or file could not be opened, in a sentence; a file's name is isolated as the person's text. */
export default function IncomingErrorText({ error, lang }: { error: IncomingError; lang: Lang }) {
  const t = resultsUiFor(lang);
  if (error.source === 'link') return <>{t.linkBroken(t.linkErrors[error.error.code])}</>;
  const message = t.fileError(error.error);
  return <Sentence of={(name) => t.fileBroken(name, message)} value={error.name} />;
}
