/** What other features and the app may use of the branch side of head office (issue 15). */
export { branchHandlers } from './branch';
export {
  recordComplaintBundle,
  recordHandoverBundle,
  recordIncidentBundle,
  withBundles,
} from './hooks';
export { addDailyBundles } from './daily';
/** Head office reads the code the branch admin copied. */
export { decodeEnrolmentCode, type Enrolment } from './identity';
