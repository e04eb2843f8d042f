import { useState } from 'preact/hooks';
import type { BriefUi } from '../../i18n/brief';
import type { Lang } from '../../i18n/ui';
import type { BriefDoc } from '../../lib/brief/document';
import { onDemand, SiteUpdatedError } from '../../lib/on-demand';
import { today } from '../../lib/brief/model';
import { downloadText } from '../common/download';

/** The media type of a Word document. */
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type WordState = 'idle' | 'making' | 'made' | 'failed';

/** The BCP 47 tag Word's spelling checker gets for the document's language. */
const LANGUAGE_TAGS: Record<Lang, string> = { en: 'en-US', fr: 'fr-CA' };

/**
 * "Download as Word": loads the Word builder (lib/brief/word.ts, with the docx library) the first time it is
 * pressed, never before, and saves the brief as a .docx. A load that fails (most often because the site was
 * updated since the page was opened) says so beside the button, as well as in the page's site-updated notice.
 */
export function useWordDownload(doc: BriefDoc, links: Record<string, string>, lang: Lang, t: BriefUi) {
  const [state, setState] = useState<WordState>('idle');
  const [message, setMessage] = useState('');
  const start = () => {
    setState('making');
    setMessage(t.wordMaking);
    onDemand(() => import('../../lib/brief/word'))
      .then(({ briefWordBlob }) => briefWordBlob(doc, LANGUAGE_TAGS[lang], links))
      .then(
        (blob) => {
          downloadText(blob, `${t.wordFile}-${today(new Date())}.docx`, DOCX);
          setState('made');
          setMessage(t.wordMade);
        },
        (error: unknown) => {
          setState('failed');
          setMessage(error instanceof SiteUpdatedError ? t.wordNotLoaded : t.wordFailed);
        },
      );
  };
  return { state, message, start };
}
