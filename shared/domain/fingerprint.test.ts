import { describe, expect, it } from 'vitest';
import { displayFingerprint } from './fingerprint';

const FP =
  '3f:2a:9B:01:C4:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7:08:19:2A:3B:4C:5D:6E:7F:80:91:A2:B3:C4:D5:E6:F7';

describe('displayFingerprint', () => {
  it('shows the first 32 hex digits in 8 upper-case groups of 4', () => {
    expect(displayFingerprint(FP)).toBe('3F2A-9B01-C45D-6E7F-8091-A2B3-C4D5-E6F7');
  });

  it('differs when the certificate differs within the shown digits', () => {
    expect(displayFingerprint(FP.replace('3f', '3e'))).not.toBe(displayFingerprint(FP));
  });
});
