import { X509Certificate } from 'node:crypto';
import { connect, type TLSSocket } from 'node:tls';
import { WebSocket } from 'ws';

/** The station's end of a line to the vault PC: TLS first, so the pin is checked before any byte. */

export interface LineTarget {
  host: string;
  port: number;
  /** The station's own client identity. */
  certPem: string;
  keyPem: string;
}

/** Large answers (a report, a file's history) are well under this. */
const MAX_ANSWER_BYTES = 256 * 1024 * 1024;

/** A TLS connection whose handshake finished; nothing has been sent on it yet. */
export function connectTls(target: LineTarget, timeoutMs: number): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect({
      host: target.host,
      port: target.port,
      cert: target.certPem,
      key: target.keyPem,
      // The vault PC is self-signed: its certificate is checked against the pin instead.
      rejectUnauthorized: false,
      minVersion: 'TLSv1.3',
    });
    const timer = setTimeout(() => socket.destroy(new Error('timeout')), timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      socket.removeListener('error', failed);
      resolve(socket);
    });
    const failed = (err: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(err);
    };
    socket.once('error', failed);
  });
}

export function peerFingerprint(socket: TLSSocket): string {
  return socket.getPeerCertificate().fingerprint256 ?? '';
}

export function peerCertPem(socket: TLSSocket): string {
  return new X509Certificate(socket.getPeerCertificate().raw).toString();
}

/** A WebSocket over the already verified TLS socket (the URL's host is only the Host header). */
export function openWebSocket(socket: TLSSocket, path: string): WebSocket {
  return new WebSocket(`wss://deskbook-vault${path}`, {
    createConnection: () => socket,
    perMessageDeflate: false,
    maxPayload: MAX_ANSWER_BYTES,
    handshakeTimeout: 10_000,
  });
}
