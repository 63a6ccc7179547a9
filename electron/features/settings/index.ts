/** What other features and the app may use of settings; everything else is internal. */
export { settingsHandlers } from './settings';
export {
  DEFAULT_SETTINGS,
  isHeadOffice,
  modulesInUse,
  readSettings,
  writeSettings,
} from './settingsQueries';
