import { describe, expect, it } from 'vitest';
import {
  assignVisitor,
  endPosition,
  handoverDeadline,
  isOverdue,
  nextInRotation,
  passAllowed,
  rotationOrder,
  type RotationSlot,
} from './rotation';

const slots: RotationSlot[] = [
  { staffId: 'c', position: 3, status: 'available' },
  { staffId: 'a', position: 1, status: 'out' },
  { staffId: 'b', position: 2, status: 'withVisitor' },
  { staffId: 'd', position: 4, status: 'available' },
];

describe('rotation', () => {
  it('orders by sign-in position', () => {
    expect(rotationOrder(slots).map((s) => s.staffId)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('skips consultants who are out, with a visitor, or already called', () => {
    expect(nextInRotation(slots)?.staffId).toBe('c');
    const called = slots.map((s) => (s.staffId === 'c' ? { ...s, hasWaiting: true } : s));
    expect(nextInRotation(called)?.staffId).toBe('d');
    expect(nextInRotation(slots, { exclude: ['c', 'd'] })).toBeNull();
  });

  it('avoids those who already missed, unless no one else is free', () => {
    expect(nextInRotation(slots, { avoid: ['c'] })?.staffId).toBe('d');
    expect(nextInRotation(slots, { avoid: ['c', 'd'] })?.staffId).toBe('c');
  });

  it('sends a consultant who received a visitor to the end', () => {
    expect(endPosition(slots)).toBe(5);
    expect(endPosition([])).toBe(1);
  });

  it('assigns by scenario: A rotation, B named if available else rotation, C named', () => {
    expect(assignVisitor('A', null, slots)).toEqual({ staffId: 'c', via: 'rotation' });
    expect(assignVisitor('B', 'd', slots)).toEqual({ staffId: 'd', via: 'named' });
    expect(assignVisitor('B', 'a', slots)).toEqual({ staffId: 'c', via: 'rotation' });
    expect(assignVisitor('B', 'zz', slots)).toEqual({ staffId: 'c', via: 'rotation' });
    expect(assignVisitor('C', 'a', slots)).toEqual({ staffId: 'a', via: 'named' });
    expect(assignVisitor('A', null, [])).toEqual({ staffId: null, via: 'none' });
  });

  it('times the hand-over and decides when a visitor may be passed on', () => {
    const deadline = handoverDeadline(1000, 2);
    expect(deadline).toBe(121_000);
    expect(isOverdue(deadline, 120_999)).toBe(false);
    expect(isOverdue(deadline, 121_000)).toBe(true);
    expect(isOverdue(null, 1e12)).toBe(false);
    const v = { consultantId: 'c', deadlineAt: deadline };
    expect(passAllowed(v, 'available', 60_000, 'timeout')).toBe(false);
    expect(passAllowed(v, 'available', 60_000, 'manual')).toBe(false);
    expect(passAllowed(v, 'available', 121_000, 'timeout')).toBe(true);
    expect(passAllowed(v, 'out', 60_000, 'out')).toBe(true);
    expect(passAllowed(v, null, 60_000, 'manual')).toBe(true);
    expect(passAllowed(v, 'available', 200_000, 'out')).toBe(false);
    expect(passAllowed({ consultantId: null, deadlineAt: null }, null, 0, 'manual')).toBe(true);
  });
});
