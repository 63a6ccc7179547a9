import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readExcelFile, { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import {
  csvBytes,
  workbookBytes,
  type SheetColumn,
  type SheetSpec,
} from '../../electron/files/workbook';
import { xlsxParts } from '../helpers/xlsxParts';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const SHANGHAI = 'Asia/Shanghai';
// 2026-11-23 07:30 UTC is 15:30 in Shanghai.
const AT = Date.UTC(2026, 10, 23, 7, 30);

const col = (header: string, kind: SheetColumn['kind'], width?: number): SheetColumn => ({
  header,
  kind,
  width,
});
const text = (name: string, rows: (string | null)[][]): SheetSpec => ({
  name,
  columns: rows[0]?.map((_, i) => col(`列${i + 1}`, 'text')) ?? [],
  rows,
});

const daily: SheetSpec = {
  name: '日报',
  columns: [
    col('姓名', 'text'),
    col('到店', 'integer'),
    col('收款', 'money'),
    col('日期', 'date'),
    col('受理时间', 'dateTime'),
    col('转化率', 'percent'),
    col('平均等候(分)', 'number'),
  ],
  rows: [
    ['张三', 12, 123450, '2026-11-23', AT, 0.125, 4.5],
    ['李四', 0, -990, '2026-11-24', null, 1, null],
  ],
};
const weekly: SheetSpec = {
  name: '周报',
  columns: [col('周', 'text'), col('到店', 'integer')],
  rows: [['2026-W48', 80]],
};

/** For one sheet: cell reference → its number format code (via styles.xml), and the sheet XML. */
function sheetStyles(file: Buffer, sheet = 1) {
  const parts = xlsxParts(file);
  const styles = parts['xl/styles.xml']!;
  const xml = parts[`xl/worksheets/sheet${sheet}.xml`]!;
  const codes = new Map(
    [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [
      m[1],
      m[2]!.replace(/&quot;/g, '"'),
    ]),
  );
  const xfs = [
    ...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g),
  ];
  const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]!);
  const xfOf = (ref: string) => {
    const s = new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(xml)?.[1];
    return s === undefined ? '' : (xfs[Number(s)]?.[0] ?? '');
  };
  return {
    xml,
    format: (ref: string) => codes.get(/numFmtId="(\d+)"/.exec(xfOf(ref))?.[1] ?? '') ?? null,
    bold: (ref: string) =>
      fonts[Number(/fontId="(\d+)"/.exec(xfOf(ref))?.[1] ?? 0)]!.includes('<b/>'),
    widths: () => [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1])),
  };
}

describe('workbookBytes', () => {
  it('writes several sheets that read back with typed values', async () => {
    const file = await workbookBytes([daily, weekly], { timeZone: SHANGHAI });
    const sheets = await readExcelFile(file);
    expect(sheets.map((s) => s.sheet)).toEqual(['日报', '周报']);
    const [header, first, second] = sheets[0]!.data;
    expect(header).toEqual(daily.columns.map((c) => c.header));
    expect(first!.slice(0, 3)).toEqual(['张三', 12, 1234.5]);
    expect(first![3]).toEqual(new Date(Date.UTC(2026, 10, 23)));
    // Excel has no time zones: the cell holds the Shanghai wall clock (read back as UTC).
    const shown = first![4] as unknown as Date;
    expect(shown).toBeInstanceOf(Date);
    expect(Math.round(shown.getTime() / 60_000) * 60_000).toBe(Date.UTC(2026, 10, 23, 15, 30));
    expect(first!.slice(5)).toEqual([0.125, 4.5]);
    expect(second).toEqual(['李四', 0, -9.9, new Date(Date.UTC(2026, 10, 24)), null, 1, null]);
    expect(sheets[1]!.data).toEqual([
      ['周', '到店'],
      ['2026-W48', 80],
    ]);
  });

  it('gives money, percent, date and time their formats and leaves empty cells out', async () => {
    const s = sheetStyles(await workbookBytes([daily], { timeZone: SHANGHAI }));
    expect(s.format('C2')).toBe('"¥"#,##0.00');
    expect(s.format('F2')).toBe('0.0%');
    expect(s.format('D2')).toBe('yyyy-mm-dd');
    expect(s.format('E2')).toBe('yyyy-mm-dd hh:mm');
    expect(s.format('B2')).toBe('0');
    expect(s.format('A2')).toBe('@');
    expect(s.xml).not.toContain('r="E3"');
    expect(s.xml).not.toContain('r="G3"');
  });

  it('freezes a bold header row', async () => {
    const s = sheetStyles(await workbookBytes([daily]));
    expect(s.xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(daily.columns.every((_, i) => s.bold(`${'ABCDEFG'[i]}1`))).toBe(true);
    expect(s.bold('A2')).toBe(false);
  });

  it('writes text as strings, never formulas', async () => {
    const file = await workbookBytes([
      text('S', [
        [
          '=HYPERLINK("http://x","点我")',
          '+8613812345678',
          '@cmd',
          '  两端空格  ',
          'A & B <c> "d" \'e\'',
        ],
      ]),
    ]);
    const s = sheetStyles(file);
    expect(s.xml).not.toContain('<f>');
    expect(s.xml).toMatch(/<c r="A2" s="\d+" t="s">/);
    expect((await readSheet(file, { trim: false }))[1]).toEqual([
      '=HYPERLINK("http://x","点我")',
      '+8613812345678',
      '@cmd',
      '  两端空格  ',
      'A & B <c> "d" \'e\'',
    ]);
  });

  it('writes text that names an Object.prototype key (a library bug would corrupt the file)', async () => {
    const keys = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    const file = await workbookBytes([
      {
        name: 'S',
        columns: keys.map((k) => col(k, 'text')),
        rows: [keys, ['a', ...keys.slice(1)]],
      },
      text('T', [['constructor']]),
    ]);
    const sheets = await readExcelFile(file);
    expect(sheets[0]!.data).toEqual([keys, keys, ['a', ...keys.slice(1)]]);
    expect(sheets[1]!.data).toEqual([['列1'], ['constructor']]);
    expect(sheetStyles(file).format('A2')).toBe('@');
  });

  it('keeps line breaks, stores CR as LF and drops characters XML cannot hold', async () => {
    const file = await workbookBytes([
      text('S', [['第一行\n第二行', 'a\u0001b\uFFFFc\uD800d', 'x\r\ny']]),
    ]);
    expect((await readSheet(file, { trim: false }))[1]).toEqual(['第一行\n第二行', 'abcd', 'x\ny']);
  });

  it('writes a number or a bad date given to a typed column as text', async () => {
    const sheet: SheetSpec = {
      name: 'S',
      columns: [col('日期', 'date'), col('金额', 'money'), col('编号', 'text')],
      rows: [['2026-13-45', '—', 42]],
    };
    expect((await readSheet(await workbookBytes([sheet])))[1]).toEqual(['2026-13-45', '—', '42']);
  });

  it('sizes columns as given, else by content (CJK counts double), between 8 and 60', async () => {
    const sheet: SheetSpec = {
      name: 'S',
      columns: [
        col('abcdefghij', 'text'),
        col('阳光健身阳光健身阳光', 'text'),
        col('x', 'text'),
        col('y', 'text'),
        col('备注', 'text', 30),
        col('金额', 'money'),
      ],
      rows: [[null, null, 'z'.repeat(500), 'a', null, 123456789]],
    };
    const [ascii, cjk, long, short, given, money] = sheetStyles(
      await workbookBytes([sheet]),
    ).widths();
    expect(cjk! - ascii!).toBe(10);
    expect([long, short, given]).toEqual([60, 8, 30]);
    // "¥1,234,567.89" is 13 characters, the plain figure 10.
    expect(money).toBeGreaterThanOrEqual(15);
  });

  it('sanitises sheet names and keeps them unique', async () => {
    const names = (
      await readExcelFile(
        await workbookBytes(
          [
            '客户/名单[2024]:*?\\',
            'x'.repeat(40),
            '???',
            'A & <B>',
            '日报',
            '日报',
            'X'.repeat(40),
          ].map((name) => text(name, [['a']])),
        ),
      )
    ).map((s) => s.sheet);
    expect(names).toEqual([
      '客户名单2024',
      'x'.repeat(31),
      'Sheet',
      'A & <B>',
      '日报',
      '日报 (2)',
      `${'X'.repeat(27)} (2)`,
    ]);
  });

  it('reads back 1,000 data rows in order', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`C${i + 1}`, i + 1]);
    const data = await readSheet(
      await workbookBytes([
        { name: 'M', columns: [col('编号', 'text'), col('n', 'integer')], rows },
      ]),
    );
    expect(data).toHaveLength(1001);
    expect(data[1]).toEqual(['C1', 1]);
    expect(data[1000]).toEqual(['C1000', 1000]);
  });

  it('writes a valid workbook for a sheet with no rows and for no sheets', async () => {
    const empty = await readExcelFile(await workbookBytes([{ ...weekly, rows: [] }]));
    expect(empty[0]!.data).toEqual([['周', '到店']]);
    expect((await readExcelFile(await workbookBytes([]))).map((s) => s.sheet)).toEqual(['Sheet']);
  });

  it('passes `unzip -t` when the tool is installed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskbook-xlsx-'));
    try {
      const file = join(dir, '导出.xlsx');
      writeFileSync(file, await workbookBytes([daily, weekly]));
      const result = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return;
      expect(result.status, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('csvBytes', () => {
  const body = (csv: Buffer) => csv.subarray(3).toString('utf8');

  it('starts with a UTF-8 BOM and writes one sheet as a plain table', () => {
    const csv = csvBytes([text('S', [['张三', '阳光健身']])]);
    expect(csv.subarray(0, 3)).toEqual(BOM);
    expect(body(csv)).toBe('列1,列2\r\n张三,阳光健身\r\n');
  });

  it('quotes fields with comma, quote, CR or LF and doubles quotes', () => {
    const csv = csvBytes([text('S', [['阳光健身, 二店', '他说"好"', 'a\nb', 'c\rd', 'plain']])]);
    expect(body(csv).split('\r\n')[1]).toBe('"阳光健身, 二店","他说""好""","a\nb","c\rd",plain');
  });

  it('neutralises text a spreadsheet would run as a formula, but not our own figures', () => {
    const csv = csvBytes([
      {
        name: 'S',
        columns: [...Array.from({ length: 8 }, () => col('t', 'text')), col('n', 'integer')],
        rows: [['=SUM(A1:A2)', '+8613812345678', '-5', '@cmd', '\tx', '\rx', '张三=1', null, -5]],
      },
    ]);
    expect(body(csv).split('\r\n')[1]).toBe(
      "'=SUM(A1:A2),'+8613812345678,'-5,'@cmd,'\tx,\"'\rx\",张三=1,,-5",
    );
    expect(body(csvBytes([text('S', [['=HYPERLINK("http://x","点我")']])]))).toContain(
      '"\'=HYPERLINK(""http://x"",""点我"")"',
    );
  });

  it('writes typed values as plain figures, times in the site zone', () => {
    const lines = body(csvBytes([daily], { timeZone: SHANGHAI })).split('\r\n');
    expect(lines[0]).toBe('姓名,到店,收款,日期,受理时间,转化率,平均等候(分)');
    expect(lines[1]).toBe('张三,12,1234.50,2026-11-23,2026-11-23 15:30,12.5%,4.5');
    expect(lines[2]).toBe('李四,0,-9.90,2026-11-24,,100%,');
  });

  it('writes several sheets as sections: name, header, rows, a blank line', () => {
    expect(body(csvBytes([{ ...daily, rows: [] }, weekly]))).toBe(
      '日报\r\n姓名,到店,收款,日期,受理时间,转化率,平均等候(分)\r\n\r\n' +
        '周报\r\n周,到店\r\n2026-W48,80\r\n\r\n',
    );
  });

  it('produces only the BOM for no sheets', () => {
    expect(csvBytes([])).toEqual(BOM);
  });
});
