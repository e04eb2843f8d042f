import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { resultsUiFor, type Lang } from '../../i18n/ui';
import { SiteUpdatedError } from '../../lib/on-demand';
import './sharing.css';

interface Props {
  /** The participant's role and school fields, sent with the link. */
  children?: ComponentChildren;
  /** Makes the share link to send (with the options chosen above it). */
  makeLink: () => Promise<string>;
  /** The rubric's title, for the message the share sheet prepares. */
  title: string;
  lang: Lang;
}

/**
 * For a participant in a workshop: sends their results link to the facilitator through the device's share
 * sheet where there is one, or copies it to paste into a message.
 */
export default function SendToFacilitator({ makeLink, title, lang, children }: Props) {
  const t = resultsUiFor(lang);
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const send = async () => {
    let made: string;
    try {
      made = await makeLink();
    } catch (error) {
      // A link that could not be made because its code could not load is SiteUpdated's to say.
      if (!(error instanceof SiteUpdatedError)) setStatus(t.linkTooLong);
      return;
    }
    setLink(made);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({
          title: t.facilitatorShareTitle(title),
          text: t.facilitatorShareText(title),
          url: made,
        });
        setStatus(t.sentToFacilitator);
        return;
      } catch (error) {
        // The person closed the share sheet: the link stays below to copy instead.
        if (error instanceof DOMException && error.name === 'AbortError') {
          setStatus('');
          return;
        }
      }
    }
    try {
      await navigator.clipboard.writeText(made);
      setStatus(t.facilitatorCopied);
    } catch {
      setStatus(t.copyFailed);
    }
  };
  return (
    <div class="send-facilitator">
      <h3>{t.inAWorkshop}</h3>
      <p class="muted">{t.sendToFacilitatorIntro}</p>
      {children}
      <p class="inline-form">
        <button type="button" class="primary" onClick={() => void send()}>
          {t.sendToFacilitator}
        </button>
      </p>
      {link && (
        <p class="share-link">
          <label for="facilitator-link">{t.facilitatorLinkLabel}</label>
          <input
            id="facilitator-link"
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
      <p role="status" class="muted" data-testid="facilitator-status">
        {status}
      </p>
    </div>
  );
}
