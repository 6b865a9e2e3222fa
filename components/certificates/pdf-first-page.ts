/**
 * Renders the first page of a PDF onto a canvas, `scale` canvas pixels per PDF point. PDF.js is loaded
 * only now, when someone has chosen a PDF.
 *
 * The PDF.js worker is imported as a module into this page rather than started as a Worker from a URL:
 * the bundler then builds and serves it like any other chunk (no file copied to public/, no version drift,
 * nothing for the page's script policy to block), and one page of a certificate parses in milliseconds.
 */
export async function renderFirstPdfPage(file: Blob, scale: number): Promise<HTMLCanvasElement> {
  const [pdfjs] = await Promise.all([import("pdfjs-dist"), import("pdfjs-dist/build/pdf.worker.min.mjs")]);
  const document = await pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), isEvalSupported: false }).promise;
  try {
    const page = await document.getPage(1);
    const viewport = page.getViewport({ scale });
    const canvas = window.document.createElement("canvas");
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    await page.render({ canvas, viewport, background: "#ffffff" }).promise;
    return canvas;
  } finally {
    await document.destroy();
  }
}
