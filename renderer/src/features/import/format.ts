import type { ImportRowReport } from '../../../../shared/contract/clientViews';
import { fieldForHeader, SHEET_COLUMNS } from '../../../../shared/domain/clientSheet';
import { hasMessage } from '../../../../shared/i18n';
import type { T } from '../../app/i18n';
import { toCsv } from './csv';
import type { SheetProblem } from './sheet';

/** The template's header row: the Chinese column names, in the order export writes them. */
export const TEMPLATE_HEADERS: string[] = SHEET_COLUMNS.map((c) => c.zh);

export function templateCsv(): string {
  return toCsv([TEMPLATE_HEADERS]);
}

/** 卡号 / Card number for a field code; the code itself when unknown. */
export function fieldLabel(t: T, field: string): string {
  const key = `import.field.${field}`;
  return hasMessage(key) ? t(key) : field;
}

/** The field a header of the file was mapped to (as main maps it), translated. */
export function headerField(t: T, header: string): string | null {
  const field = fieldForHeader(header);
  return field ? fieldLabel(t, field) : null;
}

export function problemLabel(t: T, code: string): string {
  const key = `import.error.${code}`;
  return hasMessage(key) ? t(key) : code;
}

/** "卡号 重复 · 证件号码 校验位错误" */
export function rowProblems(t: T, report: Pick<ImportRowReport, 'errors'>): string {
  return Object.entries(report.errors)
    .map(([field, code]) => `${fieldLabel(t, field)} ${problemLabel(t, code)}`)
    .join(' · ');
}

/** "line 7 · 卡号 重复 · 证件号码 校验位错误" */
export function rowLine(t: T, report: Pick<ImportRowReport, 'line' | 'errors'>): string {
  return [t('import.line', { line: report.line }), rowProblems(t, report)]
    .filter(Boolean)
    .join(' · ');
}

export function sheetProblemText(t: T, p: SheetProblem): string {
  switch (p.code) {
    case 'unclosedQuote':
      return t('import.read.unclosedQuote', { line: p.line });
    case 'tooManyRows':
      return t('import.read.tooManyRows', { count: p.count, max: p.max });
    case 'tooManyColumns':
      return t('import.read.tooManyColumns', { line: p.line, count: p.count, max: p.max });
    case 'cellTooLong':
      return t('import.read.cellTooLong', { line: p.line, max: p.max });
    default:
      return t(`import.read.${p.code}`);
  }
}

/**
 * The rows still to correct, as the person's own columns plus a "problems" column, so they
 * can fix them and import that file. `line` is the sheet's row number (header = line 1).
 */
export function invalidRowsCsv(
  t: T,
  rows: readonly (readonly string[])[],
  invalid: readonly ImportRowReport[],
): string {
  const header = rows[0] ?? [];
  const width = Math.max(header.length, ...invalid.map((r) => rows[r.line - 1]?.length ?? 0));
  const pad = (cells: readonly string[]) => [
    ...cells,
    ...Array<string>(Math.max(0, width - cells.length)).fill(''),
  ];
  const out: string[][] = [[...pad(header), t('import.col.problems')]];
  for (const r of [...invalid].sort((a, b) => a.line - b.line)) {
    const original = rows[r.line - 1];
    const cells = original ? pad(original) : pad(fallbackCells(header, r));
    out.push([...cells, rowLine(t, r)]);
  }
  return toCsv(out);
}

/** When the original row is not at hand: name and card number in their columns. */
function fallbackCells(header: readonly string[], r: ImportRowReport): string[] {
  return header.map((h) => {
    const field = fieldForHeader(h);
    if (field === 'name') return r.name;
    if (field === 'cardNumber') return r.cardNumber ?? '';
    return '';
  });
}

/** Offers a text file for download from the renderer: a Blob and a temporary link. */
export function downloadText(
  fileName: string,
  text: string,
  mime = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
