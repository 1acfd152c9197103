import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Reading back a printed PDF: its page count, where named anchors landed, and each page's text. */

async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

export interface PdfLayout {
  pages: number;
  /** 1-based page of each anchor id that the PDF names as a destination. */
  anchors: Record<string, number>;
  /** The text of each page, in order; read only when some anchor was not found as a destination. */
  text: string[];
}

/**
 * Chromium writes every element id that a link in the document points to as a named destination, so the page of
 * a heading is the page its destination names; page text is read for a fallback search when one is missing.
 */
export async function readPdfLayout(bytes: Uint8Array, anchorIds: readonly string[]): Promise<PdfLayout> {
  const pdf = await openPdf(bytes);
  try {
    const anchors: Record<string, number> = {};
    for (const id of anchorIds) {
      const dest = await pdf.getDestination(id).catch(() => null);
      const ref = Array.isArray(dest) ? dest[0] : null;
      if (ref && typeof ref === 'object') anchors[id] = (await pdf.getPageIndex(ref as { num: number; gen: number })) + 1;
    }
    const text: string[] = [];
    const missing = anchorIds.some((id) => !(id in anchors));
    for (let i = 1; missing && i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const content = await page.getTextContent();
      text.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
      page.cleanup();
    }
    return { pages: pdf.numPages, anchors, text };
  } finally {
    await pdf.destroy();
  }
}
