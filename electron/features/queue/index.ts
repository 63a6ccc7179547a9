/** What other features and the app may use of queue; everything else is internal. */
export { queueHandlers } from './queue';
export { hallBoardOfDay } from './hallBoard';
