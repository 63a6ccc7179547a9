import { useEffect, useState } from 'react';

export type Route = 'home' | 'staff' | 'audit' | 'settings';
const ROUTES: Route[] = ['home', 'staff', 'audit', 'settings'];

function parse(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] as Route;
  return ROUTES.includes(name) ? name : 'home';
}

/** Hash routes: the file:// page in Electron and the harness page both keep working. */
export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (r) => (window.location.hash = `#/${r}`)];
}
