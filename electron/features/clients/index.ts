/** What other features and the app may use of clients; everything else is internal. */
export { assertMayChange, requireClient } from './clientAccess';
export { importHandlers } from './clientImport';
export { resumeImportCleanup } from './importJob';
export { clientMediaHandlers } from './clientMedia';
export { clientsByIds, updateClient, visibleClient, type ClientRow } from './clientQueries';
export { searchClientIds, searchTerms } from './clientSearch';
export { summaryOf } from './clientViews';
export { clientHandlers } from './clients';
export { declassifyExpired } from './declassify';
