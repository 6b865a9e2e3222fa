// Importing the worker module registers its message handler on globalThis (pdfjsWorker), where PDF.js
// finds it and runs in this thread; nothing is imported by name.
declare module "pdfjs-dist/build/pdf.worker.min.mjs";
