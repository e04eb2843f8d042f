import { useState } from 'preact/hooks';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import { onDemand, unlessSiteUpdated } from '../../lib/on-demand';
import type { RubricEntry } from '../../lib/share-code/format';
import type { IncomingError, OpenOutcome } from '../../stores/sharing';
import FileDrop from '../common/FileDrop';
import IncomingErrorText from './IncomingErrorText';
import './open-saved.css';

interface Props {
  registry: RubricEntry[];
  lang: Lang;
  /** The results pages' common path, e.g. "/results/": what is opened shows on its rubric's page. */
  resultsBase: string;
  /** On a results page, its rubric: what belongs to it shows here, and its notice says what went wrong. */
  rubricId?: string;
}

/**
 * Answers brought from another device: an exported file, or a pasted results link. Wherever a person starts
 * (home, the summary, a results page); what is opened shows read-only on its rubric's results page.
 * Reading files and links loads on demand, so the pages that only offer it stay light.
 */
export default function OpenSaved({ registry, lang, resultsBase, rubricId }: Props) {
  const t = resultsUiFor(lang);
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<IncomingError | null>(null);
  const [pasteHint, setPasteHint] = useState(false);
  const sharing = () => onDemand(() => import('../../stores/sharing'));
  const pageOf = (rubric: string) => `${location.origin}${resultsBase}${rubric}/`;

  const settle = async (outcome: OpenOutcome | null, hash = '') => {
    setPasteHint(outcome === null);
    setError(outcome?.ok === false ? outcome.error : null);
    if (!outcome?.ok) return;
    if (outcome.rubric === rubricId) {
      if (hash) history.replaceState(null, '', location.pathname + location.search + hash);
      return;
    }
    if (hash || outcome.handedOff) return location.assign(pageOf(outcome.rubric) + hash);
    // The browser would not keep the file for the next page: its answers travel in a link instead.
    const link = await (await sharing()).linkToIncoming(registry, pageOf(outcome.rubric));
    if (link) location.assign(link);
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const store = await sharing();
    await settle(await store.openFile(file, registry, rubricId));
  };
  const openLink = async () => {
    const store = await sharing();
    const outcome = await store.openPastedLink(pasted, registry);
    const code = outcome?.ok ? store.codeOf(pasted) : null;
    await settle(outcome, code === null ? '' : `#r=${code}`);
  };

  return (
    <div class="open-saved">
      <FileDrop
        id="import-file"
        label={t.importLabel}
        hint={t.dropHint}
        onFiles={(files) => void openFile(files?.[0]).catch(unlessSiteUpdated)}
      />
      <form
        class="inline-form paste-link"
        onSubmit={(e) => {
          e.preventDefault();
          void openLink().catch(unlessSiteUpdated);
        }}
      >
        <label for="paste-link">{t.pasteLinkLabel}</label>
        <input
          id="paste-link"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button type="submit">{t.openLink}</button>
      </form>
      {pasteHint && (
        <p class="muted" role="status">
          {t.pasteLinkEmpty}
        </p>
      )}
      {/* On a results page, the page's own notice says what went wrong; elsewhere it is said here. */}
      {error && rubricId === undefined && (
        <p class="notice notice-error" role="alert">
          <IncomingErrorText error={error} lang={lang} />
        </p>
      )}
    </div>
  );
}
