/** What the app may use of retention (保留期限); everything else is internal. */
export { retentionHandlers } from './retention';
