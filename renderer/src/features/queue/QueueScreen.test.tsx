import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueDayCounts, QueueTicketView } from '../../../../shared/contract/queueViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { QueueScreen } from './QueueScreen';
import { duration, useQueueStore } from './store';

const MIN = 60_000;
const T0 = new Date('2026-06-02T09:30:00').getTime();

const ticket = (patch: Partial<QueueTicketView> = {}): QueueTicketView => ({
  id: 't-1',
  businessDate: '2026-06-02',
  number: 1,
  name: '王女士',
  phoneMasked: '139****1111',
  purpose: '挂号咨询',
  takenAt: T0,
  calledAt: null,
  calledByName: null,
  counter: null,
  servedAt: null,
  leftAt: null,
  status: 'waiting',
  waitedMs: 0,
  level: 'ok',
  attendAt: T0 + 5 * MIN,
  escalateAt: T0 + 15 * MIN,
  ...patch,
});
const counts: QueueDayCounts = {
  businessDate: '2026-06-02',
  taken: 3,
  served: 1,
  left: 0,
  open: 2,
  averageWaitMs: 4 * MIN,
  p90WaitMs: 9 * MIN,
};
const list = (now: number, tickets: QueueTicketView[]) =>
  ok({ now, attendMinutes: 5, escalateMinutes: 15, tickets });
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN' });
  useQueueStore.setState({ tickets: [], counts: null, limits: null, offsetMs: 0, error: null });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('QueueScreen', () => {
  it('runs the wait timers on main’s clock and colours rows at 5 and 15 minutes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(T0 + 4 * MIN + 58_000);
    // main's clock is 1 s ahead of ours.
    fakeBridge({
      'queue.list': list(T0 + 4 * MIN + 59_000, [
        ticket(),
        ticket({
          id: 't-2',
          number: 2,
          name: null,
          takenAt: T0 - 20 * MIN,
          attendAt: T0 - 15 * MIN,
          escalateAt: T0 - 5 * MIN,
        }),
      ]),
      'queue.dayCounts': ok(counts),
    });
    renderWithMantine(<QueueScreen session={sessionAs('receptionist')} />);
    const rows = await screen.findAllByTestId('queue-row');
    expect(rows[0]!.getAttribute('data-level')).toBe('ok');
    expect(within(rows[0]!).getByTestId('queue-timer').textContent).toBe('4:59');
    expect(rows[1]!.getAttribute('data-level')).toBe('escalate');
    expect(within(rows[1]!).getByTestId('queue-level').textContent).toBe('请上报');
    expect(within(rows[1]!).getByText('未登记')).toBeTruthy();
    expect(screen.getByTestId('queue-count-taken').textContent).toBe('3');
    expect(screen.getByTestId('queue-count-p90').textContent).toBe('9:00');
    expect(screen.getByText(/满 5 分钟请上前接待，满 15 分钟请上报/)).toBeTruthy();

    await act(async () => {
      vi.advanceTimersByTime(1000);
    });
    const first = screen.getAllByTestId('queue-row')[0]!;
    expect(first.getAttribute('data-level')).toBe('attend');
    expect(within(first).getByTestId('queue-timer').textContent).toBe('5:00');
    expect(within(first).getByTestId('queue-level').textContent).toBe('请接待');
  });

  it('takes a number with only what was typed, calls the next with the counter, serves', async () => {
    let tickets: QueueTicketView[] = [];
    const calls = fakeBridge({
      'queue.list': () => list(Date.now(), tickets),
      'queue.dayCounts': ok(counts),
      'queue.take': () => {
        tickets = [
          ticket({
            takenAt: Date.now(),
            attendAt: Date.now() + 5 * MIN,
            escalateAt: Date.now() + 15 * MIN,
          }),
        ];
        return ok(tickets[0]);
      },
      'queue.call': () => {
        tickets = [ticket({ status: 'called', counter: '3', calledAt: Date.now() })];
        return ok(tickets[0]);
      },
      'queue.serve': () => {
        tickets = [];
        return ok(ticket({ status: 'served' }));
      },
    });
    useUiStore.setState({ language: 'en' });
    renderWithMantine(<QueueScreen session={sessionAs('receptionist')} />);
    expect(await screen.findByTestId('queue-empty')).toBeTruthy();

    fireEvent.change(screen.getByTestId('queue-name'), { target: { value: ' 王女士 ' } });
    fireEvent.click(screen.getByTestId('queue-take'));
    expect((await screen.findByTestId('queue-taken')).textContent).toBe('Number 1 taken.');
    expect(sent(calls, 'queue.take')).toEqual([{ name: '王女士' }]);
    expect(await screen.findAllByTestId('queue-row')).toHaveLength(1);

    fireEvent.change(screen.getByTestId('queue-counter'), { target: { value: '3' } });
    fireEvent.click(screen.getByTestId('queue-call-next'));
    expect((await screen.findByTestId('queue-called')).textContent).toBe(
      'Number 1 called to counter 3.',
    );
    expect(sent(calls, 'queue.call')).toEqual([{ counter: '3' }]);
    await waitFor(() =>
      expect(screen.getByTestId('queue-row').getAttribute('data-status')).toBe('called'),
    );

    fireEvent.click(screen.getByTestId('queue-serve'));
    await screen.findByTestId('queue-empty');
    expect(sent(calls, 'queue.serve')).toEqual([{ ticketId: 't-1' }]);
  });

  it('Enter in a field of the take form takes the number (the form submits, no mouse)', async () => {
    const calls = fakeBridge({
      'queue.list': () => list(Date.now(), []),
      'queue.dayCounts': ok(counts),
      'queue.take': ok(ticket({ number: 7 })),
    });
    useUiStore.setState({ language: 'en' });
    renderWithMantine(<QueueScreen session={sessionAs('receptionist')} />);
    await screen.findByTestId('queue-empty');
    const name = screen.getByTestId('queue-name');
    fireEvent.change(name, { target: { value: '邓女士' } });
    const form = name.closest('form');
    expect(form).not.toBeNull();
    fireEvent.submit(form!);
    expect((await screen.findByTestId('queue-taken')).textContent).toBe('Number 7 taken.');
    expect(sent(calls, 'queue.take')).toEqual([{ name: '邓女士' }]);
  });

  it('a refused phone is marked on its field, with no alert of its own, once', async () => {
    fakeBridge({
      'queue.list': () => list(Date.now(), []),
      'queue.dayCounts': ok(counts),
      'queue.take': fail({ code: 'VALIDATION', fields: { phone: 'a phone number' } }),
    });
    useUiStore.setState({ language: 'en' });
    renderWithMantine(<QueueScreen session={sessionAs('receptionist')} />);
    await screen.findByTestId('queue-empty');
    fireEvent.change(screen.getByTestId('queue-phone'), { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('queue-take'));
    await waitFor(() =>
      expect(screen.getByTestId('queue-phone').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByText(/Chinese mobile/)).toBeTruthy();
    expect(screen.queryAllByTestId('error-alert')).toHaveLength(0);
  });

  it('says so when no one is waiting to be called', async () => {
    fakeBridge({
      'queue.list': list(Date.now(), []),
      'queue.dayCounts': ok(counts),
      'queue.call': fail({ code: 'CONFLICT', reason: 'queue.empty' }),
    });
    useUiStore.setState({ language: 'en' });
    renderWithMantine(<QueueScreen session={sessionAs('receptionist')} />);
    await screen.findByTestId('queue-empty');
    fireEvent.click(screen.getByTestId('queue-call-next'));
    expect(await screen.findAllByText('No one is waiting.')).not.toHaveLength(0);
  });

  it('formats durations', () => {
    expect(duration(65_000)).toBe('1:05');
    expect(duration(3_723_000)).toBe('1:02:03');
    expect(duration(-5)).toBe('0:00');
  });
});
