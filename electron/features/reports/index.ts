/** What other features and the app may use of reports; everything else is internal. */
export { reportHandlers } from './reportHandlers';
export {
  REPORT_BUILD_TASK,
  REPORT_EXPORT_TASK,
  reportBuildTask,
  reportExportTask,
} from './reportTask';
/** One period's figures (head office's day bundles reuse them, issue 15). */
export { reportFigures } from './buildReport';
/** The report's sheets (head office's cross-branch file adds its own, issue 15). */
export { reportSheets } from './reportSheets';
