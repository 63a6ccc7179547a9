/**
 * Served to the page as /__harness/bridge.js: the same `window.deskbook` the preload
 * exposes in Electron, carried over fetch and server-sent events instead of IPC.
 * The event stream doubles as the connection signal: open = up, error or a failed fetch =
 * down (a station harness also sends its line to the vault PC); a stream the browser gave up on (a restarted harness) is opened again every second.
 */
export const BRIDGE_JS = `(() => {
  const params = new URLSearchParams(location.search);
  if (params.get('token')) sessionStorage.setItem('deskbook-harness-token', params.get('token'));
  const token = sessionStorage.getItem('deskbook-harness-token') || '';
  let client = sessionStorage.getItem('deskbook-harness-client');
  if (!client) {
    client = crypto.randomUUID();
    sessionStorage.setItem('deskbook-harness-client', client);
  }
  const listeners = new Map();
  const connection = new Set();
  let up = true;
  let source = null;
  function report(now) {
    if (now === up) return;
    up = now;
    connection.forEach((l) => l(now));
  }
  function ensureEvents() {
    if (source) return;
    source = new EventSource('/__harness/events?token=' + encodeURIComponent(token) + '&client=' + encodeURIComponent(client));
    source.onopen = () => report(true);
    source.onerror = () => {
      report(false);
      if (source.readyState !== EventSource.CLOSED) return;
      source = null;
      setTimeout(ensureEvents, 1000);
    };
    source.onmessage = (m) => {
      const message = JSON.parse(m.data);
      // A station's harness reports its line to the vault PC on the same stream.
      if (typeof message.connection === 'boolean') return report(message.connection);
      (listeners.get(message.event) || new Set()).forEach((l) => l(message.payload));
    };
  }
  const bridge = Object.freeze({
    invoke(channel, input) {
      return fetch('/__harness/rpc', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-harness-token': token, 'x-harness-client': client },
        body: JSON.stringify({ channel, input }),
      }).then((r) => {
        if (!r.ok) throw new Error('harness refused the call: ' + r.status);
        return r.json();
      }, (err) => {
        report(false);
        throw err;
      });
    },
    on(event, listener) {
      ensureEvents();
      const set = listeners.get(event) || new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    onConnection(listener) {
      ensureEvents();
      connection.add(listener);
      return () => connection.delete(listener);
    },
  });
  Object.defineProperty(window, 'deskbook', { value: bridge, writable: false, configurable: false });
})();
`;
