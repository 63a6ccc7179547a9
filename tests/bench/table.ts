import { percentile } from './measure';

/** Columns a terminal draws two cells wide (CJK, full-width forms). */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function padTo(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * A plain-text table: the first `left` columns left-aligned, the others right-aligned, a rule
 * under the header. Rows that are `null` become a rule.
 */
export function formatTable(header: string[], rows: (string[] | null)[], left = 1): string {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => (r ? displayWidth(r[i] ?? '') : 0))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => padTo(c, widths[i]!, i >= left))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((r) => (r ? line(r) : rule))].join('\n');
}

export const ms = (value: number) => value.toFixed(3);

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * One row of a "calls while long work runs" table: n, p50, p95, and, where the p95 is held
 * to a target, whether it met it. Shared by the jobs and backup benches.
 */
export function p95Row(label: string, xs: number[], targetMs: number | null): string[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  return [
    label,
    String(xs.length),
    ms(percentile(sorted, 50)),
    ms(p95),
    targetMs === null ? '' : p95 < targetMs ? 'ok' : 'MISS',
  ];
}
