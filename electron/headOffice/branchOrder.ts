/**
 * Branch names in the order a Chinese reader looks for them (pinyin: 朝阳 before 海淀 before
 * 望京), the same on every head-office screen. PostgreSQL's ORDER BY follows the cluster's
 * collation, often C (code points), so the order is set here, in one place.
 */
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

export const byBranchName = <T extends { name: string }>(a: T, b: T): number =>
  collator.compare(a.name, b.name);
