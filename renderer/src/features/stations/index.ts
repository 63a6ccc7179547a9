/** What other features use of the stations feature. */
export { Fingerprint } from './Fingerprint';
