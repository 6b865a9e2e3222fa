// Reads the text of a QR code from pixels: the browser's own BarcodeDetector where it reads QR codes
// (Android, ChromeOS, macOS), else jsQR, a small pure-JavaScript decoder loaded on first use.

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

let native: Promise<BarcodeDetectorLike | null> | undefined;

/** Desktop Chrome on Linux and Windows has the class but reads no format: treat it as absent. */
function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  native ??= (async () => {
    if (!("BarcodeDetector" in window)) return null;
    const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorClass }).BarcodeDetector;
    const formats = (await Detector.getSupportedFormats?.()) ?? ["qr_code"];
    return formats.includes("qr_code") ? new Detector({ formats: ["qr_code"] }) : null;
  })().catch(() => null);
  return native;
}

let jsQr: Promise<typeof import("jsqr").default> | undefined;
const loadJsQr = () => (jsQr ??= import("jsqr").then((module) => module.default));

/** Start loading the decoder before it is needed (when the camera starts or a file is chosen). */
export function prepareQrDecoder(): void {
  void nativeDetector().then((detector) => (detector ? null : loadJsQr().catch(() => undefined)));
}

/**
 * Draws `source` into `canvas` at `width` pixels wide (height in proportion) and reads a QR code from
 * it; null when there is none. The canvas is the caller's, so a camera loop reuses one.
 */
export async function readQr(source: CanvasImageSource, sourceWidth: number, sourceHeight: number, width: number, canvas: HTMLCanvasElement): Promise<string | null> {
  const height = Math.max(1, Math.round((sourceHeight / sourceWidth) * width));
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) return null;
  // White first, so a transparent PNG's dark modules do not vanish into a black background.
  context.fillStyle = "#fff";
  context.fillRect(0, 0, width, height);
  context.drawImage(source, 0, 0, width, height);
  const detector = await nativeDetector();
  if (detector) {
    const [found] = await detector.detect(canvas);
    return found?.rawValue || null;
  }
  const decode = await loadJsQr();
  const { data } = context.getImageData(0, 0, width, height);
  return decode(data, width, height, { inversionAttempts: "attemptBoth" })?.data || null;
}
