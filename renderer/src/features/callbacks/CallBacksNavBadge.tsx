import { Badge } from '@mantine/core';
import { useEffect } from 'react';
import { useCallBacksStore } from './store';

/** How many callers wait for this person's call, on the nav link; main pushes the changes. */
export function CallBacksNavBadge({ staffId }: { staffId: string }) {
  const count = useCallBacksStore((s) => s.mine?.open.length ?? 0);
  const load = useCallBacksStore((s) => s.load);
  // Read afresh for whoever signs in at this PC: the list is per person.
  useEffect(() => {
    void load();
  }, [staffId, load]);
  if (count === 0) return null;
  return (
    <Badge size="sm" color="orange" circle data-testid="nav-callbacks-count">
      {count}
    </Badge>
  );
}
