import { Badge } from '@mantine/core';
import { useEffect } from 'react';
import { useFollowUpsStore } from './store';

/** How many calls are still to make today (mine and the desk's), on the nav link. */
export function FollowUpsNavBadge({ staffId }: { staffId: string }) {
  const count = useFollowUpsStore((s) => s.day?.open.filter((c) => c.canRecord).length ?? 0);
  const load = useFollowUpsStore((s) => s.load);
  // Per person: read afresh for whoever signs in at this PC, with main's default scope.
  useEffect(() => {
    useFollowUpsStore.setState({ scope: null });
    void load();
  }, [staffId, load]);
  if (count === 0) return null;
  return (
    <Badge size="sm" color="blue" circle data-testid="nav-followups-count">
      {count}
    </Badge>
  );
}
