import type { complaintsEn } from './complaints.en';

/** 投诉、投诉看板与服务设置 */
export const complaintsZhCN: Record<keyof typeof complaintsEn, string> = {
  'nav.complaints': '投诉',
  'nav.servicelevels': '服务时限',
  'complaints.title': '投诉',
  'complaints.subtitle': '前台受理的投诉、负责人和下一个时限。',
  'complaint.title': '投诉 {number}',
  'complaint.notFound': '未找到该投诉。',
  'servicelevels.title': '服务时限',
  'servicelevels.subtitle': '营业日历、各严重程度与类别的处理时限，以及升级顺序。',
};
