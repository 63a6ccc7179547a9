/** What other features and the app may use of shifts; everything else is internal. */
export { shiftAttendanceHandlers } from './shiftAttendance';
export { shiftDayOf } from './shiftDay';
export { shiftLogHandlers } from './shiftLog';
export { insertLogEntry, lockEntriesOfShift, type LogEntryRow } from './shiftLogQueries';
export { shiftOpeningHandlers } from './shiftOpening';
export {
  clockOutEveryone,
  currentShiftRow,
  getShift,
  getShiftStaff,
  listTemplates,
  previousShift,
  shiftStaffRows,
  updateShift,
  type ShiftRow,
  type TemplateRow,
} from './shiftQueries';
export { shiftSetupHandlers } from './shiftSetup';
