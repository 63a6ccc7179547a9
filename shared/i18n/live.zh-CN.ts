import type { liveEn } from './live.en';

/** 主进程推送的变更：连接状态条、给相关人员的通知及其提示音。 */
export const liveZhCN: Record<keyof typeof liveEn, string> = {
  'errors.reason.transport.offline': '与应用的连接已中断，未保存任何内容。请在连接恢复后重试。',

  'live.offline.title': '与应用的连接已中断',
  'live.offline.body': '最后更新于 {time}。连接恢复前无法保存；已填写的内容会保留在此。',
  'live.offline.never': '尚未收到任何更新。',
  'live.back': '连接已恢复。',

  'live.notice.visitor.title': '有访客找您',
  'live.notice.visitorPassed.title': '有访客转给您',
  'live.notice.visitor.body': '{name} 正在前台等候。',
  'live.notice.message.title': '您有新留言',
  'live.notice.call.title': '您有来电留言',
  'live.notice.message.body': '来自{name}，请在留言本中查看。',
  'live.notice.complaintEscalated.title': '有投诉升级到您',
  'live.notice.complaintEscalatedOwner.title': '您负责的投诉已升级',
  'live.notice.complaintEscalated.auto':
    '投诉 {number} 已到第 {level} 级：时限已到或将到。请在“我的投诉”中打开。',
  'live.notice.complaintEscalated.manual': '投诉 {number} 已被手动升级到第 {level} 级。',
  'live.notice.complaintOffered.title': '同事请您接手投诉',
  'live.notice.complaintOffered.body': '{name} 请您接手投诉 {number}，请接受或拒绝。',
  'live.notice.complaintAccepted.title': '您的投诉已被接手',
  'live.notice.complaintDeclined.title': '您的投诉移交被拒绝',
  'live.notice.complaintTransferAnswered.body': '投诉 {number}，由 {name} 答复。',
  'live.notice.someone': '同事',
  'live.notice.handover.title': '交接班待您接收',
  'live.notice.handover.body': '{date} 的交接班等待接班人核对并签字。',

  'live.sound.title': '本机',
  'live.sound.label': '通知时播放提示音',
  'live.sound.hint': '有访客、留言或交接班需要本机当前登录人员处理时，播放一声短提示音。',
  'live.menu.noticeOn': '通知提示音：开',
  'live.menu.noticeOff': '通知提示音：关',
  'live.menu.scanOn': '刷卡提示音：开',
  'live.menu.scanOff': '刷卡提示音：关',
  'live.scanSound.label': '刷卡时播放提示音',
  'live.scanSound.hint': '允许入场时响一声短而高的“嘀”，拒绝入场或查无此卡时响两声低音。',
};
