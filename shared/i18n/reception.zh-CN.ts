import type { receptionEn } from './reception.en';

export const receptionZhCN: Record<keyof typeof receptionEn, string> = {
  'errors.reason.rotation.notConsultant': '只有会籍顾问才能签到轮值。',
  'errors.reason.rotation.alreadySignedIn': '该会籍顾问今天已签到。',
  'errors.reason.rotation.notSignedIn': '该会籍顾问今天尚未签到。',
  'errors.reason.rotation.noneFree': '目前没有空闲的会籍顾问。',
  'errors.reason.visitors.unknownConsultant': '请选择一位在职的会籍顾问。',
  'errors.reason.visitors.notWaiting': '该访客已不在等候中。',
  'errors.reason.visitors.notAssigned': '只有接待该访客的会籍顾问本人才能用自己的 PIN 签字确认。',
  'errors.reason.visitors.notYetDue': '会籍顾问仍在限定时间内，请稍候。',
  'errors.reason.visitors.consultantPresent': '会籍顾问在场，请等限定时间到后再安排下一位。',
  'errors.reason.visitors.alreadyLeft': '该访客已离开。',
  'errors.reason.messages.unknownRecipient': '请选择一位在职同事，或留给下一班。',
  'errors.reason.messages.notRecipient': '只有收件人才能标记此留言为已读。',
  'errors.reason.blockList.alreadyRemoved': '该条目已从禁入名单中移除。',

  'audit.action.rotation.signIn': '会籍顾问签到轮值',
  'audit.action.rotation.setStatus': '更改会籍顾问状态',
  'audit.action.visitors.register': '访客登记',
  'audit.action.visitors.confirm': '会籍顾问签字确认接待访客',
  'audit.action.visitors.passOn': '访客转交下一位会籍顾问',
  'audit.action.visitors.leave': '访客离开',
  'audit.action.calls.record': '来电登记',
  'audit.action.messages.send': '留言本：留言',
  'audit.action.messages.markRead': '留言本：标记已读',
  'audit.action.blockList.add': '加入禁入名单',
  'audit.action.blockList.remove': '移出禁入名单',
};
