/** What other features and the app may use of vault; everything else is internal. */
export { vaultHandlers } from './vault';
