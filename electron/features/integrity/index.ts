/** What other features and the app may use of integrity; everything else is internal. */
export { checkAtOpen, integrityHandlers } from './integrity';
export { INTEGRITY_TASK, startIntegrityJob } from './integrityJob';
/** The jobs worker's task: integrity_check and the whole audit walk. */
export { integrityTask } from './integrityTask';
