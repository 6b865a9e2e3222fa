import { qrMatrix } from "@/lib/pdf/qr";

/** A QR code as one SVG path (crisp in print, no image request, nothing for the CSP to allow). */
export function QrSvg({ text, label, size = 160 }: { text: string; label: string; size?: number }) {
  const { size: modules, dark } = qrMatrix(text);
  const quiet = 4;
  let d = "";
  for (let row = 0; row < modules; row++) for (let column = 0; column < modules; column++) if (dark(row, column)) d += `M${column + quiet} ${row + quiet}h1v1h-1z`;
  const box = modules + 2 * quiet;
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${box} ${box}`} shapeRendering="crispEdges" className="bg-white">
      <path d={d} fill="#000" />
    </svg>
  );
}
