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

  'audit.action.waivers.setText': '修改免责协议文本',
  'audit.action.waivers.sign': '签署免责协议',
  'audit.action.waivers.signature': '查看免责协议签名',
};
