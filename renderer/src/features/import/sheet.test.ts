import { describe, expect, it } from 'vitest';
import {
  cellText,
  normaliseRows,
  numberText,
  plainNumber,
  readSheetFile,
  SheetError,
} from './sheet';

const fileOf = (name: string, content: BlobPart) => new File([content], name);

async function problemOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof SheetError) return e.problem;
    throw e;
  }
  throw new Error('expected a SheetError');
}

describe('numbers and dates from Excel', () => {
  it('expands exponents digit by digit, never through a float', () => {
    expect(plainNumber('1.3800138E+10')).toBe('13800138000');
    expect(plainNumber('1.10105194912310017E17')).toBe('110105194912310017');
    expect(plainNumber('5e-3')).toBe('0.005');
    expect(plainNumber('-2.50E2')).toBe('-250');
    expect(plainNumber('13800138000')).toBe('13800138000');
  });

  it('rounds float noise to the 15 digits Excel shows', () => {
    expect(numberText('0.30000000000000004')).toBe('0.3');
    expect(numberText('12.5')).toBe('12.5');
  });

  it('turns cells into strings: raw numbers, dates as YYYY-MM-DD, text as written', () => {
    expect(cellText({ rawNumber: '1.3800138E+10' })).toBe('13800138000');
    expect(cellText(new Date(Date.UTC(1990, 2, 7)))).toBe('1990-03-07');
    expect(cellText('2E10')).toBe('2E10');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(42)).toBe('42');
  });
});

describe('normaliseRows', () => {
  it('trims, drops trailing empty cells and rows, keeps blank rows in the middle', () => {
    expect(
      normaliseRows([
        [' 姓名 ', '卡号', null],
        ['张三', { rawNumber: '1001' }],
        [],
        ['李四', 'A2', ''],
        [null, ''],
      ]),
    ).toEqual([['姓名', '卡号'], ['张三', '1001'], [], ['李四', 'A2']]);
  });

  it('refuses an empty sheet and over-long cells with where to look', () => {
    expect(() => normaliseRows([[null]])).toThrow(SheetError);
    try {
      normaliseRows([['姓名'], ['x'.repeat(2001)]]);
    } catch (e) {
      expect((e as SheetError).problem).toEqual({ code: 'cellTooLong', line: 2, max: 2000 });
    }
  });
});

describe('readSheetFile', () => {
  it('reads a UTF-8 CSV with a BOM', async () => {
    const file = fileOf('members.csv', '\ufeff姓名,卡号\r\n张三,A001\r\n');
    expect(await readSheetFile(file)).toEqual([
      ['姓名', '卡号'],
      ['张三', 'A001'],
    ]);
  });

  it('explains a GBK CSV, an unclosed quote and an unknown file type', async () => {
    const gbk = fileOf('gbk.csv', new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]));
    expect(await problemOf(readSheetFile(gbk))).toEqual({ code: 'notUtf8' });
    const quote = fileOf('q.csv', 'a\n"b\n');
    expect(await problemOf(readSheetFile(quote))).toEqual({ code: 'unclosedQuote', line: 2 });
    expect(await problemOf(readSheetFile(fileOf('old.xls', 'x')))).toEqual({
      code: 'unsupported',
    });
  });

  it('hands .xlsx files to the Excel reader and converts its cells', async () => {
    const reader = async () => [
      ['姓名', '生日', '手机'],
      ['张三', new Date(Date.UTC(1988, 11, 31)), { rawNumber: '1.3912345678E+10' }],
    ];
    expect(await readSheetFile(fileOf('list.xlsx', 'zip'), reader)).toEqual([
      ['姓名', '生日', '手机'],
      ['张三', '1988-12-31', '13912345678'],
    ]);
    const broken = async () => {
      throw new Error('INVALID_ZIP');
    };
    expect(await problemOf(readSheetFile(fileOf('bad.xlsx', 'x'), broken))).toEqual({
      code: 'badXlsx',
    });
  });

  it('stops waiting when the page refuses the unzip worker of a big .xlsx', async () => {
    const hangs = () => {
      // What the CSP does to the worker fflate starts for big sheets: the promise never settles.
      const event = Object.assign(new Event('securitypolicyviolation'), {
        effectiveDirective: 'worker-src',
        blockedURI: 'blob',
      });
      setTimeout(() => document.dispatchEvent(event), 0);
      return new Promise<unknown[][]>(() => {});
    };
    expect(await problemOf(readSheetFile(fileOf('big.xlsx', 'x'), hangs))).toEqual({
      code: 'blocked',
    });
  });
});
