/** What other features and the app may use of privacy (a person's data on request). */
export { erasePerson } from './erase';
export { personExportHandlers } from './exportJob';
export { findHandlers as personFindHandlers } from './find';
export { requestHandlers as personRequestHandlers } from './requests';
export { fileSubject } from './subject';
