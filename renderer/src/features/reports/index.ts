/** What other features (head office's cross-branch report) use of the reports. */
export { ReportBody } from './ReportBody';
export { Summary } from './Summary';
export { ReportChart } from './ReportChart';
export { PeriodPicker, type PeriodControls } from './PeriodBar';
export {
  changeKind,
  lastDay,
  periodInput,
  stepPeriod,
  thisPeriod,
  type PeriodChoice,
} from './period';
export { count, money } from './format';
export { DataTable, NUM } from './parts';
export type { ExportFormat } from './store';
