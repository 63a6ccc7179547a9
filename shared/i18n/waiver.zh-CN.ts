import type { waiverEn } from './waiver.en';

/** 屏幕签署的免责协议及健康声明。 */
export const waiverZhCN: Record<keyof typeof waiverEn, string> = {
  'waiver.missing': '免责协议未签',
  'waiver.missingBody': '该会员尚未签署当前版本的免责协议及健康声明。',
  'waiver.signButton': '签署',
  'waiver.modalTitle': '免责协议及健康声明',
  'waiver.version': '第 {version} 版',
  'waiver.signerName': '签署人姓名',
  'waiver.signHere': '请在下方框内签名',
  'waiver.clear': '清除',
  'waiver.sign': '签署',
  'waiver.cancel': '取消',
  'waiver.padEmpty': '请先在框内签名。',
  'waiver.error.tooLarge': '签名图片过大，请清除后重新签名。',
  'waiver.error.type': '签名不是 PNG 图片，请清除后重新签名。',
  'waiver.error.blank': '签名为空，请在框内签名。',
  'waiver.signed': '免责协议已签署。',

  'waiver.text.title': '免责协议文本',
  'waiver.text.subtitle': '会员在前台签署的免责协议及健康声明。',
  'waiver.text.active': '当前文本',
  'waiver.text.builtIn': '内置默认文本',
  'waiver.text.configured': '本店设置',
  'waiver.text.titleField': '标题',
  'waiver.text.bodyField': '正文',
  'waiver.text.save': '保存为新版本',
  'waiver.text.resignNote': '保存后生成第 {next} 版。签过旧版本的会员下次到店时需要重新签署。',
  'waiver.text.saved': '第 {version} 版已生效。',
  'waiver.notes.title': '您有 {count} 条未读留言',
  'waiver.notes.body': '留言在前台接待页面的留言本中。',
  'waiver.notes.open': '前往前台接待',

  'audit.action.waivers.setText': '修改免责协议文本',
  'audit.action.waivers.sign': '签署免责协议',
  'audit.action.waivers.signature': '查看免责协议签名',
};
