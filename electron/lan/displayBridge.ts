/**
 * Served by the vault PC's LanServer as /display/bridge.js to a browser hall display (a TV):
 * the same `window.deskbook` the preload exposes in Electron, carried over one WebSocket to
 * wss://<the same host>/display. It plays the part StationLink plays on a station PC:
 * station.status, .join and .forget are answered here, since they describe the line itself.
 *
 * - Not paired (no token in localStorage): station.status answers unset with `joinOnly`
 *   (a browser cannot hold a vault), vault.status answers absent, so the first run shows its
 *   join form; station.join pairs over /display-pair and keeps the token it answers.
 * - Paired: every other call goes over /display; the token is the first message, never in a
 *   URL. Unanswered calls are sent again with the same id after a reconnect (the server
 *   answers a repeated id once); 30 s without an answer → station.unconfirmed.
 * - Revoked (the server says so, or refuses the token): every call answers station.revoked and
 *   station.status says revoked, so the renderer shows its revoked screen; forget clears it.
 * - A line that has said nothing for 20 s is asked (a cheap station.status call); no answer in
 *   10 s more and it is dropped and opened again, backoff 0.5 s doubling to 5 s.
 */
export const DISPLAY_BRIDGE_JS = `(() => {
  'use strict';
  const KEY = 'deskbook-display';
  // This page's run, as a station main's: its window is <boot>.1, and its hello ends the
  // sessions of an earlier page (a reload) of the same display.
  const BOOT = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  const WINDOW = BOOT + '.1';
  const MIN_RETRY = 500, MAX_RETRY = 5000, CONFIRM_MS = 30000, QUIET_MS = 20000, ANSWER_MS = 10000;
  const listeners = new Map();
  const connection = new Set();
  const pending = new Map();
  let saved = load();
  let up = true;
  let ws = null;
  let ready = false;
  let retryMs = MIN_RETRY;
  let retryTimer = null;
  let lastHeard = Date.now();
  let firstAttempt = null;
  let settleFirst = () => {};

  function load() {
    try {
      const v = JSON.parse(localStorage.getItem(KEY) || 'null');
      return v && typeof v.token === 'string' ? v : null;
    } catch (e) {
      return null;
    }
  }
  function store(v) {
    saved = v;
    if (v) localStorage.setItem(KEY, JSON.stringify(v));
    else localStorage.removeItem(KEY);
  }
  function report(now) {
    if (now === up) return;
    up = now;
    connection.forEach((l) => l(now));
  }
  const ok = (data) => ({ ok: true, data });
  const fail = (code, message, reason, fields) => ({
    ok: false,
    error: Object.assign({ code, message }, reason ? { reason } : {}, fields ? { fields } : {}),
  });
  const REVOKED = () => fail('UNAUTHENTICATED', 'This display is no longer paired.', 'station.revoked');
  const OFFLINE = () => fail('INTERNAL', 'The line to the vault PC is down; nothing was sent.', 'transport.offline');

  function status() {
    if (!saved) return { role: 'unset', name: null, vaultAddress: location.host, fingerprint: null, revoked: false, joinOnly: true };
    return { role: 'display', name: saved.name, vaultAddress: saved.vaultAddress, fingerprint: saved.fingerprint, revoked: !!saved.revoked };
  }

  function connect() {
    if (!saved || saved.revoked || ws) return;
    if (!firstAttempt) firstAttempt = new Promise((done) => (settleFirst = done));
    const socket = new WebSocket('wss://' + location.host + '/display');
    ws = socket;
    socket.onopen = () => socket.send(JSON.stringify({ t: 'hello', token: saved.token }));
    socket.onmessage = (m) => {
      if (ws !== socket) return;
      lastHeard = Date.now();
      let message;
      try {
        message = JSON.parse(m.data);
      } catch (e) {
        return;
      }
      if (message.t === 'welcome') return welcome();
      if (message.t === 'result') return answered(message.id, message.result);
      if (message.t === 'event' && message.window === WINDOW)
        return (listeners.get(message.event) || new Set()).forEach((l) => l(message.payload));
      if (message.t === 'revoked' || message.t === 'refused') return revoked();
    };
    socket.onclose = (e) => {
      if (ws !== socket) return;
      dropped();
      if (e.code === 4403 || e.code === 4401) return revoked();
      // 4409: another page took this display's pairing; two pages would take it in turns.
      if (e.code === 4409) return;
      retryTimer = setTimeout(() => { retryTimer = null; connect(); }, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY);
    };
  }
  function welcome() {
    ready = true;
    ws.send(JSON.stringify({ t: 'hello', boot: BOOT }));
    retryMs = MIN_RETRY;
    for (const p of pending.values()) ws.send(p.frame);
    report(true);
    settleFirst();
  }
  function dropped() {
    ws = null;
    ready = false;
    report(false);
    settleFirst();
  }
  /** A line that stopped answering: hang it up now (a browser waits long for a close) and retry. */
  function hangUp() {
    const socket = ws;
    if (!socket) return;
    dropped();
    try { socket.close(); } catch (e) {}
    retryTimer = setTimeout(() => { retryTimer = null; connect(); }, retryMs);
  }
  function answered(id, result) {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    clearTimeout(p.timer);
    p.resolve(result);
  }
  function revoked() {
    if (saved && !saved.revoked) store(Object.assign({}, saved, { revoked: true }));
    const socket = ws;
    ws = null;
    ready = false;
    if (socket) try { socket.close(); } catch (e) {}
    clearTimeout(retryTimer);
    for (const id of Array.from(pending.keys())) answered(id, REVOKED());
    settleFirst();
    // Down then up: the renderer reads its screen again, is refused, and reads station.status.
    report(false);
    setTimeout(() => report(true), 300);
  }
  function stop() {
    const socket = ws;
    ws = null;
    ready = false;
    clearTimeout(retryTimer);
    if (socket) try { socket.close(1000); } catch (e) {}
    for (const id of Array.from(pending.keys())) answered(id, OFFLINE());
  }

  setInterval(() => {
    if (!ready) return;
    const now = Date.now();
    for (const p of pending.values()) if (now - p.sentAt > ANSWER_MS + QUIET_MS) return hangUp();
    if (now - lastHeard > QUIET_MS && !Array.from(pending.values()).some((p) => p.probe))
      void send('station.status', undefined, true);
    const probe = Array.from(pending.values()).find((p) => p.probe);
    if (probe && now - probe.sentAt > ANSWER_MS) hangUp();
  }, 2000);

  async function send(channel, input, probe) {
    if (!ready && firstAttempt) await firstAttempt;
    if (saved && saved.revoked) return REVOKED();
    if (!ready) return OFFLINE();
    return new Promise((resolve) => {
      const id = crypto.randomUUID();
      const frame = JSON.stringify({ t: 'call', id, window: WINDOW, channel, input });
      const timer = setTimeout(() => answered(id, fail('INTERNAL', 'No answer from the vault PC.', 'station.unconfirmed')), CONFIRM_MS);
      pending.set(id, { frame, resolve, timer, sentAt: Date.now(), probe: !!probe });
      ws.send(frame);
    });
  }

  function pair(input) {
    if (saved && !saved.revoked) return Promise.resolve(fail('CONFLICT', 'Already paired.', 'station.paired'));
    const code = String((input && input.code) || '').replace(/[\\s-]/g, '');
    if (!/^\\d{8}$/.test(code)) return Promise.resolve(fail('VALIDATION', 'Invalid input', undefined, { code: 'eight digits' }));
    return new Promise((resolve) => {
      let done = false;
      const finish = (r) => { if (!done) { done = true; resolve(r); } };
      const socket = new WebSocket('wss://' + location.host + '/display-pair');
      socket.onopen = () => socket.send(JSON.stringify({ t: 'pairDisplay', code }));
      socket.onmessage = (m) => {
        let message = null;
        try { message = JSON.parse(m.data); } catch (e) {}
        if (message && message.t === 'paired') {
          const j = message.joined;
          store({ token: message.token, name: j.name, vaultAddress: j.vaultAddress, fingerprint: j.fingerprint, revoked: false });
          firstAttempt = null;
          connect();
          finish(ok(j));
        } else {
          finish(fail('CONFLICT', 'The vault PC refused the code.', (message && message.reason) || 'pairing.failed'));
        }
        socket.close(1000);
      };
      socket.onclose = () => finish(fail('CONFLICT', 'The vault PC did not answer.', 'pairing.unreachable'));
    });
  }

  function forget() {
    stop();
    store(null);
    firstAttempt = null;
    report(true);
    return Promise.resolve(ok(status()));
  }

  addEventListener('pagehide', () => {
    if (ready) ws.send(JSON.stringify({ t: 'end', window: WINDOW }));
  });

  const bridge = Object.freeze({
    invoke(channel, input) {
      if (channel === 'station.status') return Promise.resolve(ok(status()));
      if (channel === 'station.join') return pair(input);
      if (channel === 'station.forget') return forget();
      if (!saved) {
        if (channel === 'vault.status') return Promise.resolve(ok({ state: 'absent' }));
        return Promise.resolve(fail('FORBIDDEN', 'A hall display can only show the hall board.', 'station.display'));
      }
      return send(channel, input, false);
    },
    on(event, listener) {
      const set = listeners.get(event) || new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    onConnection(listener) {
      connection.add(listener);
      return () => connection.delete(listener);
    },
  });
  Object.defineProperty(window, 'deskbook', { value: bridge, writable: false, configurable: false });
  connect();
})();
`;
