import { QUIET_ZONE, qrPath } from '../../lib/qr';
import './qr.css';

interface Props {
  /** The text the code carries, usually a link. */
  text: string;
  /** What the code is, for people who cannot see it. */
  label: string;
}

/** A QR code as inline SVG: black on white whatever the theme, sharp at any print resolution. */
export default function QrCode({ text, label }: Props) {
  const { size, d } = qrPath(text);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      class="qr-code"
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      role="img"
      aria-label={label}
      data-link={text}
      data-modules={size}
      shape-rendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
