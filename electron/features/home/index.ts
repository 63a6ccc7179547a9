/** What other features and the app may use of home; everything else is internal. */
export { homeHandlers } from './home';
