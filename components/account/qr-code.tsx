import encodeQR from '@paulmillr/qr';

/**
 * A QR code drawn on the server as SVG (dark modules as one path, a quiet zone of four), so no
 * script or canvas is needed. The same text is always shown beside it for those who cannot scan.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const matrix = encodeQR(text, 'raw', { ecc: 'medium' });
  const size = matrix.length + 8;
  let d = '';
  matrix.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    });
  });
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width="220"
      height="220"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" shapeRendering="crispEdges" />
    </svg>
  );
}
