/** What other features and the app may use of waivers; everything else is internal. */
export { activeText, signatureBytes, waiverHandlers, waiverMissing } from './waivers';
