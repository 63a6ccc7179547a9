import { describe, expect, it } from 'vitest';
import { prcIdProblem, withPrcCheckDigit } from './idNumber';

const TODAY = '2026-06-15';

describe('PRC ID number problems', () => {
  it('a good number, and the permits of Hong Kong, Macao and Taiwan residents', () => {
    expect(prcIdProblem('11010519491231002X', TODAY)).toBeNull();
    expect(prcIdProblem(withPrcCheckDigit('81000019900101123'), TODAY)).toBeNull();
  });

  it('refuses a birth date after today, even with a good check character', () => {
    expect(prcIdProblem(withPrcCheckDigit('11010520300101123'), TODAY)).toBe('birthDate');
    expect(prcIdProblem(withPrcCheckDigit('11010520260616123'), TODAY)).toBe('birthDate');
    expect(prcIdProblem(withPrcCheckDigit('11010520260615123'), TODAY)).toBeNull();
  });

  it('refuses region 000000 and a province without its county', () => {
    expect(prcIdProblem(withPrcCheckDigit('00000019900101123'), TODAY)).toBe('region');
    expect(prcIdProblem(withPrcCheckDigit('11000019900101123'), TODAY)).toBe('region');
    expect(prcIdProblem(withPrcCheckDigit('99010519900101123'), TODAY)).toBe('region');
  });

  it('names a 15-digit number as the old format, not a checksum', () => {
    expect(prcIdProblem('110105491231002', TODAY)).toBe('oldFormat');
    expect(prcIdProblem('1101051949123100', TODAY)).toBe('format');
    expect(prcIdProblem('110105194912310021', TODAY)).toBe('checksum');
  });
});
