import { useEffect, useState } from 'react';

export const ROUTES = [
  'home',
  'desk',
  'queue',
  'onsite',
  'prices',
  'blocklist',
  'waivertext',
  'fairness',
  'clients',
  'client',
  'reviews',
  'access',
  'approvals',
  'persondata',
  'import',
  'staff',
  'audit',
  'settings',
  'backups',
  'retention',
  'shift',
  'callbacks',
  'followups',
  'complaints',
  'complaint',
  'incidents',
  'incident',
  'servicelevels',
  'shiftsetup',
  'handover',
  'handovers',
  'reports',
  'stations',
  'headoffice',
  'hqboard',
  'hqreport',
  'hqbranches',
  'hqsettings',
  'hall',
  'print',
] as const;
export type Route = (typeof ROUTES)[number];

export interface Location {
  route: Route;
  /** The part after the route, e.g. the client id in #/client/<id>. */
  param: string | null;
}

export function parseHash(hash: string): Location {
  const [name, param] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  const route = (ROUTES as readonly string[]).includes(name ?? '') ? (name as Route) : 'home';
  return { route, param: param ? decodeURIComponent(param) : null };
}

export function go(route: Route, param?: string): void {
  window.location.hash = param ? `#/${route}/${encodeURIComponent(param)}` : `#/${route}`;
}

/** Hash routes: the file:// page in Electron and the harness page both keep working. */
export function useLocation(): Location {
  const [location, setLocation] = useState<Location>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setLocation(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return location;
}
