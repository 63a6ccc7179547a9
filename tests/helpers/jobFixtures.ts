import type { JobView } from '../../shared/contract';
import type { Core } from '../../electron/app/core';

/** A sheet of n valid rows, header first; row i has card JOB-<i> and a phone ending in i. */
export function importSheet(n: number): string[][] {
  const rows = [['姓名', '手机', '卡号', '会籍状态', '到期日期']];
  for (let i = 0; i < n; i += 1) {
    const num = String(i).padStart(6, '0');
    rows.push([
      `导入客户${num}`,
      `139${String(i).padStart(8, '0')}`,
      `JOB-${num}`,
      '正常',
      '2027-06-30',
    ]);
  }
  return rows;
}

/** Lets the job run until its view matches (or it ends), checking between its chunks. */
export async function untilJob(
  core: Core,
  id: string,
  match: (j: JobView) => boolean,
): Promise<JobView> {
  for (;;) {
    const j = core.jobs.get(id)!;
    if (match(j) || j.state !== 'running') return j;
    await new Promise((r) => setImmediate(r));
  }
}
