/** What other features and the app may use of follow-up calls (回访); the rest is internal. */
export { followUpHandlers } from './followUpHandlers';
export { generateDueCalls } from './generate';
export { myCallsToday } from './home';
