/** What other features and the app may use of oversight; everything else is internal. */
export { accessHandlers } from './accessLog';
export { destructionHandlers } from './destruction';
export { exportHandlers } from './exports';
export { recordAccess } from './fileAccess';
export { reviewHandlers } from './reviews';
