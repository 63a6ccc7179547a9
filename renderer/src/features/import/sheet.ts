/**
 * Reads a chosen .csv or .xlsx file into the `string[][]` that clients.importPreview takes:
 * the header row first, every cell a string. Dates from Excel become YYYY-MM-DD, numbers
 * plain digits (no exponent), so an ID or phone number survives the trip.
 */
import { CsvError, decodeCsv, parseCsv } from './csv';

/** The limits of the contract (shared/contract/channels/clients.ts importRows). */
export const MAX_DATA_ROWS = 50_000;
export const MAX_COLUMNS = 60;
export const MAX_CELL = 2000;
/** Reading an .xlsx should take seconds; past this we say so instead of waiting forever. */
export const XLSX_TIMEOUT_MS = 30_000;

export type SheetProblem =
  | { code: 'unsupported' }
  | { code: 'empty' }
  | { code: 'notUtf8' }
  | { code: 'unclosedQuote'; line: number }
  | { code: 'tooManyRows'; count: number; max: number }
  | { code: 'tooManyColumns'; line: number; count: number; max: number }
  | { code: 'cellTooLong'; line: number; max: number }
  | { code: 'badXlsx' }
  | { code: 'timeout' }
  | { code: 'blocked' };

export class SheetError extends Error {
  constructor(readonly problem: SheetProblem) {
    super(problem.code);
  }
}

export function sheetKind(fileName: string): 'csv' | 'xlsx' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A decimal string without exponent: "1.3800138E+10" → "13800138000", "5e-3" → "0.005".
 * Works on the digits, never through a float, so 18-digit numbers stay exact.
 */
export function plainNumber(value: string): string {
  const s = value.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?[eE]([+-]?\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, int = '', frac = '', exp] = m;
  const digits = int + frac;
  if (!/\d/.test(digits)) return s;
  const point = int.length + Number(exp);
  let whole: string;
  let decimals: string;
  if (point <= 0) {
    whole = '0';
    decimals = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    whole = digits + '0'.repeat(point - digits.length);
    decimals = '';
  } else {
    whole = digits.slice(0, point);
    decimals = digits.slice(point);
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  decimals = decimals.replace(/0+$/, '');
  const out = decimals ? `${whole}.${decimals}` : whole;
  return sign === '-' && /[1-9]/.test(out) ? `-${out}` : out;
}

/**
 * A number cell as Excel shows it: exponents expanded; float noise such as
 * "0.30000000000000004" rounded to 15 significant digits (Excel's own precision).
 */
export function numberText(raw: string): string {
  const plain = plainNumber(raw);
  const m = /^-?\d+\.(\d+)$/.exec(plain);
  if (m && plain.replace(/[-.]/g, '').replace(/^0+/, '').length > 15) {
    const rounded = Number(Number(plain).toPrecision(15));
    if (Number.isFinite(rounded) && Math.abs(rounded) >= 1e-6 && Math.abs(rounded) < 1e21) {
      return String(rounded);
    }
  }
  return plain;
}

/** A number cell as stored in the .xlsx, before any float conversion. */
export interface RawNumber {
  rawNumber: string;
}

function isRawNumber(cell: unknown): cell is RawNumber {
  return typeof cell === 'object' && cell !== null && 'rawNumber' in cell;
}

/** One cell of read-excel-file. Text stays as written, even when it looks like "2E10". */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    // read-excel-file gives Excel days as UTC midnight; the day is the UTC date.
    return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  }
  if (isRawNumber(cell)) return numberText(cell.rawNumber);
  if (typeof cell === 'number') return Number.isFinite(cell) ? numberText(String(cell)) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/**
 * Trims cells, drops empty cells at the end of each row and blank rows at the end of the
 * sheet (blank rows in the middle stay, so line numbers match the file), and checks the
 * contract's limits with a message a person can act on.
 */
export function normaliseRows(raw: readonly (readonly unknown[])[]): string[][] {
  const rows = raw.map((r) => {
    const cells = r.map((c) => cellText(c).trim());
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  if (rows.length === 0 || rows[0]!.length === 0) throw new SheetError({ code: 'empty' });
  if (rows.length - 1 > MAX_DATA_ROWS)
    throw new SheetError({ code: 'tooManyRows', count: rows.length - 1, max: MAX_DATA_ROWS });
  rows.forEach((r, i) => {
    if (r.length > MAX_COLUMNS)
      throw new SheetError({
        code: 'tooManyColumns',
        line: i + 1,
        count: r.length,
        max: MAX_COLUMNS,
      });
    if (r.some((c) => c.length > MAX_CELL))
      throw new SheetError({ code: 'cellTooLong', line: i + 1, max: MAX_CELL });
  });
  return rows;
}

async function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}

export type XlsxReader = (file: Blob) => Promise<unknown[][]>;

/** read-excel-file, loaded on first use; numbers kept as their stored digits. */
const readXlsx: XlsxReader = async (file) => {
  const { readSheet } = await import('read-excel-file/browser');
  const parseNumber = (rawNumber: string): RawNumber => ({ rawNumber });
  return (await readSheet<RawNumber>(file, { parseNumber })) as unknown[][];
};

/**
 * Waits for the reader, but not forever: a time limit, and a Content-Security-Policy refusal
 * of the helper worker the unzip library starts for big sheets (its promise would then never
 * settle) ends the wait at once.
 */
function guarded<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const onViolation = (e: SecurityPolicyViolationEvent) => {
      if (e.effectiveDirective.startsWith('worker-src') || e.blockedURI.startsWith('blob')) {
        finish();
        reject(new SheetError({ code: 'blocked' }));
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(new SheetError({ code: 'timeout' }));
    }, ms);
    const finish = () => {
      clearTimeout(timer);
      document.removeEventListener('securitypolicyviolation', onViolation);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    promise.then(
      (v) => (finish(), resolve(v)),
      (e: unknown) => (finish(), reject(e)),
    );
  });
}

/** The whole path: file → checked string rows, or a SheetError saying what to fix. */
export async function readSheetFile(file: File, xlsx: XlsxReader = readXlsx): Promise<string[][]> {
  const kind = sheetKind(file.name);
  if (!kind) throw new SheetError({ code: 'unsupported' });
  if (kind === 'csv') {
    try {
      return normaliseRows(parseCsv(decodeCsv(await bytesOf(file))));
    } catch (e) {
      if (e instanceof CsvError)
        throw new SheetError(
          e.code === 'notUtf8' ? { code: 'notUtf8' } : { code: 'unclosedQuote', line: e.line },
        );
      throw e;
    }
  }
  let raw: unknown[][];
  try {
    raw = await guarded(xlsx(file), XLSX_TIMEOUT_MS);
  } catch (e) {
    if (e instanceof SheetError) throw e;
    throw new SheetError({ code: 'badXlsx' });
  }
  return normaliseRows(raw);
}
