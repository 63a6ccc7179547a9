/** What other features and the app may use of oversight; everything else is internal. */
export { accessHandlers } from './accessLog';
export { destructionHandlers } from './destruction';
export { exportHandlers } from './exports';
/** The jobs worker's task that reads approved files and writes the export. */
export { exportSheetTask } from './exportTask';
export { recordAccess } from './fileAccess';
export { reviewHandlers } from './reviews';
