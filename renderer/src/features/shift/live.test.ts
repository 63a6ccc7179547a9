import { afterEach, expect, it } from 'vitest';
import { liveBridge } from '../../test/liveBridge';
import { current, entry, logOf, openShift, T0 } from './fixtures';
import { shiftLogLive, useShiftLogStore } from './logStore';
import { shiftLive, useShiftStore } from './shiftStore';

let off: () => void = () => {};
afterEach(() => off());

it('the shift follows what happens to it at other windows, without asking main', () => {
  const bridge = liveBridge();
  off = shiftLive.follow();
  const shift = openShift();
  bridge.emit('view:shifts.current', current({ now: Date.now() + 3000, shift }));
  const s = useShiftStore.getState();
  expect(s.current?.shift).toEqual(shift);
  expect(s.last).toEqual(shift);
  expect(s.offsetMs).toBeGreaterThan(2000);
  // Handed over elsewhere: the shift seen last stays on screen.
  bridge.emit('view:shifts.current', current({ shift: null }));
  expect(useShiftStore.getState().last).toEqual(shift);
  expect(bridge.invoke).not.toHaveBeenCalled();
});

it('the shift log follows entries written at other windows, newest first', () => {
  const bridge = liveBridge();
  off = shiftLogLive.follow();
  const older = entry({ id: 'e-1', at: T0 });
  const newer = entry({ id: 'e-2', at: T0 + 60_000 });
  bridge.emit('view:shiftLog.list', logOf([older, newer]));
  expect(useShiftLogStore.getState().log?.entries.map((e) => e.id)).toEqual(['e-2', 'e-1']);
  expect(bridge.invoke).not.toHaveBeenCalled();
});

it("a re-read that only moves main's clock keeps the shift on screen as it is (issue 11)", async () => {
  const bridge = liveBridge();
  const shift = openShift();
  bridge.invoke.mockImplementation(async () => ({
    ok: true,
    data: current({ now: Date.now() + 5000, shift }),
  }));
  await useShiftStore.getState().load();
  const before = useShiftStore.getState();
  expect(before.offsetMs).toBeGreaterThan(4000);
  // Milliseconds later main's clock has moved on by as much as the desk's: nothing to redraw.
  await useShiftStore.getState().load();
  const after = useShiftStore.getState();
  expect(after.current).toBe(before.current);
  expect(after.last).toBe(before.last);
  expect(after.offsetMs).toBe(before.offsetMs);
});
