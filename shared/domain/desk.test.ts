import { describe, expect, it } from 'vitest';
import { normalizeTag, parseTagSet } from './desk';

describe('hand tag sets', () => {
  it('parses numbers, ranges and prefixed ranges', () => {
    expect(parseTagSet('1-3')).toEqual(['1', '2', '3']);
    expect(parseTagSet('1-2, A1-A2，9')).toEqual(['1', '2', 'A1', 'A2', '9']);
    expect(parseTagSet('a01-a02')).toEqual(['A1', 'A2']);
  });
  it('refuses nonsense and sets that are too large', () => {
    expect(parseTagSet('')).toBeNull();
    expect(parseTagSet('5-1')).toBeNull();
    expect(parseTagSet('1-99999')).toBeNull();
    expect(parseTagSet('x-y')).toBeNull();
  });
  it('normalises typed tags', () => {
    expect(normalizeTag(' 012 ')).toBe('12');
    expect(normalizeTag('a7')).toBe('A7');
  });
});
