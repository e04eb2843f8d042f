/**
 * A rubric's QR code on the brief: the share link that opens its answers on its results page, made by the
 * score sheet's own link code. Loaded on demand (Brief.tsx), with the share-link encoder and the QR drawer,
 * so the brief's first script carries neither.
 */
import { useEffect } from 'preact/hooks';
import type { Assessment } from '../../lib/assessment';
import type { RubricOutline } from '../../lib/schema/rubric';
import QrCode from '../common/QrCode';
import { useSheetLink } from '../print/useSheetLink';

interface Props {
  rubricId: string;
  outline: RubricOutline;
  assessment: Assessment;
  resultsHref: string;
  label: string;
  caption: string;
  /** Hears the link once it is made, for the Word document. */
  onLink: (rubricId: string, link: string) => void;
}

export default function BriefQr({
  rubricId,
  outline,
  assessment,
  resultsHref,
  label,
  caption,
  onLink,
}: Props) {
  const share = useSheetLink(rubricId, outline, assessment, resultsHref, false, true);
  const link = share.state === 'ready' ? share.link : null;
  useEffect(() => {
    if (link) onLink(rubricId, link);
  }, [link]);
  if (share.state === 'failed') return null;
  return (
    <figure class="brief-qr">
      {link ? <QrCode text={link} label={label} /> : <div class="qr-placeholder" />}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
