import { X509Certificate, webcrypto } from 'node:crypto';
import './reflectMetadata';
import * as x509 from '@peculiar/x509';
import type { LanIdentity } from './authority';

/**
 * TLS identities for the LAN: the vault PC's server certificate and each station's client
 * certificate. Self-signed, since each side pins the other's fingerprint instead of trusting
 * a certificate authority.
 */

type Generate = typeof x509.X509CertificateGenerator.createSelfSigned;
type X509Crypto = NonNullable<Parameters<Generate>[1]>;
type KeyPair = Parameters<Generate>[0]['keys'];

const crypto = webcrypto;
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const VALID_YEARS = 20;

export async function createIdentity(commonName: string, now = new Date()): Promise<LanIdentity> {
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as KeyPair;
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALID_YEARS);
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerial(),
      name: [{ CN: [commonName] }],
      notBefore: now,
      notAfter,
      signingAlgorithm: SIGNING,
      keys,
      extensions: [new x509.BasicConstraintsExtension(false, undefined, true)],
    },
    crypto as unknown as X509Crypto,
  );
  const certPem = cert.toString('pem');
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey as webcrypto.CryptoKey);
  const keyPem = x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
  return { certPem, keyPem, fingerprint256: fingerprintOf(certPem) };
}

/** Node's form: SHA-256 of the DER, upper-case hex pairs joined by ':'. */
export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/** A positive 16-byte serial (the top bit clear keeps its DER integer positive). */
function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = bytes[0]! & 0x7f;
  return Buffer.from(bytes).toString('hex');
}
