/** What other features and the app may use of desk; everything else is internal. */
export { deskChargeHandlers } from './deskCharges';
export { deskCheckInHandlers } from './deskCheckIn';
export { deskCountHandlers } from './deskCounts';
export { deskTagHandlers } from './deskTags';
