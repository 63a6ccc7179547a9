import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';
import { inlineProtoKeyCells, takeProtoKeyCells, type FileContent } from './protoKeyCells';

/**
 * Spreadsheet files every export shares: XLSX through write-excel-file (typed cells, formats,
 * frozen header; it zips with fflate, no native code) and CSV for anything that reads text.
 */
export type CellKind = 'text' | 'integer' | 'number' | 'money' | 'date' | 'dateTime' | 'percent';
export interface SheetColumn {
  header: string;
  kind: CellKind;
  /** characters */
  width?: number;
}
/** money = integer cents (shown as ¥ 1,234.50), date = 'YYYY-MM-DD', dateTime = ms UTC (shown in the site's local time), percent = 0–1, null = empty cell */
export interface SheetSpec {
  name: string;
  columns: SheetColumn[];
  rows: (string | number | null)[][];
}
type Value = string | number | null;
type Opts = { timeZone?: string };

const FORMATS: Partial<Record<CellKind, string>> = {
  text: '@',
  integer: '0',
  money: '"¥"#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
};
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------- values as people read them

const pad = (n: number) => String(n).padStart(2, '0');
const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time at the site, as a Date whose UTC fields carry it (Excel has no zones). */
function wallClock(ms: number, timeZone: string | undefined): Date {
  if (!timeZone) {
    const d = new Date(ms);
    return new Date(ms - d.getTimezoneOffset() * 60_000);
  }
  let fmt = zoneFormats.get(timeZone);
  if (!fmt) {
    const numeric = { year: 'numeric', month: 'numeric', day: 'numeric' } as const;
    const time = { hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...numeric, ...time });
    zoneFormats.set(timeZone, fmt);
  }
  const part: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(ms))) part[p.type] = Number(p.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = part;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms % 1000));
}

/** A calendar day as UTC midnight, or null for anything else (2026-13-45 does not roll over). */
function dateOf(text: string): Date | null {
  const m = DATE_TEXT.exec(text);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(text) ? d : null;
}

/** What the cell shows, for CSV and for sizing columns by content. */
function display(kind: CellKind, value: Value, timeZone: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (kind === 'money') return (value / 100).toFixed(2);
  if (kind === 'percent') return `${Number((value * 100).toFixed(1))}%`;
  if (kind === 'dateTime') {
    const d = wallClock(value, timeZone);
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  }
  return String(value);
}

// ---------------------------------------------------------------- XLSX

/** Excel refuses []:*?/\ and control characters, more than 31 UTF-16 units, edge apostrophes. */
function sheetName(name: string, taken: Set<string>): string {
  const cleaned = name.replace(/[[\]:*?/\\\p{Cc}]/gu, '');
  const base = clip(cleaned, 31).replace(/^[\s']+|[\s']+$/g, '') || 'Sheet';
  // Excel compares sheet names case-insensitively.
  let unique = base;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    unique = clip(base, 31 - suffix.length).trimEnd() + suffix;
  }
  taken.add(unique.toLowerCase());
  return unique;
}

/** Stops at whole code points, so a surrogate pair is never split. */
function clip(text: string, units: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > units) break;
    out += char;
  }
  return out;
}

function cell(kind: CellKind, value: Value, timeZone: string | undefined): Cell {
  if (value === null || value === '') return null;
  // Always a String cell for text: the library writes a shared string, never a formula.
  // CR/CRLF become LF, the line break Excel stores (an XML reader would drop a bare CR).
  if (kind === 'text' || typeof value === 'string') {
    const text = String(value).replace(/\r\n?/g, '\n');
    const day = kind === 'date' ? dateOf(text) : null;
    return day
      ? { value: day, type: Date, format: FORMATS.date }
      : { value: text, type: String, format: FORMATS.text };
  }
  const format = FORMATS[kind];
  if (kind === 'money') return { value: value / 100, type: Number, format };
  if (kind === 'dateTime') return { value: wallClock(value, timeZone), type: Date, format };
  return format ? { value, type: Number, format } : { value, type: Number };
}

// Full-width (CJK, Hangul, full-width forms) glyphs take two character cells.
const WIDE_CHAR =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

function textWidth(value: string): number {
  let longest = 0;
  for (const line of value.split('\n')) {
    let width = 0;
    for (const char of line) width += WIDE_CHAR.test(char) ? 2 : 1;
    longest = Math.max(longest, width);
  }
  return longest;
}

function columnWidth(spec: SheetSpec, col: number, timeZone: string | undefined): number {
  const column = spec.columns[col]!;
  // Money shows a "¥" and thousands separators the plain figure lacks.
  const extra = column.kind === 'money' ? 4 : 0;
  let longest = textWidth(column.header);
  for (const row of spec.rows) {
    const shown = display(column.kind, row[col] ?? null, timeZone);
    longest = Math.max(longest, textWidth(shown) + (typeof row[col] === 'number' ? extra : 0));
  }
  const width = column.width ?? longest + 2;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width)));
}

function sheetOf(spec: SheetSpec, name: string, timeZone: string | undefined): Sheet<FileContent> {
  const header: Cell[] = spec.columns.map((c) => ({
    value: c.header,
    type: String,
    fontWeight: 'bold',
  }));
  const body = spec.rows.map((row) =>
    spec.columns.map((c, i) => cell(c.kind, row[i] ?? null, timeZone)),
  );
  return {
    data: [header, ...body],
    sheet: name,
    columns: spec.columns.map((_, i) => ({ width: columnWidth(spec, i, timeZone) })),
    stickyRowsCount: 1,
  };
}

/** An .xlsx with one sheet per spec; an empty list still gives a valid (empty) workbook. */
export function workbookBytes(sheets: SheetSpec[], opts: Opts = {}): Promise<Buffer> {
  const taken = new Set<string>();
  const specs = sheets.length > 0 ? sheets : [{ name: 'Sheet', columns: [], rows: [] }];
  const all = specs.map((s) => sheetOf(s, sheetName(s.name, taken), opts.timeZone));
  const protoKeyCells = all.map((sheet) => takeProtoKeyCells(sheet.data));
  return writeXlsxFile(all, { features: [inlineProtoKeyCells(protoKeyCells)] }).toBuffer();
}

// ---------------------------------------------------------------- CSV

// Without a BOM, Excel on a Chinese Windows reads UTF-8 as GBK and shows mojibake.
const UTF8_BOM = '\uFEFF';

// Spreadsheet apps evaluate a cell starting with one of these as a formula, so a
// client-entered value like "=HYPERLINK(...)" would run on the reader's machine
// (CSV injection). A leading apostrophe makes Excel and LibreOffice treat it as text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string, guard: boolean): string {
  const safe = guard && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(fields: string[]): string {
  return fields.join(',') + '\r\n';
}

function csvTable(spec: SheetSpec, timeZone: string | undefined): string[] {
  const head = csvLine(spec.columns.map((c) => csvField(c.header, true)));
  // Figures we format ourselves are never formulas; only text may carry one.
  const rows = spec.rows.map((row) =>
    csvLine(
      spec.columns.map((c, i) => {
        const value = row[i] ?? null;
        return csvField(display(c.kind, value, timeZone), typeof value === 'string');
      }),
    ),
  );
  return spec.columns.length > 0 ? [head, ...rows] : rows;
}

/** UTF-8 with BOM; one sheet is a plain table, several are sections (name, header, rows, blank line). */
export function csvBytes(sheets: SheetSpec[], opts: Opts = {}): Buffer {
  const parts =
    sheets.length === 1
      ? csvTable(sheets[0]!, opts.timeZone)
      : sheets.flatMap((s) => [
          csvLine([csvField(s.name, true)]),
          ...csvTable(s, opts.timeZone),
          '\r\n',
        ]);
  return Buffer.from(UTF8_BOM + parts.join(''), 'utf8');
}
