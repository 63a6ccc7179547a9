/** What other features and the app may use of auth; everything else is internal. */
export { authHandlers } from './auth';
export { applyIdleLock, lockSession } from './authSession';
export { PRODUCTION_PIN_KDF, hashPin, verifyPin } from './pinHash';
export { SessionStore, type Session } from './sessions';
export { verifyOwnPin } from './ownPin';
