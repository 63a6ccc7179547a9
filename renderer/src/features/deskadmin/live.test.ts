import { afterEach, expect, it } from 'vitest';
import type { LostTag, OnSiteEntry, TagOut } from '../../../../shared/contract/deskViews';
import { liveBridge } from '../../test/liveBridge';
import { onSiteLive, useOnSiteStore } from './onSiteStore';

let off: () => void = () => {};
afterEach(() => off());

it('the on-site list follows check-ins, tags and lost tags from every window, without asking main', () => {
  const bridge = liveBridge();
  off = onSiteLive.follow();
  const late = { checkInId: 'c-2', since: 2000 } as unknown as OnSiteEntry;
  const early = { checkInId: 'c-1', since: 1000 } as unknown as OnSiteEntry;
  bridge.emit('view:desk.onSite', [late, early]);
  const tags = [{ checkInId: 'c-1', tagNumber: '3' } as unknown as TagOut];
  bridge.emit('view:desk.tagsOut', tags);
  const lost = [{ tagNumber: '9' } as unknown as LostTag];
  bridge.emit('view:desk.lostTags', lost);
  const s = useOnSiteStore.getState();
  expect(s.people).toEqual([early, late]);
  expect(s.loadedAt).not.toBeNull();
  expect(s.tags).toEqual(tags);
  expect(s.lostTags).toEqual(lost);
  expect(bridge.invoke).not.toHaveBeenCalled();
});
