import type { headOfficeEn } from './headOffice.en';

/** 总部（第 15 项）分店端：连接、推送与离线文件。 */
export const headOfficeZhCN: Record<keyof typeof headOfficeEn, string> = {
  'jobs.kind.headOffice.push': '推送到总部',
  'jobs.kind.headOffice.export': '总部离线文件',
  'jobs.phase.retrying': '总部未响应，稍后重试（已发送 {done} / {total}）',
  'audit.action.branch.identity': '查看总部登记码',
  'audit.action.headOffice.update': '修改总部设置',
  'audit.action.headOffice.push': '开始推送到总部',
  'audit.action.headOffice.exportFile': '导出总部离线文件',
  'errors.reason.headOffice.conflict':
    '总部已存有同一编号的另一份数据包。已停止发送，请联系总部核对。',
  'errors.reason.headOffice.notConfigured': '尚未设置总部连接。',
  'errors.reason.headOffice.login': '总部拒绝了分店角色或其密码。',
  'errors.reason.headOffice.permission': '总部不允许此角色存入数据包。',
  'errors.reason.headOffice.tls': '总部证书与所设 CA 证书不符。',
  'errors.reason.headOffice.refused': '总部拒绝了本次推送。',
  'errors.reason.headOffice.running': '已有推送或总部文件正在进行。',
  'errors.reason.headOffice.noPublicKey': '尚未设置总部公钥。',
  'errors.reason.headOffice.nothingPending': '没有待发送给总部的数据包。',
  'errors.reason.headOffice.unreachable': '总部未响应。',
};
