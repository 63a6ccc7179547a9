/** What other features and the app may use of waivers; everything else is internal. */
export { activeText, waiverHandlers, waiverMissing } from './waivers';
