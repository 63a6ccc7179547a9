import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  bundleHash,
  canonicalJson,
  checkBundle,
  signBundle,
  type Bundle,
} from '../../electron/headOffice/bundle';

const keys = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

const bundle: Bundle = {
  siteId: '01a24300-0000-7000-8000-000000000001',
  seq: 1,
  kind: 'dayFigures',
  createdAt: 1_780_000_000_000,
  businessDate: '2026-12-01',
  body: { entries: 120, trials: { female: 3, male: 2 }, note: '周一' },
};

describe('branch bundles', () => {
  it('hash the same canonical bytes whatever the key order', () => {
    const shuffled = { body: { note: '周一', trials: { male: 2, female: 3 }, entries: 120 } };
    expect(bundleHash({ ...shuffled, ...bundle, body: shuffled.body } as Bundle)).toBe(
      bundleHash(bundle),
    );
    expect(canonicalJson({ b: 1, a: [2, 1] })).toBe('{"a":[2,1],"b":1}');
  });

  it('verify with the branch key; a changed figure or another key is caught', () => {
    const branch = keys();
    const signed = signBundle(bundle, branch.privatePem);
    expect(checkBundle(signed, branch.publicPem)).toBeNull();
    const tampered = { ...signed, bundle: { ...bundle, body: { ...bundle.body, entries: 121 } } };
    expect(checkBundle(tampered, branch.publicPem)).toBe('hash');
    const rehashed = { ...tampered, hash: bundleHash(tampered.bundle) };
    expect(checkBundle(rehashed, branch.publicPem)).toBe('signature');
    expect(checkBundle(signed, keys().publicPem)).toBe('signature');
  });
});
