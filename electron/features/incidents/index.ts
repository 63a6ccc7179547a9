/** What other features and the app may use of incident reports; everything else is internal. */
import type { Handlers } from '../../ipc/handler';
import { incidentHandlers as caseHandlers } from './incidents';
import { incidentSigningHandlers } from './incidentSigning';
import { recordIncidentBundle, withBundles } from '../branch';

export { incidentAnomaliesOf, incidentFiguresOf, type IncidentAnomaly } from './incidentHandover';

type IncidentHandlers = Pick<Handlers, Extract<keyof Handlers, `incidents.${string}`>>;

/** Recording, changing and signing a report each add its bundle for head office. */
export const incidentHandlers: IncidentHandlers = withBundles(
  { ...caseHandlers, ...incidentSigningHandlers } as IncidentHandlers,
  ['incidents.record', 'incidents.update', 'incidents.sign'],
  recordIncidentBundle,
);
