import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_CHAIN as chain, levelAt, levelDueAt } from './escalation';

const H = 3_600_000;
const open = { firstResponseDue: 24 * H, resolutionDue: 72 * H, respondedAt: null };

describe('escalation chain', () => {
  it('reaches each level at its offset from the deadline it watches, in order', () => {
    expect(levelDueAt(chain, 1, open)).toBe(23 * H);
    expect(levelDueAt(chain, 2, open)).toBe(24 * H);
    expect(levelDueAt(chain, 3, open)).toBe(72 * H);
    expect(levelAt(chain, 0, open, 22 * H)).toBe(0);
    expect(levelAt(chain, 0, open, 23 * H)).toBe(1);
    expect(levelAt(chain, 0, open, 30 * H)).toBe(2);
    expect(levelAt(chain, 0, open, 80 * H)).toBe(3);
  });

  it('a first response stops the levels watching it, not the resolution', () => {
    const answered = { ...open, respondedAt: 2 * H };
    expect(levelAt(chain, 0, answered, 30 * H)).toBe(0);
    expect(levelAt(chain, 0, answered, 72 * H)).toBe(3);
  });

  it('never lowers a level raised by hand', () => {
    expect(levelAt(chain, 2, open, H)).toBe(2);
    expect(levelAt(chain, 3, open, 100 * H)).toBe(3);
  });

  it('a deadline not set (the clock paused) escalates nothing', () => {
    const paused = { firstResponseDue: null, resolutionDue: null, respondedAt: null };
    expect(levelAt(chain, 0, paused, 1000 * H)).toBe(0);
  });
});
