import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { theme } from '../../app/theme';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok } from '../clients/fixtures';
import { followUpCall, followUpDay } from './fixtures';
import { FollowUpsNavBadge } from './FollowUpsNavBadge';
import { FollowUpsScreen } from './FollowUpsScreen';
import { useFollowUpsStore } from './store';

const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

const TWO = followUpDay({
  open: [
    followUpCall({ overdue: true, dueDay: '2026-12-02' }),
    followUpCall({
      id: 'fc-2',
      source: 'complaint',
      planId: null,
      ruleKind: null,
      complaintId: 'case-1',
      complaintNumber: 'TS-20261201-0001',
      clientName: '李女士',
      phone: '13900001111',
    }),
  ],
});

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useFollowUpsStore.setState({ day: null, scope: null, error: null, client: null });
});

describe('FollowUpsScreen (今日回访)', () => {
  it('arrows choose a call, Enter opens it, a digit scores and R records it reached', async () => {
    const calls = fakeBridge({
      'followUps.today': ok(TWO),
      'followUps.record': ok(followUpCall({ id: 'fc-2', state: 'done' })),
    });
    renderWithMantine(<FollowUpsScreen />);
    const list = await screen.findByTestId('followups-list');
    await screen.findAllByTestId('followup-row');
    expect(document.activeElement).toBe(list);
    expect(screen.getByTestId('followup-panel').dataset.callId).toBe('fc-1');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    const panel = screen.getByTestId('followup-panel');
    expect(panel.dataset.callId).toBe('fc-2');
    expect(screen.getByTestId('followup-panel-phone').textContent).toBe('13900001111');
    expect(panel.textContent).toContain('Complaint TS-20261201-0001');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(document.activeElement).toBe(panel);
    fireEvent.keyDown(panel, { key: '4' });
    expect(screen.getByTestId('followup-score-4').getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(panel, { key: 'r' });
    await waitFor(() =>
      expect(sent(calls, 'followUps.record')).toEqual([
        { callId: 'fc-2', outcome: 'reached', score: 4 },
      ]),
    );
    // Recorded: the list is read again and focus is back on it.
    await waitFor(() => expect(sent(calls, 'followUps.today')).toHaveLength(2));
    expect(document.activeElement).toBe(list);
  });

  it('N records no answer at once; Enter in the note records reached with the note', async () => {
    const calls = fakeBridge({
      'followUps.today': ok(TWO),
      'followUps.record': ok(followUpCall({ state: 'retried' })),
    });
    renderWithMantine(<FollowUpsScreen />);
    const panel = await screen.findByTestId('followup-panel');
    fireEvent.keyDown(panel, { key: 'n' });
    await waitFor(() =>
      expect(sent(calls, 'followUps.record')).toEqual([{ callId: 'fc-1', outcome: 'noAnswer' }]),
    );
    const note = screen.getByTestId('followup-note');
    fireEvent.change(note, { target: { value: ' 很满意 ' } });
    // Typed letters stay in the note: "n" here is not "no answer".
    fireEvent.keyDown(note, { key: 'n' });
    fireEvent.keyDown(note, { key: 'Enter' });
    await waitFor(() =>
      expect(sent(calls, 'followUps.record')[1]).toEqual({
        callId: 'fc-1',
        outcome: 'reached',
        note: '很满意',
      }),
    );
  });

  it('B asks for the time; Enter there records the call-back; main’s field error is marked', async () => {
    const calls = fakeBridge({
      'followUps.today': ok(TWO),
      'followUps.record': fail({
        code: 'VALIDATION',
        message: 'Invalid input: callBackAt',
        fields: { callBackAt: 'past' },
      }),
    });
    renderWithMantine(<FollowUpsScreen />);
    const panel = await screen.findByTestId('followup-panel');
    fireEvent.keyDown(panel, { key: 'b' });
    const time = await screen.findByTestId('followup-callback-at');
    await waitFor(() => expect(document.activeElement).toBe(time));
    fireEvent.change(time, { target: { value: '2026-12-03T16:30' } });
    fireEvent.keyDown(time, { key: 'Enter' });
    await waitFor(() =>
      expect(sent(calls, 'followUps.record')).toEqual([
        {
          callId: 'fc-1',
          outcome: 'callBack',
          callBackAt: new Date(2026, 11, 3, 16, 30).getTime(),
        },
      ]),
    );
    expect(await screen.findByText('Choose a time still to come.')).toBeTruthy();
  });

  it('a complaint call without a score: main names the field, the screen says why', async () => {
    fakeBridge({
      'followUps.today': ok(followUpDay({ open: [TWO.open[1]!] })),
      'followUps.record': fail({
        code: 'VALIDATION',
        message: 'Invalid input: score',
        fields: { score: 'required' },
      }),
    });
    renderWithMantine(<FollowUpsScreen />);
    fireEvent.click(await screen.findByTestId('followup-outcome-reached'));
    expect((await screen.findByTestId('followup-score-error')).textContent).toBe(
      'Give a score: it closes or reopens the complaint.',
    );
  });

  it('a colleague’s call shows without buttons; managers switch to everyone’s', async () => {
    const calls = fakeBridge({
      'followUps.today': (input: unknown) =>
        ok(
          followUpDay({
            canSeeAll: true,
            scope: (input as { scope?: 'mine' | 'all' } | undefined)?.scope ?? 'all',
            open: [followUpCall({ canRecord: false, assignedToName: '刘洋' })],
          }),
        ),
    });
    renderWithMantine(<FollowUpsScreen />);
    expect(await screen.findByText("This call is a colleague's.")).toBeTruthy();
    expect(screen.getByTestId('followup-outcome-reached').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByText("Mine and the desk's"));
    await waitFor(() => expect(sent(calls, 'followUps.today')).toContainEqual({ scope: 'mine' }));
  });

  it('says so when there is nothing to call, and lists what was made today', async () => {
    fakeBridge({
      'followUps.today': ok(
        followUpDay({
          doneToday: [
            followUpCall({
              state: 'done',
              outcome: 'reached',
              score: 5,
              doneAt: Date.now(),
              doneByName: '王芳',
              note: '很满意',
            }),
          ],
        }),
      ),
    });
    renderWithMantine(<FollowUpsScreen />);
    expect((await screen.findByTestId('followups-none')).textContent).toBe(
      'No calls to make today.',
    );
    const row = screen.getByTestId('followup-done-row');
    expect(row.textContent).toContain('5/5');
    expect(row.textContent).toContain('王芳');
  });
});

describe('FollowUpsNavBadge', () => {
  it('counts the calls this person may make today, and none when there are none', async () => {
    let day = followUpDay({
      open: [followUpCall(), followUpCall({ id: 'fc-2', canRecord: false })],
    });
    fakeBridge({ 'followUps.today': () => ok(day) });
    const { rerender } = renderWithMantine(<FollowUpsNavBadge staffId="staff-wang" />);
    expect((await screen.findByTestId('nav-followups-count')).textContent).toBe('1');
    day = followUpDay();
    rerender(
      <MantineProvider theme={theme}>
        <FollowUpsNavBadge staffId="staff-li" />
      </MantineProvider>,
    );
    await waitFor(() => expect(screen.queryByTestId('nav-followups-count')).toBeNull());
  });
});
