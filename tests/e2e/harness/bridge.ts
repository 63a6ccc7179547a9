/**
 * Served to the page as /__harness/bridge.js: the same `window.deskbook` the preload
 * exposes in Electron, carried over fetch and server-sent events instead of IPC.
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
  let source = null;
  function ensureEvents() {
    if (source) return;
    source = new EventSource('/__harness/events?token=' + encodeURIComponent(token) + '&client=' + encodeURIComponent(client));
    source.onmessage = (m) => {
      const { event, payload } = JSON.parse(m.data);
      (listeners.get(event) || new Set()).forEach((l) => l(payload));
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
      });
    },
    on(event, listener) {
      ensureEvents();
      const set = listeners.get(event) || new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  });
  Object.defineProperty(window, 'deskbook', { value: bridge, writable: false, configurable: false });
})();
`;
