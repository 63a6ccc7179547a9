import type { Blob } from 'node:buffer';
import type Stream from 'node:stream';
import type { Cell, Feature } from 'write-excel-file/node';
import { getCellAddress } from 'write-excel-file/utility';

/**
 * write-excel-file 4.1 looks its shared strings up in a plain object, so a text cell equal to
 * an Object.prototype key ("constructor", "toString", ...) gets a function as its string index
 * and the whole file is corrupt. Such a cell is written with a stand-in string and then, in the
 * sheet's XML, rewritten as an inline string. The keys are plain ASCII names: no escaping.
 */
/** The library's Node file content type (not exported under its package exports). */
export type FileContent = Stream | Buffer | Blob;

const PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));
const STAND_IN = 'x';

/** Replaces such text in `data` (in place) and returns the cells to rewrite, by address. */
export function takeProtoKeyCells(data: Cell[][]): Map<string, string> {
  const found = new Map<string, string>();
  data.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && typeof cell === 'object' && 'type' in cell && cell.type === String) {
        const text = cell.value as string;
        if (!PROTO_KEYS.has(text)) return;
        found.set(getCellAddress(r, c), text);
        row[c] = { ...cell, value: STAND_IN };
      }
    }),
  );
  return found;
}

/** The feature that writes those cells as inline strings; sheets without any are left as they are. */
export function inlineProtoKeyCells(bySheet: Map<string, string>[]): Feature<FileContent> {
  const transform = (xml: string, _opts: unknown, { sheetIndex }: { sheetIndex: number }) => {
    const cells = bySheet[sheetIndex];
    if (!cells || cells.size === 0) return xml;
    return xml.replace(/<c r="([A-Z]+\d+)"([^>]*?)>(?:(?!<\/c>).)*<\/c>/g, (whole, ref, attrs) => {
      const text = cells.get(ref as string);
      if (text === undefined) return whole;
      const kept = (attrs as string).replace(/ t="[^"]*"/, '');
      return `<c r="${ref}"${kept} t="inlineStr"><is><t>${text}</t></is></c>`;
    });
  };
  return { files: { transform: { 'xl/worksheets/sheet{id}.xml': { transform } } } };
}
