import { describe, expect, it } from 'vitest';
import { CsvError, decodeCsv, parseCsv, toCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  it('splits plain records on commas and CRLF or LF', () => {
    expect(parseCsv('姓名,卡号\r\n张三,A001\n李四,A002')).toEqual([
      ['姓名', '卡号'],
      ['张三', 'A001'],
      ['李四', 'A002'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = '姓名,地址,备注\r\n"王, 芳","北京市\r\n朝阳区","他说 ""你好"""\r\n';
    expect(parseCsv(text)).toEqual([
      ['姓名', '地址', '备注'],
      ['王, 芳', '北京市\r\n朝阳区', '他说 "你好"'],
    ]);
  });

  it('drops a UTF-8 BOM and a final line break, keeps empty cells and blank lines', () => {
    expect(parseCsv('\ufeffa,b,c\r\n1,,3\r\n\r\n4,5,\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      [''],
      ['4', '5', ''],
    ]);
  });

  it('accepts an empty quoted field, a lone CR and a quote inside an unquoted cell', () => {
    expect(parseCsv('"",x\r5"7,y')).toEqual([
      ['', 'x'],
      ['5"7', 'y'],
    ]);
  });

  it('says where an unclosed quote starts', () => {
    try {
      parseCsv('a,b\n1,2\n"open,3\n4,5');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as CsvError).code).toBe('unclosedQuote');
      expect((e as CsvError).line).toBe(3);
    }
  });

  it('returns no rows for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\ufeff')).toEqual([]);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with or without a BOM', () => {
    const bytes = new TextEncoder().encode('姓名,卡号');
    expect(decodeCsv(bytes)).toBe('姓名,卡号');
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('姓名,卡号');
  });

  it('refuses GBK bytes instead of showing mojibake', () => {
    // "姓名" in GBK
    expect(() => decodeCsv(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]))).toThrow(CsvError);
  });
});

describe('toCsv', () => {
  it('quotes only where needed and round-trips through parseCsv', () => {
    const rows = [
      ['姓名', '备注'],
      ['王, 芳', 'say "hi"'],
      ['李四', 'line1\nline2'],
      [' lead', 'plain'],
    ];
    const text = toCsv(rows);
    expect(text.startsWith('\ufeff姓名,备注\r\n"王, 芳","say ""hi"""\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });
});
