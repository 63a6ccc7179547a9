/** What other features and the app may use of incident reports; everything else is internal. */
import type { Handlers } from '../../ipc/handler';
import { incidentHandlers as caseHandlers } from './incidents';
import { incidentSigningHandlers } from './incidentSigning';

export { incidentAnomaliesOf, incidentFiguresOf, type IncidentAnomaly } from './incidentHandover';

export const incidentHandlers: Pick<Handlers, Extract<keyof Handlers, `incidents.${string}`>> = {
  ...caseHandlers,
  ...incidentSigningHandlers,
};
