/** Head-office mode (issue 15): what the app may use of it; everything else is internal. */
export { hqHandlers } from './hqHandlers';
export { hqVerifyTick } from './hqTick';
export { endHqPool } from './hqPool';
