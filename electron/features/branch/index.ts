/** What other features and the app may use of the branch side of head office (issue 15). */
export { branchHandlers } from './branch';
export {
  recordComplaintBundle,
  recordComplaintBundleAt,
  recordHandoverBundle,
  recordIncidentBundle,
  withBundles,
} from './hooks';
export { addDailyBundles } from './daily';
export type { ComplaintBundleSource } from './bundles';
/** For the push job and the offline file (the next wave of issue 15). */
export { markPushed, pendingBundles } from './outbox';
/** Head office's connection, the push job and the offline file. */
export { headOfficeHandlers, headOfficePushTick } from './headOfficeHandlers';
/** Head-office mode shares the rule for a server that may go without TLS. */
export { isLoopback } from './headOfficeConfig';
export { isUnreachable } from './pushJob';
