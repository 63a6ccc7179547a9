import type { integrityEn } from './integrity.en';

/** 完整性：启动时的检查和随后的完整检查。 */
export const integrityZhCN: Record<keyof typeof integrityEn, string> = {
  'jobs.kind.integrity.check': '检查数据库完整性',
  'audit.action.integrity.run': '请求完整性检查',
  'audit.action.integrity.check.end': '完整性检查结束',
  'errors.reason.integrity.running': '已有一项完整性检查正在进行。',
  'integrity.title': '完整性',
  'integrity.ok': '最近一次完整检查（{at}）：所有数据页和整个审计日志均完好。',
  'integrity.storageDamaged':
    '最近一次完整检查（{at}）：数据库文件已损坏（{count} 处问题）。请勿再做无法重做的更改，并恢复最近一份完好的备份。',
  'integrity.auditBroken':
    '最近一次完整检查（{at}）：审计日志在第 {seq} 条被改动。请保持本机现状，并告知本店管理员。',
  'integrity.unfinished': '最近一次完整检查（{at}）未完成，请重新检查。',
  'integrity.never': '尚无完成的完整检查。',
  'integrity.running': '完整检查进行中……',
  'integrity.atOpenBroken': '本次启动时，审计日志最新的记录未通过校验（第 {seq} 条）。',
  'integrity.run': '立即检查',
};
