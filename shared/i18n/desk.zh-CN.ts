import type { deskEn } from './desk.en';

/** 前台接待（主进程消息）：入场、手牌、水吧单的拒绝原因与审计记录名称。 */
export const deskZhCN: Record<keyof typeof deskEn, string> = {
  'errors.reason.desk.statusBlocked':
    '不能入场：会籍状态为{status}。值班经理可输入本人 PIN 并填写原因后放行。',
  'errors.reason.desk.overrideRefused': '需要值班经理、客服部经理或管理员的用户名和 PIN。',
  'errors.reason.desk.alreadyIn': '该会员已入场，不能重复入场。',
  'errors.reason.desk.alreadyOut': '该会员已离场。',
  'errors.reason.desk.tagOut': '该手牌已借出。',
  'errors.reason.desk.tagOutOfService': '该手牌已停用。',
  'errors.reason.desk.tagNotLost': '该手牌未登记遗失。',
  'errors.reason.desk.unknownTag': '本店没有这个手牌号。',
  'errors.reason.desk.noFreeTag': '手牌已全部借出。',
  'errors.reason.desk.unsettled': '该手牌的水吧单尚未结清。请先结账，或注明原因后挂账。',
  'errors.reason.desk.itemInactive': '该商品已不在价目表中。',
  'errors.reason.desk.chargeVoided': '该单据已作废。',
  'errors.reason.desk.chargeClosed': '该单据已结清。',

  'audit.action.desk.checkIn': '会员入场',
  'audit.action.desk.checkOut': '会员离场',
  'audit.action.desk.tagLost': '登记手牌遗失',
  'audit.action.desk.tagFound': '遗失手牌找回，恢复使用',
  'audit.action.desk.addCharge': '手牌记账（水吧单）',
  'audit.action.desk.settle': '水吧单结账',
  'audit.action.desk.voidCharge': '水吧单作废',
  'audit.action.desk.setPriceItem': '修改价目表',
  'audit.action.desk.recordCardSale': '登记卖出卡种及张数',
};
