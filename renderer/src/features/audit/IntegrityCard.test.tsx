import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IntegrityFull, IntegrityStatus } from '../../../../shared/contract/integrityViews';
import type { JobView } from '../../../../shared/contract/jobViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok, sessionAs } from '../clients/fixtures';
import { IntegrityCard } from './IntegrityCard';
import { IntegrityWarning } from './IntegrityWarning';
import { useIntegrityStore } from './integrityStore';

const AT = new Date('2026-11-30T23:10:00').getTime();
const full = (patch: Partial<IntegrityFull>): IntegrityFull => ({
  at: AT,
  storageOk: true,
  storageProblems: 0,
  auditIntact: true,
  auditChecked: 900,
  auditBreakSeq: null,
  ...patch,
});
const status = (lastFull: IntegrityFull | null): IntegrityStatus => ({
  atOpen: null,
  lastFull,
  running: false,
});
const job = (state: JobView['state'], done: number): JobView => ({
  id: 'check-1',
  kind: 'integrity.check',
  state,
  phase: state === 'running' ? 'checking' : 'finished',
  done,
  total: 2,
  startedAt: AT,
  endedAt: state === 'running' ? null : AT + 1000,
  startedByName: 'Admin',
  cancellable: state === 'running',
  result: {},
  error: null,
});

/** The fake bridge, with the job.progress events a test sends itself. */
function withEvents(answers: Record<string, unknown>) {
  const calls = fakeBridge(answers);
  const listeners = new Set<(payload: unknown) => void>();
  window.deskbook!.on = (event, listener) => {
    if (event !== 'job.progress') return () => {};
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const send = (view: JobView) => act(() => listeners.forEach((l) => l(view)));
  return { calls, send };
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useIntegrityStore.setState({ status: null, job: null, error: null });
});

describe('integrity on screen', () => {
  it('the audit screen says when the last full check ran and what it found; check now shows its bar', async () => {
    let answer = status(full({}));
    const { calls, send } = withEvents({
      'integrity.status': () => ok(answer),
      'integrity.run': ok({ jobId: 'check-1' }),
    });
    renderWithMantine(<IntegrityCard />);
    expect((await screen.findByTestId('integrity-last')).textContent).toBe(
      'Last full check 2026-11-30 23:10: every page and the whole audit log are intact.',
    );
    fireEvent.click(screen.getByTestId('integrity-run'));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('integrity.run'));
    send(job('running', 1));
    expect((await screen.findByTestId('job-progress')).getAttribute('data-state')).toBe('running');
    expect(screen.getByTestId('integrity-last').textContent).toBe('A full check is running…');
    answer = status(full({ at: AT + 60_000, storageOk: false, storageProblems: 3 }));
    send(job('done', 2));
    await waitFor(() =>
      expect(screen.getByTestId('integrity-last').textContent).toContain(
        'the vault file is damaged (3 problems)',
      ),
    );
    expect(screen.getByTestId('integrity-card').getAttribute('data-damaged')).toBe('true');
  });

  it('warns admin and supervisor in the shell when the last full check found damage, nobody else', async () => {
    const { calls } = withEvents({
      'integrity.status': ok(status(full({ auditIntact: false, auditBreakSeq: 812 }))),
    });
    const { unmount } = renderWithMantine(<IntegrityWarning session={sessionAs('supervisor')} />);
    expect((await screen.findByTestId('integrity-warning')).textContent).toContain(
      'the audit log was altered at entry 812',
    );
    unmount();
    calls.length = 0;
    renderWithMantine(<IntegrityWarning session={sessionAs('receptionist')} />);
    // A receptionist neither asks for the status nor sees the line main gave oversight.
    expect(screen.queryByTestId('integrity-warning')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('says nothing in the shell when the last check was healthy', async () => {
    const calls = fakeBridge({ 'integrity.status': ok(status(full({}))) });
    renderWithMantine(<IntegrityWarning session={sessionAs('admin')} />);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(screen.queryByTestId('integrity-warning')).toBeNull();
  });
});
