import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { useCaseStore } from './caseStore';
import { ComplaintScreen } from './ComplaintScreen';
import { caseView, NOW, stubFonts } from './fixtures';
import { useMyComplaintsStore } from './mineStore';

const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);
const actions = () =>
  screen.getByTestId('complaint-actions').querySelectorAll('[data-testid^="complaint-action-"]');
const actionIds = () => [...actions()].map((b) => b.getAttribute('data-testid')!.slice(17));

beforeAll(stubFonts);
beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useCaseStore.setState({ view: null, error: null, offsetMs: 0 });
  useMyComplaintsStore.setState({ mine: null });
});

describe('ComplaintScreen', () => {
  it('shows owner, level and a countdown on main’s clock; the owner’s actions follow the state', async () => {
    fakeBridge({ 'complaints.get': ok(caseView()) });
    renderWithMantine(<ComplaintScreen session={sessionAs('receptionist')} complaintId="cp-1" />);
    expect((await screen.findByTestId('complaint-number')).textContent).toBe('TS-20261203-001');
    expect(screen.getByTestId('complaint-owner').textContent).toBe('王芳');
    // main's clock is NOW; the first response is due 1 h 2 min 3 s later, whatever this PC's clock says.
    expect(screen.getByTestId('complaint-countdown-text').textContent).toMatch(
      /^0?1:0[12]:\d\d left$/,
    );
    expect(screen.getByTestId('complaint-countdown').getAttribute('data-state')).toBe('onTime');
    expect(screen.getByTestId('complaint-next-level').textContent).toContain('Duty manager');
    expect(actionIds()).toEqual([
      'respond',
      'addAction',
      'plan',
      'wait',
      'resolve',
      'attach',
      'escalate',
      'offer',
    ]);
    // Internal notes are main's to send: null means the section is not there at all.
    expect(screen.queryByTestId('complaint-internal-notes')).toBeNull();
  });

  it('an overdue case counts up in red; someone who may do nothing sees no action', async () => {
    fakeBridge({
      'complaints.get': ok(
        caseView({
          nextDueAt: NOW - 90_000,
          firstResponseDue: NOW - 90_000,
          deadlineState: 'overdue',
          may: {
            handle: false,
            transfer: false,
            answerTransfer: false,
            escalate: false,
            readInternal: false,
          },
        }),
      ),
    });
    renderWithMantine(<ComplaintScreen session={sessionAs('consultant')} complaintId="cp-1" />);
    const text = await screen.findByTestId('complaint-countdown-text');
    expect(text.textContent).toMatch(/^00:01:3\d overdue$/);
    expect(screen.getByTestId('complaint-countdown').getAttribute('data-state')).toBe('overdue');
    expect(actionIds()).toEqual([]);
  });

  it('waiting for the client offers resume, not respond; the supervisor reads the internal notes', async () => {
    fakeBridge({
      'complaints.get': ok(
        caseView({
          state: 'waitingForClient',
          deadlineState: 'paused',
          nextDueAt: null,
          resolutionDue: null,
          respondedAt: NOW - 600_000,
          internalNotes: [
            { id: 'n1', at: NOW, byName: '李经理', body: '当班教练未按规定检查设备' },
          ],
          may: {
            handle: true,
            transfer: false,
            answerTransfer: false,
            escalate: true,
            readInternal: true,
          },
        }),
      ),
    });
    renderWithMantine(<ComplaintScreen session={sessionAs('supervisor')} complaintId="cp-1" />);
    await screen.findByTestId('complaint-actions');
    expect(actionIds()).toEqual([
      'addAction',
      'plan',
      'resume',
      'resolve',
      'attach',
      'escalate',
      'note',
    ]);
    expect(screen.getByTestId('complaint-countdown-text').textContent).toBe('Paused');
    expect(screen.getByTestId('complaint-internal-notes').textContent).toContain('当班教练');
  });

  it('the colleague offered the case accepts it; escalating needs a reason, main marks it', async () => {
    const offered = caseView({
      transfers: [
        {
          id: 'tr-1',
          fromName: '王芳',
          toId: 'staff-consultant',
          toName: '刘洋',
          reason: '会籍问题',
          offeredAt: NOW,
          acceptedAt: null,
          declinedAt: null,
        },
      ],
      transferToName: '刘洋',
      may: {
        handle: false,
        transfer: false,
        answerTransfer: true,
        escalate: true,
        readInternal: false,
      },
    });
    const calls = fakeBridge({
      'complaints.get': ok(offered),
      'complaints.answerTransfer': ok(caseView({ ownerName: '刘洋' })),
      'complaints.escalate': fail({ code: 'VALIDATION', fields: { reason: 'required' } }),
    });
    renderWithMantine(<ComplaintScreen session={sessionAs('consultant')} complaintId="cp-1" />);
    await screen.findByTestId('complaint-actions');
    expect(actionIds()).toEqual(['escalate', 'accept', 'decline']);
    fireEvent.click(screen.getByTestId('complaint-action-accept'));
    const note = await screen.findByTestId('step-text');
    fireEvent.keyDown(note, { key: 'Enter' });
    await waitFor(() =>
      expect(sent(calls, 'complaints.answerTransfer')).toEqual([
        { transferId: 'tr-1', accept: true },
      ]),
    );
    await waitFor(() => expect(screen.getByTestId('complaint-owner').textContent).toBe('刘洋'));
    fireEvent.click(screen.getByTestId('complaint-action-escalate'));
    const reason = await screen.findByTestId('step-text');
    fireEvent.change(reason, { target: { value: ' ' } });
    fireEvent.change(reason, { target: { value: '客户第三次来电' } });
    fireEvent.keyDown(reason, { key: 'Enter' });
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
  });

  it('resolving sends the remedy in cents and the follow-up day', async () => {
    const calls = fakeBridge({
      'complaints.get': ok(caseView({ state: 'responded', respondedAt: NOW })),
      'complaints.resolve': ok(caseView({ state: 'resolved', deadlineState: 'done' })),
      'staff.directory': ok([]),
    });
    renderWithMantine(<ComplaintScreen session={sessionAs('receptionist')} complaintId="cp-1" />);
    fireEvent.click(await screen.findByTestId('complaint-action-resolve'));
    fireEvent.change(await screen.findByTestId('resolve-result'), {
      target: { value: '已维修热水器，赠送一次私教课' },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Money back' }));
    fireEvent.change(await screen.findByTestId('resolve-yuan'), { target: { value: '88.5' } });
    fireEvent.change(screen.getByTestId('resolve-followup-day'), {
      target: { value: '2026-12-05' },
    });
    fireEvent.click(screen.getByTestId('resolve-submit'));
    await waitFor(() => expect(sent(calls, 'complaints.resolve')).toHaveLength(1));
    expect(sent(calls, 'complaints.resolve')[0]).toEqual({
      complaintId: 'cp-1',
      result: '已维修热水器，赠送一次私教课',
      remedy: { kind: 'money', cents: 8850 },
      followUpOn: '2026-12-05',
    });
    await waitFor(() => expect(screen.getByTestId('complaint-state').textContent).toBe('Resolved'));
  });

  it('a follow-up call reached with score 4 is recorded through followUps.record', async () => {
    const followUp = {
      callId: 'call-7',
      dueDay: '2026-12-04',
      attempt: 1,
      outcome: null,
      score: null,
      doneAt: null,
      doneByName: null,
      note: null,
    };
    const calls = fakeBridge({
      'complaints.get': ok(
        caseView({ state: 'resolved', deadlineState: 'done', followUps: [followUp] }),
      ),
      'followUps.record': ok({}),
    });
    renderWithMantine(<ComplaintScreen session={sessionAs('receptionist')} complaintId="cp-1" />);
    fireEvent.click(await screen.findByTestId('complaint-followup-record'));
    const submit = await screen.findByTestId('record-call-submit');
    // Reached needs a score before it can be saved.
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: '4' }));
    fireEvent.keyDown(screen.getByTestId('record-call-note'), { key: 'Enter' });
    await waitFor(() =>
      expect(sent(calls, 'followUps.record')).toEqual([
        { callId: 'call-7', outcome: 'reached', score: 4 },
      ]),
    );
  });
});
