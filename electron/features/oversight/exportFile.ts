import { crc32, deflateRawSync } from 'node:zlib';

// ---------------------------------------------------------------- CSV

// Without a BOM, Excel on a Chinese Windows reads UTF-8 as GBK and shows mojibake.
const UTF8_BOM = '\uFEFF';

// Spreadsheet apps evaluate a cell starting with one of these as a formula, so a
// client-entered value like "=HYPERLINK(...)" would run on the reader's machine
// (CSV injection). A leading apostrophe makes Excel and LibreOffice treat it as text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function buildCsv(rows: string[][]): Buffer {
  const lines = rows.map((row) => row.map(csvField).join(',') + '\r\n');
  return Buffer.from(UTF8_BOM + lines.join(''), 'utf8');
}

function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// ---------------------------------------------------------------- XLSX

const MAX_COLUMN_WIDTH = 60;
const MIN_COLUMN_WIDTH = 8;
const HEADER_STYLE = 1;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_BASE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function buildXlsx(rows: string[][], sheetName: string): Buffer {
  return buildZip([
    ['[Content_Types].xml', contentTypesXml()],
    ['_rels/.rels', rootRelsXml()],
    ['xl/workbook.xml', workbookXml(sanitizeSheetName(sheetName))],
    ['xl/_rels/workbook.xml.rels', workbookRelsXml()],
    ['xl/styles.xml', stylesXml()],
    ['xl/worksheets/sheet1.xml', sheetXml(rows)],
  ]);
}

function sanitizeSheetName(name: string): string {
  // Excel refuses these characters, names over 31 characters and edge apostrophes.
  const cleaned = name.replace(/[[\]:*?/\\\p{Cc}]/gu, '');
  let short = '';
  // Excel counts UTF-16 units; stopping at whole code points never splits a surrogate pair.
  for (const char of cleaned) {
    if (short.length + char.length > 31) break;
    short += char;
  }
  return short.replace(/^[\s']+|[\s']+$/g, '') || 'Sheet1';
}

function contentTypesXml(): string {
  const ct = 'http://schemas.openxmlformats.org/package/2006/content-types';
  return (
    `${XML_HEAD}<Types xmlns="${ct}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT_BASE}.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT_BASE}.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT_BASE}.styles+xml"/>` +
    '</Types>'
  );
}

function rootRelsXml(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>'
  );
}

function workbookXml(sheetName: string): string {
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>` +
    `<sheet name="${xmlEscape(sheetName)}" sheetId="1" r:id="rId1"/>` +
    '</sheets></workbook>'
  );
}

function workbookRelsXml(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
    `<Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    '</Relationships>'
  );
}

function stylesXml(): string {
  const font = '<sz val="11"/><name val="Calibri"/>';
  return (
    `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
    `<fonts count="2"><font>${font}</font><font><b/>${font}</font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
    '<fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

function sheetXml(rows: string[][]): string {
  // reduce, not Math.max(...spread): a spread of 100k+ rows overflows the stack.
  const columnCount = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const dimension =
    columnCount > 0 ? `<dimension ref="A1:${columnName(columnCount - 1)}${rows.length}"/>` : '';
  const pane = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>';
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}">${dimension}` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `${colsXml(rows, columnCount)}<sheetData>${rows.map(rowXml).join('')}</sheetData>` +
    '</worksheet>'
  );
}

function colsXml(rows: string[][], columnCount: number): string {
  // <cols> must not be empty, so an empty sheet gets none.
  if (columnCount === 0) return '';
  const cols = Array.from({ length: columnCount }, (_, i) => {
    const width = columnWidth(rows.map((row) => row[i] ?? ''));
    return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
  });
  return `<cols>${cols.join('')}</cols>`;
}

function columnWidth(values: string[]): number {
  const longest = values.reduce((max, value) => Math.max(max, displayWidth(value)), 0);
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest + 2));
}

// Full-width (CJK, Hangul, full-width forms) glyphs take two character cells.
const WIDE_CHAR =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

function displayWidth(value: string): number {
  const lineWidths = value.split('\n').map((line) => {
    let width = 0;
    for (const char of line) width += WIDE_CHAR.test(char) ? 2 : 1;
    return width;
  });
  return Math.max(...lineWidths);
}

function rowXml(row: string[], rowIndex: number): string {
  const rowNumber = rowIndex + 1;
  const style = rowIndex === 0 ? ` s="${HEADER_STYLE}"` : '';
  const cells = row.map((value, col) => {
    const ref = `${columnName(col)}${rowNumber}`;
    // An empty inline string would read back as "" instead of an empty cell.
    if (value === '') return style ? `<c r="${ref}"${style}/>` : '';
    const text = `<is><t xml:space="preserve">${xmlEscape(value)}</t></is>`;
    return `<c r="${ref}"${style} t="inlineStr">${text}</c>`;
  });
  return `<row r="${rowNumber}">${cells.join('')}</row>`;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

// XML 1.0 forbids most control characters, U+FFFE/U+FFFF and lone surrogates.
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // A literal CR would be normalised to LF by the XML parser reading the file.
  '\r': '&#13;',
};

function xmlEscape(value: string): string {
  return value.replace(XML_INVALID, '').replace(/[&<>"\r]/g, (c) => XML_ENTITIES[c] ?? c);
}

// ---------------------------------------------------------------- ZIP

const ZIP_VERSION = 20;
const ZIP_UTF8_NAMES = 0x0800;
const ZIP_DEFLATE = 8;

interface ZipEntry {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
  offset: number;
}

function buildZip(files: [string, string][]): Buffer {
  const { time, date } = dosDateTime(new Date());
  const entries: ZipEntry[] = [];
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const raw = Buffer.from(content, 'utf8');
    const entry = {
      name: Buffer.from(name, 'utf8'),
      crc: crc32(raw),
      size: raw.length,
      data: deflateRawSync(raw),
      offset,
    };
    const local = localHeader(entry, time, date);
    parts.push(local, entry.name, entry.data);
    offset += local.length + entry.name.length + entry.data.length;
    entries.push(entry);
  }
  const central = entries.flatMap((e) => [centralHeader(e, time, date), e.name]);
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  return Buffer.concat([...parts, ...central, endRecord(entries.length, centralSize, offset)]);
}

function localHeader(e: ZipEntry, time: number, date: number): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(ZIP_VERSION, 4);
  b.writeUInt16LE(ZIP_UTF8_NAMES, 6);
  b.writeUInt16LE(ZIP_DEFLATE, 8);
  b.writeUInt16LE(time, 10);
  b.writeUInt16LE(date, 12);
  b.writeUInt32LE(e.crc, 14);
  b.writeUInt32LE(e.data.length, 18);
  b.writeUInt32LE(e.size, 22);
  b.writeUInt16LE(e.name.length, 26);
  return b;
}

function centralHeader(e: ZipEntry, time: number, date: number): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(ZIP_VERSION, 4);
  b.writeUInt16LE(ZIP_VERSION, 6);
  b.writeUInt16LE(ZIP_UTF8_NAMES, 8);
  b.writeUInt16LE(ZIP_DEFLATE, 10);
  b.writeUInt16LE(time, 12);
  b.writeUInt16LE(date, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(e.data.length, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE(e.offset, 42);
  return b;
}

function endRecord(count: number, centralSize: number, centralOffset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(centralSize, 12);
  b.writeUInt32LE(centralOffset, 16);
  return b;
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
