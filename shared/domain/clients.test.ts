import { describe, expect, it } from 'vitest';
import { canOpenFile, effectiveStatus, nextCreditReview } from './clients';
import { addMonths } from './time';
import { birthdayFromPrcId, isValidPrcId, withPrcCheckDigit } from './idNumber';
import { maskIdNumber, maskPhone } from './masking';

describe('PRC ID numbers', () => {
  it('accepts a valid number and its X check character', () => {
    expect(isValidPrcId('11010519491231002X')).toBe(true);
    expect(isValidPrcId(withPrcCheckDigit('44030419900307123'))).toBe(true);
    expect(birthdayFromPrcId('11010519491231002X')).toBe('1949-12-31');
  });
  it('refuses a wrong check digit, a bad date or a wrong length', () => {
    expect(isValidPrcId('110105194912310021')).toBe(false);
    expect(isValidPrcId(withPrcCheckDigit('11010519490231002'))).toBe(false);
    expect(isValidPrcId('1101051949123100')).toBe(false);
  });
});

describe('masking', () => {
  it('masks phones as 138****5678 and IDs keeping region and last four', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('010-6552')).toBe('***6552');
    expect(maskIdNumber('11010519491231002X', 'prcId')).toBe('110105********002X');
    expect(maskIdNumber('E12345678', 'passport')).toBe('E1*****78');
  });
});

describe('rules', () => {
  it('only supervisors and admins open 机密 and 绝密 files', () => {
    expect(canOpenFile('receptionist', 'secret')).toBe(true);
    expect(canOpenFile('dutyManager', 'confidential')).toBe(false);
    expect(canOpenFile('supervisor', 'topSecret')).toBe(true);
  });
  it('schedules reviews by calendar months and reads expiry', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(nextCreditReview('2026-01-31', 'C')).toBe('2026-02-28');
    expect(nextCreditReview('2026-01-15', 'A')).toBe('2026-07-15');
    expect(effectiveStatus('active', '2026-11-21', '2026-11-22')).toBe('expired');
    expect(effectiveStatus('frozen', '2026-11-21', '2026-11-22')).toBe('frozen');
  });
});
