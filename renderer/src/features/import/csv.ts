/**
 * RFC 4180 CSV, read and written in the renderer. Only UTF-8: a GBK file (what older Excel
 * saves as "CSV" on a Chinese Windows) is refused with a clear message by `decodeCsv`.
 */

export class CsvError extends Error {
  constructor(
    readonly code: 'unclosedQuote' | 'notUtf8',
    /** 1-based physical line where the problem starts. */
    readonly line = 0,
  ) {
    super(code === 'unclosedQuote' ? `Unclosed quote from line ${line}` : 'Not UTF-8');
  }
}

/** Bytes → text: UTF-8 only, BOM dropped; anything else throws CsvError('notUtf8'). */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
  try {
    // TextDecoder removes a leading UTF-8 BOM itself (ignoreBOM defaults to false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CsvError('notUtf8');
  }
}

/**
 * Parses CSV text into rows of cells. Handles quoted fields with commas, quotes ("") and line
 * breaks; CRLF, LF or CR between records; a BOM; a final line break. Unquoted cells are kept
 * as written (no trimming: the caller decides).
 */
export function parseCsv(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let i = 0;
  // True once the current record has any content (so a trailing newline adds no empty row).
  let started = false;

  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
    started = false;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line += 1;
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
      started = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      endCell();
      started = true;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      continue;
    }
    // A quote inside an unquoted cell is kept as written (lenient, like Excel).
    cell += ch;
    started = true;
    i += 1;
  }
  if (quoted) throw new CsvError('unclosedQuote', quoteLine);
  if (started || cell !== '' || row.length > 0) endRow();
  return rows;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows → CSV text with CRLF, quoting only where needed; a BOM so Excel reads it as UTF-8. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
