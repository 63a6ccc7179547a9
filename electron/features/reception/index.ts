/** What other features and the app may use of reception; everything else is internal. */
export { blockListHandlers } from './blockList';
export { matchBlockList } from './blockListMatch';
export { callHandlers } from './calls';
export { callBackHandlers, openCallBacks } from './callBacks';
export { messageHandlers } from './messages';
export { rotationHandlers } from './rotation';
export { rotationReportHandlers } from './rotationFairness';
export { visitorHandlers } from './visitors';
export { visitorBadgeHandlers } from './visitorBadge';
export { markOverdueVisitors } from './visitorTimer';
export { consultantDay } from './receptionHome';
