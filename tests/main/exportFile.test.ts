import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import readExcelFile, { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildCsv, buildXlsx } from '../../electron/features/oversight/exportFile';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface UnzippedEntry {
  name: string;
  flags: number;
  method: number;
  text: string;
}

/** Reads the archive the way an unzip tool does: end record → central directory → local data. */
function unzip(zip: Buffer): UnzippedEntry[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + zip.readUInt32LE(at + 20));
    const raw = inflateRawSync(data);
    expect(crc32(raw)).toBe(zip.readUInt32LE(at + 16));
    expect(raw.length).toBe(zip.readUInt32LE(at + 24));
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      text: raw.toString('utf8'),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function sheetXmlOf(zip: Buffer): string {
  const sheet = unzip(zip).find((e) => e.name === 'xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('sheet1.xml missing');
  return sheet.text;
}

function colWidths(xml: string): number[] {
  return [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
}

describe('buildCsv', () => {
  it('starts with a UTF-8 BOM and keeps Chinese text intact', () => {
    const csv = buildCsv([
      ['姓名', '门店'],
      ['张三', '阳光健身'],
    ]);
    expect(csv.subarray(0, 3)).toEqual(BOM);
    expect(csv.subarray(3).toString('utf8')).toBe('姓名,门店\r\n张三,阳光健身\r\n');
  });

  it('quotes fields with comma, quote, CR or LF and doubles quotes', () => {
    const csv = buildCsv([['阳光健身, 二店', '他说"好"', 'a\nb', 'c\rd', 'plain']]);
    expect(csv.subarray(3).toString('utf8')).toBe(
      '"阳光健身, 二店","他说""好""","a\nb","c\rd",plain\r\n',
    );
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const csv = buildCsv([
      ['=SUM(A1:A2)', '+8613812345678', '-5', '@cmd', '\tx', '\rx', '张三=1', ''],
    ]);
    expect(csv.subarray(3).toString('utf8')).toBe(
      "'=SUM(A1:A2),'+8613812345678,'-5,'@cmd,'\tx,\"'\rx\",张三=1,\r\n",
    );
  });

  it('quotes a neutralised formula that also contains a comma or quote', () => {
    const csv = buildCsv([['=HYPERLINK("http://x","点我")']]);
    expect(csv.subarray(3).toString('utf8')).toBe('"\'=HYPERLINK(""http://x"",""点我"")"\r\n');
  });

  it('produces only the BOM for no rows', () => {
    expect(buildCsv([])).toEqual(BOM);
  });
});

describe('buildXlsx', () => {
  const header = ['姓名', '门店', '电话', '备注'];
  const rows = [
    header,
    ['张三', '阳光健身', '+8613812345678', 'A & B <c> "d" \'e\''],
    ['李四', '', '=1+1', '  两端空格  '],
  ];

  it('reads back header, Chinese text, escaped characters, formulas and empty cells', async () => {
    const data = await readSheet(buildXlsx(rows, '客户'), { trim: false });
    expect(data).toEqual([
      header,
      ['张三', '阳光健身', '+8613812345678', 'A & B <c> "d" \'e\''],
      ['李四', null, '=1+1', '  两端空格  '],
    ]);
  });

  it('leaves empty cells truly empty rather than writing empty strings', () => {
    const sheet = sheetXmlOf(buildXlsx(rows, '客户'));
    expect(sheet).not.toContain('r="B3"');
    expect(sheet).not.toMatch(/<t[^>]*><\/t>/);
  });

  it('keeps multi-line values and drops characters XML 1.0 cannot hold', async () => {
    const zip = buildXlsx([['备注'], ['第一行\n第二行', 'a\u0001b\uFFFFc\uD800d', 'x\r\ny']], 'S');
    const data = await readSheet(zip, { trim: false });
    expect(data[1]).toEqual(['第一行\n第二行', 'abcd', 'x\r\ny']);
    // A conforming XML parser turns a literal CR into LF; only &#13; survives.
    expect(sheetXmlOf(zip)).toContain('x&#13;\ny');
  });

  it('reads back 1,000 data rows in order', async () => {
    const many = [['编号', '姓名']];
    for (let i = 1; i <= 1000; i++) many.push([`C${i}`, `会员${i}`]);
    const data = await readSheet(buildXlsx(many, 'Members'));
    expect(data).toHaveLength(1001);
    expect(data[1]).toEqual(['C1', '会员1']);
    expect(data[1000]).toEqual(['C1000', '会员1000']);
  });

  it('writes a zip with the expected parts, deflated, with UTF-8 names', () => {
    const entries = unzip(buildXlsx(rows, '客户'));
    expect(entries.map((e) => e.name).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    for (const e of entries) {
      expect(e.method).toBe(8);
      expect(e.flags & 0x0800).toBe(0x0800);
    }
  });

  it('makes the header row bold and frozen', () => {
    const zip = buildXlsx(rows, '客户');
    const styles = unzip(zip).find((e) => e.name === 'xl/styles.xml')?.text ?? '';
    const cellXfs = /<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? '';
    const boldXf = [...cellXfs.matchAll(/<xf [^>]*>/g)][1]?.[0] ?? '';
    const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
    const boldFontId = Number(/fontId="(\d+)"/.exec(boldXf)?.[1]);
    expect(fonts[boldFontId]).toContain('<b/>');

    const sheet = sheetXmlOf(zip);
    expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const firstRow = /<row r="1">(.*?)<\/row>/.exec(sheet)?.[1] ?? '';
    const secondRow = /<row r="2">(.*?)<\/row>/.exec(sheet)?.[1] ?? '';
    expect(firstRow.match(/ s="1"/g)).toHaveLength(header.length);
    expect(secondRow).not.toContain(' s="1"');
    expect(sheet).toContain('t="inlineStr"');
  });

  it('sizes columns by the longest value, counting CJK double and capping at 60', () => {
    const sheet = sheetXmlOf(
      buildXlsx(
        [
          ['abcdefghij', '阳光健身阳光健身阳光', 'x'],
          ['', '', 'y'.repeat(500)],
        ],
        'S',
      ),
    );
    const [ascii, cjk, long] = colWidths(sheet);
    expect(cjk! - ascii!).toBe(10);
    expect(long).toBe(60);
  });

  it('sanitises the sheet name', async () => {
    const name = async (raw: string) => (await readExcelFile(buildXlsx([['a']], raw)))[0]?.sheet;
    expect(await name('客户/名单[2024]:*?\\')).toBe('客户名单2024');
    expect(await name('x'.repeat(40))).toBe('x'.repeat(31));
    expect(await name('???')).toBe('Sheet1');
    expect(await name('A & <B>')).toBe('A & <B>');
  });

  it('passes `unzip -t` when the tool is installed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskbook-xlsx-'));
    try {
      const file = join(dir, '导出.xlsx');
      writeFileSync(file, buildXlsx(rows, '客户'));
      const result = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return;
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an empty workbook for no rows', async () => {
    const zip = buildXlsx([], 'Empty');
    expect(zip.includes(Buffer.from('xl/worksheets/sheet1.xml'))).toBe(true);
    expect(sheetXmlOf(zip)).not.toContain('<cols>');
    expect(await readSheet(zip)).toEqual([]);
  });
});
