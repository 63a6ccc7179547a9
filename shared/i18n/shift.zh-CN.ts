import type { shiftEn } from './shift.en';

export const shiftZhCN: Record<keyof typeof shiftEn, string> = {
  'nav.shift': '值班',
  'nav.group.start': '开始',
  'nav.group.frontDesk': '前台',
  'nav.group.clients': '客户',
  'nav.group.oversight': '督导',
  'nav.group.setup': '设置',
  'nav.shiftsetup': '班次设置',

  'audit.action.shifts.open': '开班',
  'audit.action.shifts.clockIn': '上班打卡',
  'audit.action.shifts.clockOut': '下班打卡',
  'audit.action.shifts.check': '勾选检查项',
  'audit.action.shifts.acknowledge': '开班确认已阅',
  'audit.action.shifts.start': '开始值班',
  'audit.action.shifts.abandon': '未交班关闭班次',
  'audit.action.shifts.setTemplate': '修改班次',
  'audit.action.shifts.setChecklistItem': '修改检查项',
  'audit.action.shifts.setRoster': '修改排班',
  'audit.action.shifts.defaults': '创建默认班次与检查项',
  'audit.action.shiftLog.add': '新增值班日志',
  'audit.action.shiftLog.edit': '修改值班日志',
  'audit.action.shiftLog.correct': '更正值班日志',
  'audit.action.shiftLog.completeFollowUp': '跟进事项完成',
};
