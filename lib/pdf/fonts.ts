// @pdf-lib/fontkit's Indic shaper (Devanagari conjuncts, matra reordering) was compiled with Babel's
// regenerator and expects its runtime as a global; without it, Hindi text throws on layout.
import "regenerator-runtime/runtime";
import fontkit, { type Font } from "@pdf-lib/fontkit";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PDFDocument, PDFFont } from "pdf-lib";

/**
 * Noto Sans Devanagari (OFL, lib/pdf/fonts/OFL.txt) covers Devanagari and Latin (Basic, Latin-1, most of
 * Extended-A, ₹ and typographic punctuation), so one face serves Hindi labels and Latin names alike.
 * Noto Sans itself was tried as the Latin face: pdf-lib's subsetting drops its glyphs.
 * The files are read once, from the project root; next.config.ts traces them into the routes that render PDFs.
 */
let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

// Literal paths from the project root, so the bundler's file tracing can follow them.
function loadFontBytes(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  fontBytes ??= Promise.all([
    readFile(path.join(process.cwd(), "lib/pdf/fonts/NotoSansDevanagari-Regular.ttf")),
    readFile(path.join(process.cwd(), "lib/pdf/fonts/NotoSansDevanagari-Bold.ttf")),
  ]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fontBytes = undefined;
      throw error;
    },
  );
  return fontBytes;
}

/**
 * fontkit caches each glyph with the code points of its first use, and the next layout starts from that cache.
 * Shaping "ऐ" yields the e-matra glyph with no code point; every later "े" then looked like a broken cluster
 * and was drawn with a dotted circle (करें → करे◌ं). Each layout therefore starts from an empty glyph cache.
 * Shaping is also the costliest step of a render and the same labels recur in every document, so finished
 * layouts are kept by text (pdf-lib only reads their glyphs).
 */
function withReliableLayout(face: Font): Font {
  const layout = face.layout.bind(face);
  const layouts = new Map<string, ReturnType<Font["layout"]>>();
  face.layout = (text, features) => {
    if (features !== undefined) return layout(text, features);
    let run = layouts.get(text);
    if (!run) {
      (face as Font & { _glyphs: Record<number, unknown> })._glyphs = {};
      run = layout(text);
      if (layouts.size >= 5_000) layouts.clear();
      layouts.set(text, run);
    }
    return run;
  };
  return face;
}

// Parsing a face costs more than laying out a page, so every document shares one parsed face (keyed by its
// cached bytes). Sharing is safe: each document takes its own subset, and fontkit works synchronously.
const parsedFaces = new WeakMap<Uint8Array, Font>();
const sharedFontkit = {
  create(bytes: Uint8Array): Font {
    const face = parsedFaces.get(bytes) ?? withReliableLayout(fontkit.create(bytes));
    parsedFaces.set(bytes, face);
    return face;
  },
};

/** The regular and bold faces embedded in `doc`, subset to the glyphs the document draws. */
export async function embedFonts(doc: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  const bytes = await loadFontBytes();
  doc.registerFontkit(sharedFontkit);
  const [regular, bold] = await Promise.all([doc.embedFont(bytes.regular, { subset: true }), doc.embedFont(bytes.bold, { subset: true })]);
  return { regular, bold };
}
