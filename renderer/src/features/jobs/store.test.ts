import { beforeEach, describe, expect, it } from 'vitest';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { DeskbookBridge } from '../../../../shared/contract/transport';
import { runningJobs, useJobsStore } from './store';

const job = (over: Partial<JobView> = {}): JobView => ({
  id: 'j1',
  kind: 'clients.import',
  state: 'running',
  phase: 'saving',
  done: 12_000,
  total: 20_000,
  startedAt: 1,
  endedAt: null,
  startedByName: '赵值班',
  cancellable: true,
  result: null,
  error: null,
  ...over,
});

/** A bridge that records calls and lets the test push events as main would. */
function eventBridge() {
  const calls: string[] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const bridge: DeskbookBridge = {
    invoke: async (channel) => {
      calls.push(channel);
      return { ok: true, data: [] };
    },
    on: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  window.deskbook = bridge;
  return { calls, push: (event: string, payload: unknown) => listeners.get(event)?.(payload) };
}

describe('jobs store', () => {
  beforeEach(() => useJobsStore.setState({ byId: {}, error: null }));

  it('a job.progress event updates the store without a fetch', async () => {
    const b = eventBridge();
    const off = useJobsStore.getState().connect();
    await Promise.resolve();
    expect(b.calls).toEqual(['jobs.list']);
    b.push('job.progress', job());
    expect(runningJobs(useJobsStore.getState().byId)).toMatchObject([{ id: 'j1', done: 12_000 }]);
    b.push('job.progress', job({ state: 'done', phase: 'finished', done: 20_000 }));
    expect(runningJobs(useJobsStore.getState().byId)).toEqual([]);
    expect(useJobsStore.getState().byId.j1).toMatchObject({ state: 'done' });
    expect(b.calls).toEqual(['jobs.list']);
    off();
    b.push('job.progress', job({ id: 'j2' }));
    expect(useJobsStore.getState().byId.j2).toBeUndefined();
  });
});
