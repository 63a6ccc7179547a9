import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DayCounts, Occupancy } from '../../../../shared/contract/deskViews';
import type {
  MessageView,
  ReceptionDayCounts,
  RotationView,
} from '../../../../shared/contract/receptionViews';
import { liveBridge } from '../../test/liveBridge';
import { countsLive, useCountsStore } from './countsStore';
import { T0, tagOut, visitor } from './fixtures';
import { messagesLive, useMessagesStore } from './messagesStore';
import { rotationLive, useRotationStore } from './rotationStore';
import { tagsLive, useTagsStore } from './tagsStore';
import { useVisitorsStore, visitorsLive } from './visitorsStore';

let bridge: ReturnType<typeof liveBridge>;
let off: () => void = () => {};

beforeEach(() => {
  bridge = liveBridge();
});
afterEach(() => off());

describe('the reception stores follow what main pushes, without asking main', () => {
  it('tags: a tag lent at another window appears on the board', () => {
    off = tagsLive.follow();
    const tags = [tagOut({ tagNumber: '12' })];
    bridge.emit('view:desk.tagsOut', tags);
    expect(useTagsStore.getState().tags).toEqual(tags);
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it("counts: the day's figures, the reception figures and occupancy", () => {
    off = countsLive.follow();
    const desk = { businessDate: '2025-06-02', entries: 7 } as unknown as DayCounts;
    const reception = { businessDate: '2025-06-02', visitors: 3 } as unknown as ReceptionDayCounts;
    const occupancy = { inside: 7, capacity: 80 } as unknown as Occupancy;
    bridge.emit('view:desk.dayCounts', desk);
    bridge.emit('view:reception.dayCounts', reception);
    bridge.emit('view:desk.occupancy', occupancy);
    expect(useCountsStore.getState()).toMatchObject({ desk, reception, occupancy });
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('rotation: a consultant signed in at another window', () => {
    off = rotationLive.follow();
    const view = { consultants: [], nextStaffId: 's-1' } as unknown as RotationView;
    bridge.emit('view:rotation.today', view);
    expect(useRotationStore.getState().view).toEqual(view);
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('messages: a note left for me elsewhere', () => {
    off = messagesLive.follow();
    const messages = [{ id: 'm-1', body: '请回电', readAt: null } as unknown as MessageView];
    bridge.emit('view:messages.list', messages);
    expect(useMessagesStore.getState().messages).toEqual(messages);
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it("visitors: a visitor registered elsewhere, with main's clock for the timers", () => {
    off = visitorsLive.follow();
    const v = visitor({ name: '韩雪' });
    bridge.emit('view:visitors.waiting', { now: Date.now() + 5000, visitors: [v] });
    const s = useVisitorsStore.getState();
    expect(s.visitors).toEqual([v]);
    expect(s.offsetMs).toBeGreaterThan(4000);
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('stops following when asked', () => {
    off = tagsLive.follow();
    off();
    const before = useTagsStore.getState().tags;
    bridge.emit('view:desk.tagsOut', [tagOut({ tagNumber: '99', since: T0 })]);
    expect(useTagsStore.getState().tags).toBe(before);
  });
});
