import { describe, expect, it } from 'vitest';
import { isValidPhone, phoneDigits } from './phone';

describe('PRC phone numbers', () => {
  it('accepts mobiles, with or without country code and separators', () => {
    for (const p of [
      '13800138000',
      '138 0013 8000',
      '138-0013-8000',
      '+86 13800138000',
      '0086-19912345678',
    ])
      expect(phoneDigits(p), p).toMatch(/^1[3-9]\d{9}$/);
  });

  it('accepts landlines with area code, optional extension', () => {
    expect(phoneDigits('010-62345678')).toBe('01062345678');
    expect(phoneDigits('(0571) 8765 4321')).toBe('057187654321');
    expect(phoneDigits('021-5432123')).toBe('0215432123');
    expect(phoneDigits('+86 10 62345678')).toBe('01062345678');
    expect(phoneDigits('010-62345678-123')).toBe('01062345678');
    expect(phoneDigits('010-62345678转8021')).toBe('01062345678');
    expect(phoneDigits('0755 2345 6789 ext 12')).toBe('075523456789');
    expect(phoneDigits('400-123-4567')).toBe('4001234567');
  });

  it('refuses what is not a number a Chinese desk can call', () => {
    for (const p of [
      '12',
      '12ab',
      '12345',
      '12800138000',
      '1380013800',
      '138001380001',
      '010-0234567',
      '12345678',
      '010-12345678',
      'abc',
      '010-62345678转',
      '13800138000-12',
      '',
    ])
      expect(isValidPhone(p), p).toBe(false);
  });
});
