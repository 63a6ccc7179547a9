import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JobView } from '../../../../shared/contract/jobViews';
import type {
  RetentionPreview,
  RetentionSettings,
} from '../../../../shared/contract/retentionViews';
import { RETENTION_DEFAULTS, RETENTION_KINDS } from '../../../../shared/domain/retention';
import { translate } from '../../../../shared/i18n';
import { useUiStore } from '../../app/uiStore';
import { formatDetail } from '../audit/formatDetail';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok, sessionAs } from '../clients/fixtures';
import { RetentionScreen } from './RetentionScreen';
import { useRetentionStore } from './store';

const AT = new Date('2026-12-03T10:00:00').getTime();
const settings = (patch: Partial<RetentionSettings> = {}): RetentionSettings => ({
  periods: RETENTION_KINDS.map((kind) => ({
    kind,
    months: RETENTION_DEFAULTS[kind],
    defaultMonths: RETENTION_DEFAULTS[kind],
  })),
  minMonths: 1,
  maxMonths: 120,
  lastRun: null,
  runningJobId: null,
  ...patch,
});
const preview: RetentionPreview = {
  at: AT,
  total: 17,
  rows: RETENTION_KINDS.map((kind) => ({
    kind,
    months: RETENTION_DEFAULTS[kind],
    cutOff: '2026-06-03',
    due: kind === 'visitors' ? 12 : kind === 'callBacks' ? 5 : 0,
    oldest: kind === 'visitors' ? '2026-01-15' : null,
  })),
};
const job = (state: JobView['state'], done: number): JobView => ({
  id: 'run-1',
  kind: 'retention.run',
  state,
  phase: state === 'running' ? 'anonymising' : 'finished',
  done,
  total: 17,
  startedAt: AT,
  endedAt: state === 'running' ? null : AT + 1000,
  startedByName: '张伟',
  cancellable: state === 'running',
  result: state === 'done' ? { anonymised: 17 } : null,
  error: null,
});
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

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
  useRetentionStore.setState({ settings: null, preview: null, error: null });
});

describe('RetentionScreen', () => {
  it('lists every kind with its period and default; saves only what changed, errors by field', async () => {
    const calls = fakeBridge({
      'retention.get': ok(settings()),
      'retention.update': (input: unknown) =>
        (input as { periods: { visitors?: number } }).periods.visitors === 3
          ? ok(settings())
          : {
              ok: false,
              error: {
                code: 'VALIDATION',
                message: 'x',
                fields: { 'periods.visitors': 'too small' },
              },
            },
    });
    renderWithMantine(<RetentionScreen session={sessionAs('admin')} />);
    const table = await screen.findByTestId('retention-periods');
    const row = within(table).getByText("Visitors' personal data").closest('tr')!;
    expect(row.textContent).toContain('6 months');
    expect(within(table).getByText('Handovers (removed whole)')).toBeTruthy();
    expect((screen.getByTestId('retention-save') as HTMLButtonElement).disabled).toBe(true);
    const months = screen.getByTestId('retention-months-visitors');
    fireEvent.change(months, { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('retention-save'));
    await waitFor(() =>
      expect(sent(calls, 'retention.update')).toEqual([{ periods: { visitors: 0 } }]),
    );
    expect(await within(row).findByText(/check this field|Please check/i)).toBeTruthy();
    fireEvent.change(months, { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('retention-save'));
    await waitFor(() => expect(sent(calls, 'retention.update')).toHaveLength(2));
    expect(sent(calls, 'retention.update')[1]).toEqual({ periods: { visitors: 3 } });
    expect(await screen.findByText('Retention periods saved.')).toBeTruthy();
  });

  it('previews per kind, runs only after a confirmation naming the counts, and shows the result', async () => {
    let current = settings();
    const { calls, send } = withEvents({
      'retention.get': () => ok(current),
      'retention.preview': ok(preview),
      'retention.run': ok({ jobId: 'run-1' }),
    });
    renderWithMantine(<RetentionScreen session={sessionAs('admin')} />);
    expect((await screen.findByTestId('retention-last-run')).textContent).toContain('No run yet.');
    const run = screen.getByTestId('retention-run-button') as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('retention-preview-button'));
    const table = await screen.findByTestId('retention-preview');
    const visitors = table.querySelector('[data-kind="visitors"]')!;
    expect(visitors.textContent).toContain('12');
    expect(visitors.textContent).toContain('2026-01-15');
    expect(visitors.textContent).toContain('2026-06-03');
    expect(screen.getByText(/17 records in all/)).toBeTruthy();
    fireEvent.click(run);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('17 records will be anonymised');
    expect(dialog.textContent).toContain('Phone inquiries and call-back numbers5');
    expect(sent(calls, 'retention.run')).toHaveLength(0);
    fireEvent.click(within(dialog).getByTestId('retention-confirm'));
    await waitFor(() => expect(sent(calls, 'retention.run')).toEqual([{ confirm: true }]));
    send(job('running', 5));
    expect((await screen.findByTestId('job-progress-text')).textContent).toBe(
      'Anonymising 5 of 17',
    );
    current = settings({
      lastRun: {
        at: AT,
        byName: '张伟',
        ended: 'done',
        counts: { visitors: 12, callBacks: 5 },
        total: 17,
      },
    });
    send(job('done', 17));
    expect((await screen.findByTestId('retention-done')).textContent).toBe(
      'Done: 17 records anonymised.',
    );
    await waitFor(() =>
      expect(screen.getByTestId('retention-last-run').textContent).toContain(
        '2026-12-03 10:00 by 张伟: 17 records anonymised',
      ),
    );
  });

  it('a supervisor previews but neither edits nor runs', async () => {
    fakeBridge({ 'retention.get': ok(settings()), 'retention.preview': ok(preview) });
    renderWithMantine(<RetentionScreen session={sessionAs('supervisor')} />);
    await screen.findByTestId('retention-periods');
    expect(screen.queryByTestId('retention-save')).toBeNull();
    expect(screen.queryByTestId('retention-run-button')).toBeNull();
    expect((screen.getByTestId('retention-months-visitors') as HTMLInputElement).disabled).toBe(
      true,
    );
    expect(screen.getByText('Only an administrator changes periods or starts a run.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('retention-preview-button'));
    expect(await screen.findByTestId('retention-preview')).toBeTruthy();
  });

  it("the run's audit rows read as words in the audit viewer, in both languages", () => {
    const detail = {
      job: 'run-1',
      ended: 'done',
      counts: { visitors: 12, callBacks: 5 },
      anonymised: 17,
    };
    const zh = formatDetail(
      (k, p) => translate('zh-CN', k, p),
      { detail, action: 'retention.run.end' },
      {},
    );
    expect(zh).toContain('各类已匿名化：访客：12, 来电：5');
    expect(zh).toContain('已匿名化条数：17');
    const en = formatDetail(
      (k, p) => translate('en', k, p),
      { detail, action: 'retention.run.end' },
      {},
    );
    expect(en).toContain('phone inquiries: 5');
    expect(en).not.toMatch(/[{}"]/);
  });
});
