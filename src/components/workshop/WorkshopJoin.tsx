import { Fragment } from 'preact';
import type { Lang } from '../../i18n/ui';
import { teamUiFor } from '../../i18n/workshop';
import { useOnDemand } from '../common/hooks';
import '../common/qr.css';

interface Props {
  /** The questionnaire's full address, e.g. "https://example.org/assess/coach-deployment/". */
  url: string;
  lang: Lang;
  /** The block's own heading, when the page around it has none for it. */
  heading?: { level: 'h2' | 'h3'; id: string };
}

/** How participants join: a QR code of the questionnaire, its address to type, and what to do after. */
export default function WorkshopJoin({ url, lang, heading }: Props) {
  const t = teamUiFor(lang);
  const short = url.replace(/^https?:\/\//, '');
  const Heading = heading?.level;
  // The QR encoder loads after the board, which is what the facilitator needs first.
  const Qr = useOnDemand(true, () => import('../common/QrCode'));
  return (
    <div class="join">
      <div class="join-qr">
        {Qr ? <Qr text={url} label={t.joinQrLabel} /> : <div class="qr-placeholder" />}
      </div>
      <div class="join-text">
        {Heading && (
          <Heading id={heading?.id} class="join-title">
            {t.joinTitle}
          </Heading>
        )}
        <p class="join-url-label">{t.joinTypeAddress}</p>
        <p class="join-url" data-testid="join-url">
          <a href={url}>
            {/* Break the address only after a slash, never inside a word of it. */}
            {short.split(/(?<=\/)/).map((part, i) => (
              <Fragment key={i}>
                {i > 0 && <wbr />}
                <span class="nowrap">{part}</span>
              </Fragment>
            ))}
          </a>
        </p>
        <ol class="join-steps">
          <li>{t.joinStepOpen}</li>
          <li>{t.joinStepAnswer}</li>
          <li>{t.joinStepSend}</li>
        </ol>
      </div>
    </div>
  );
}
