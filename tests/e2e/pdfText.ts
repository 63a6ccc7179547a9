import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF as one string, read with pdf.js. NFKC because Chromium's CJK fonts map
 * some glyphs to Kangxi radicals (⼊ for 入) in their ToUnicode tables.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js refuses a Node Buffer; a plain Uint8Array view of the same bytes is accepted.
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await doc.destroy();
  return parts.join(' ').normalize('NFKC').replace(/\s+/g, ' ');
}
