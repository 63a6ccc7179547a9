import { afterEach, expect, it } from 'vitest';
import type { QueueDayCounts, QueueTicketView } from '../../../../shared/contract/queueViews';
import { liveBridge } from '../../test/liveBridge';
import { queueLive, useQueueStore } from './store';

let off: () => void = () => {};
afterEach(() => off());

it('the queue follows tickets taken and called at other windows, without asking main', () => {
  const bridge = liveBridge();
  off = queueLive.follow();
  const ticket = { id: 't-1', number: 7, status: 'waiting' } as unknown as QueueTicketView;
  bridge.emit('view:queue.list', {
    now: Date.now() - 2000,
    tickets: [ticket],
    attendMinutes: 5,
    escalateMinutes: 15,
  });
  const counts = { taken: 7 } as unknown as QueueDayCounts;
  bridge.emit('view:queue.dayCounts', counts);
  const s = useQueueStore.getState();
  expect(s.tickets).toEqual([ticket]);
  expect(s.limits).toEqual({ attendMinutes: 5, escalateMinutes: 15 });
  expect(s.offsetMs).toBeLessThan(-1000);
  expect(s.counts).toEqual(counts);
  expect(bridge.invoke).not.toHaveBeenCalled();
});
