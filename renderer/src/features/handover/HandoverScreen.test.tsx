import './testEnv';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HandoverView } from '../../../../shared/contract/handoverViews';
import type { SessionView } from '../../../../shared/contract/views';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { useSessionStore } from '../auth/store';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { content, END, handoverView, signedView } from './fixtures';
import { HandoverScreen } from './HandoverScreen';
import { useReceiveStore } from './receiveStore';
import { EMPTY_FORM, useHandoverStore } from './store';

const wang = sessionAs('receptionist');
const zhao: SessionView = {
  ...wang,
  staffId: 'staff-zhao',
  username: 'zhaomin',
  displayName: '赵敏',
};
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

function open(view: HandoverView, session = wang, extra: Record<string, unknown> = {}) {
  const calls = fakeBridge({ 'handover.get': ok(view), ...extra });
  renderWithMantine(<HandoverScreen session={session} param={view.id} />);
  return calls;
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useHandoverStore.setState({
    id: null,
    view: null,
    form: EMPTY_FORM,
    dirty: { groups: [], tags: [] },
    error: null,
    saveError: null,
    savedAt: null,
  });
  useReceiveStore.setState({ handoverId: null, checks: {} });
});

describe('HandoverScreen, draft (outgoing side)', () => {
  it('lists what main still needs in plain words and keeps the Sign button disabled', async () => {
    open(handoverView());
    const blockers = await screen.findAllByTestId('blocker');
    expect(blockers.map((b) => b.textContent)).toEqual([
      '1 closing checklist item still open',
      'Say why these hand tags are still out: 12',
      'Count the cash in the drawer',
      'Write your summary',
      'Enter the number of coaches on duty',
    ]);
    expect(screen.getByTestId('sign-outgoing')).toHaveProperty('disabled', true);
    // The figures come from the records: read, not typed.
    expect(screen.getByTestId('fig-entries-total').textContent).toBe('22');
    expect(screen.getByTestId('fig-visitors').textContent).toBe('5');
    expect(screen.getByTestId('cash-expected').textContent).toBe('¥1,734.50');
    expect(screen.getByTestId('complaints-none').textContent).toBe('None recorded');
    const kinds = screen.getAllByTestId('anomaly').map((a) => a.getAttribute('data-kind'));
    expect(kinds).toEqual(['logEntry', 'void']);
  });

  it('shows each open complaint with its number, state, deadline state, level and owner', async () => {
    const base = content();
    open(
      handoverView({
        content: {
          ...base,
          openItems: {
            ...base.openItems,
            complaints: [
              {
                id: 'k-1',
                number: 'TS-20250602-001',
                title: '淋浴间没有热水',
                state: 'responded',
                ownerName: '王芳',
                level: 1,
                dueAt: END,
                deadlineState: 'overdue',
              },
            ],
          },
        },
      }),
    );
    const line = await screen.findByTestId('complaint');
    expect(line.getAttribute('data-deadline')).toBe('overdue');
    expect(line.textContent).toContain('TS-20250602-001');
    expect(line.textContent).toContain('淋浴间没有热水');
    expect(line.textContent).toContain('Responded');
    expect(line.textContent).toContain('Overdue');
    expect(line.textContent).toContain('Level 1');
    expect(line.textContent).toContain('Owner 王芳');
    expect(screen.queryByTestId('complaints-none')).toBeNull();
  });

  it('coaches typed are saved on blur; the answer’s blockers replace the old ones', async () => {
    const calls = open(handoverView(), wang, {
      'handover.saveDraft': ok(
        handoverView({
          blockers: [{ kind: 'cashNotCounted' }],
          content: content({ figures: { ...content().figures, coaches: { female: 2, male: 3 } } }),
        }),
      ),
    });
    fireEvent.change(await screen.findByTestId('coaches-female'), { target: { value: '2' } });
    fireEvent.blur(screen.getByTestId('coaches-female'));
    // Half a pair stays local: main needs both numbers.
    expect(sent(calls, 'handover.saveDraft')).toEqual([]);
    fireEvent.change(screen.getByTestId('coaches-male'), { target: { value: '3' } });
    fireEvent.blur(screen.getByTestId('coaches-male'));
    await waitFor(() => expect(screen.getAllByTestId('blocker')).toHaveLength(1));
    expect(sent(calls, 'handover.saveDraft')).toEqual([
      { handoverId: 'h-1', coaches: { female: 2, male: 3 } },
    ]);
  });

  it('a tag still out needs a note: required until typed, then sent for that tag', async () => {
    const calls = open(handoverView(), wang, { 'handover.saveDraft': ok(handoverView()) });
    const note = await screen.findByTestId('tag-note-12');
    expect(note.getAttribute('aria-invalid')).toBe('true');
    fireEvent.blur(note);
    expect(sent(calls, 'handover.saveDraft')).toEqual([]);
    fireEvent.change(note, { target: { value: '还在游泳' } });
    expect(note.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.blur(note);
    await waitFor(() =>
      expect(sent(calls, 'handover.saveDraft')).toEqual([
        { handoverId: 'h-1', tagNotes: { '12': '还在游泳' } },
      ]),
    );
  });

  it('the denomination grid totals live; a variance shows red and asks for an explanation', async () => {
    const calls = open(handoverView(), wang, { 'handover.saveDraft': ok(handoverView()) });
    const type = (cents: number, n: string) =>
      fireEvent.change(screen.getByTestId(`denom-${cents}`), { target: { value: n } });
    await screen.findByTestId('denomination-grid');
    expect(screen.getByTestId('cash-variance').textContent).toBe('Not counted yet');
    type(10000, '17');
    type(1000, '3');
    type(100, '4');
    type(50, '1');
    expect(screen.getByTestId('denom-total').textContent).toBe('¥1,734.50');
    expect(screen.getByTestId('cash-variance').textContent).toBe('Balanced ¥0.00');
    expect(screen.getByTestId('cash-variance').getAttribute('data-variance')).toBe('0');
    expect(screen.queryByTestId('cash-note')).toBeNull();

    type(100, '2');
    expect(screen.getByTestId('denom-total').textContent).toBe('¥1,732.50');
    expect(screen.getByTestId('cash-variance').textContent).toBe('Short -¥2.00');
    expect(screen.getByText('A variance needs an explanation')).toBeTruthy();
    fireEvent.blur(screen.getByTestId('denom-100'));
    await waitFor(() => expect(sent(calls, 'handover.saveDraft')).toHaveLength(1));
    expect(sent(calls, 'handover.saveDraft')[0]).toEqual({
      handoverId: 'h-1',
      countedCents: 173_250,
      // Every denomination is named, untouched ones as 0 (main's record is exhaustive).
      denominations: {
        '10000': 17,
        '5000': 0,
        '2000': 0,
        '1000': 3,
        '500': 0,
        '100': 2,
        '50': 1,
        '10': 0,
      },
    });

    fireEvent.change(screen.getByTestId('cash-note'), { target: { value: '找零多给两元' } });
    fireEvent.blur(screen.getByTestId('cash-note'));
    await waitFor(() => expect(sent(calls, 'handover.saveDraft')).toHaveLength(2));
    expect(sent(calls, 'handover.saveDraft')[1]).toEqual({
      handoverId: 'h-1',
      cashNote: '找零多给两元',
    });
  });

  it('a single total works too, typed in yuan and sent in cents', async () => {
    const calls = open(handoverView(), wang, { 'handover.saveDraft': ok(handoverView()) });
    fireEvent.click(await screen.findByText('Total only'));
    const input = await screen.findByTestId('cash-counted-input');
    fireEvent.change(input, { target: { value: '1740.5' } });
    expect(screen.getByTestId('cash-variance').textContent).toBe('Over +¥6.00');
    fireEvent.blur(input);
    await waitFor(() =>
      expect(sent(calls, 'handover.saveDraft')).toEqual([
        { handoverId: 'h-1', countedCents: 174_050 },
      ]),
    );
  });

  it('signs with the PIN once nothing blocks, and shows the handover waiting for the incoming side', async () => {
    const ready = handoverView({ blockers: [] });
    const calls = open(ready, wang, { 'handover.signOutgoing': ok(signedView()) });
    await screen.findByTestId('blockers-ready');
    fireEvent.click(screen.getByTestId('sign-outgoing'));
    fireEvent.change(await screen.findByTestId('sign-outgoing-modal-pin'), {
      target: { value: '1357' },
    });
    fireEvent.click(screen.getByTestId('sign-outgoing-modal-submit'));
    await screen.findByTestId('waiting-incoming');
    expect(sent(calls, 'handover.signOutgoing')).toEqual([{ handoverId: 'h-1', pin: '1357' }]);
    expect(screen.getByTestId('handover-fingerprint').textContent).toBe('3F2A-09C1-77DE-B410');
    expect(screen.getByTestId('waiting-incoming').textContent).toContain('own session');
    expect(screen.getByTestId('switch-user')).toBeTruthy();
  });

  it('a wrong PIN keeps the modal open with the reason', async () => {
    open(handoverView({ blockers: [] }), wang, {
      'handover.signOutgoing': fail({ code: 'FORBIDDEN', reason: 'auth.badCredentials' }),
    });
    fireEvent.click(await screen.findByTestId('sign-outgoing'));
    fireEvent.change(await screen.findByTestId('sign-outgoing-modal-pin'), {
      target: { value: '0000' },
    });
    fireEvent.click(screen.getByTestId('sign-outgoing-modal-submit'));
    expect((await screen.findByTestId('error-alert')).textContent).toBe('Wrong user name or PIN.');
    expect(screen.getByTestId('sign-outgoing-modal-pin')).toBeTruthy();
  });
});

describe('HandoverScreen, incoming side', () => {
  it('every section must be checked before signing; a flag carries its note to main', async () => {
    const calls = open(signedView(), zhao, {
      'handover.receive': ok(
        signedView({
          status: 'flagged',
          incoming: { staffId: 'staff-zhao', name: '赵敏', at: END },
          confirmedSections: ['figures', 'openItems', 'anomalies', 'summary'],
          flags: [{ section: 'cash', note: '钱箱少 2 元', at: END, byName: '赵敏' }],
        }),
      ),
    });
    const sign = await screen.findByTestId('sign-incoming');
    expect(sign).toHaveProperty('disabled', true);
    for (const s of ['figures', 'openItems', 'anomalies', 'summary'])
      fireEvent.click(screen.getByTestId(`check-confirm-${s}`));
    expect(screen.getByTestId('incoming-progress').textContent).toBe('4 of 5 sections checked');
    expect(sign).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByTestId('check-flag-cash'));
    // A flag without a note is not a check yet.
    expect(sign).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByTestId('check-note-cash'), { target: { value: '钱箱少 2 元' } });
    expect(sign).toHaveProperty('disabled', false);
    expect(screen.getByTestId('incoming-flags').textContent).toContain('1 section flagged');

    fireEvent.click(sign);
    fireEvent.change(await screen.findByTestId('sign-incoming-modal-pin'), {
      target: { value: '2468' },
    });
    fireEvent.click(screen.getByTestId('sign-incoming-modal-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('handover-screen').getAttribute('data-status')).toBe('flagged'),
    );
    expect(sent(calls, 'handover.receive')).toEqual([
      {
        handoverId: 'h-1',
        pin: '2468',
        confirmed: ['figures', 'openItems', 'anomalies', 'summary'],
        flags: [{ section: 'cash', note: '钱箱少 2 元' }],
      },
    ]);
    const cash = screen.getByTestId('section-cash');
    expect(cash.getAttribute('data-flagged')).toBe('true');
    expect(within(cash).getByTestId('flag-cash').textContent).toContain('钱箱少 2 元');
    expect(screen.getByTestId('sig-incoming').textContent).toContain('赵敏');
  });

  it('someone who was on the shift is told a different person must receive it, and can switch user', async () => {
    let switched = false;
    useSessionStore.setState({
      switchUser: async () => {
        switched = true;
      },
    });
    open(signedView(), zhao, {
      'handover.receive': fail({ code: 'FORBIDDEN', reason: 'handover.sameSide' }),
    });
    await screen.findByTestId('sign-incoming');
    for (const s of ['figures', 'openItems', 'anomalies', 'cash', 'summary'])
      fireEvent.click(screen.getByTestId(`check-confirm-${s}`));
    fireEvent.click(screen.getByTestId('sign-incoming'));
    fireEvent.change(await screen.findByTestId('sign-incoming-modal-pin'), {
      target: { value: '2468' },
    });
    fireEvent.click(screen.getByTestId('sign-incoming-modal-submit'));
    expect((await screen.findByTestId('error-alert')).textContent).toContain(
      'The incoming colleague signs in their own session.',
    );
    fireEvent.click(screen.getByTestId('switch-user'));
    expect(switched).toBe(true);
  });

  it('the outgoing signer sees it waiting, with no receive controls', async () => {
    open(signedView(), wang);
    await screen.findByTestId('waiting-incoming');
    expect(screen.queryByTestId('sign-incoming')).toBeNull();
    expect(screen.queryByTestId('check-confirm-cash')).toBeNull();
  });
});

describe('HandoverScreen, signed', () => {
  it('is read-only with both signatures, the fingerprint, and corrections added next to it', async () => {
    const accepted = signedView({
      status: 'accepted',
      incoming: { staffId: 'staff-zhao', name: '赵敏', at: END },
      confirmedSections: ['figures', 'openItems', 'anomalies', 'cash', 'summary'],
      review: { reviewerName: '孙丽', at: END + 60_000, note: '已核对' },
    });
    const calls = open(accepted, zhao, {
      'handover.correct': ok({
        ...accepted,
        corrections: [
          { id: 'c-1', section: 'figures', body: '体验人数应为 4', at: END, byName: '赵敏' },
        ],
      }),
    });
    expect((await screen.findByTestId('sig-outgoing')).textContent).toContain('王芳');
    expect(screen.getByTestId('sig-incoming').textContent).toContain('赵敏');
    expect(screen.getByTestId('review').textContent).toContain('孙丽');
    expect(screen.queryByTestId('summary-input')).toBeNull();
    expect(screen.queryByTestId('denomination-grid')).toBeNull();
    expect(screen.getByTestId('cash-variance').textContent).toBe('Short -¥2.00');

    fireEvent.click(screen.getByTestId('correction-add'));
    fireEvent.change(await screen.findByTestId('correction-body'), {
      target: { value: '体验人数应为 4' },
    });
    fireEvent.click(screen.getByTestId('correction-submit'));
    expect((await screen.findByTestId('correction')).textContent).toContain('体验人数应为 4');
    expect(sent(calls, 'handover.correct')).toEqual([
      { handoverId: 'h-1', section: 'figures', body: '体验人数应为 4' },
    ]);
  });
});

describe('a flagged handover for the reviewer (issue 11)', () => {
  const flagged = () =>
    signedView({
      status: 'flagged',
      content: content({ anomalies: [] }),
      flags: [{ section: 'cash', note: '钱箱少 2 元', at: END, byName: '孙丽' }],
    });

  it('puts the flag’s reason in the review panel, right above Accept', async () => {
    open(flagged(), sessionAs('supervisor'));
    const review = await screen.findByTestId('review');
    const reasons = within(review).getByTestId('review-flags');
    expect(reasons.textContent).toContain('钱箱少 2 元');
    expect(reasons.textContent).toContain('Cash');
    // Next to it: the reasons come straight before the button, in the same panel.
    const accept = within(review).getByTestId('handover-accept');
    expect(accept.previousElementSibling).toBe(reasons);
  });

  it('does not say "no anomalies" on a handover the incoming side flagged', async () => {
    open(flagged(), sessionAs('supervisor'));
    await screen.findByTestId('section-anomalies');
    expect(screen.queryByTestId('anomalies-none')).toBeNull();
  });
});

describe('before opening (issue 11)', () => {
  it('shows what the desk took with no shift open, and its cash in the drawer', async () => {
    const c = content();
    const view = signedView({
      content: {
        ...c,
        figures: {
          ...c.figures,
          beforeOpening: {
            from: END - 10 * 60_000,
            to: END - 1,
            entries: 1,
            cashTakingsCents: 2800,
            paymentCount: 1,
          },
        },
        cash: { ...c.cash, beforeOpeningCents: 2800 },
      },
    });
    open(view);
    const line = await screen.findByTestId('fig-before-opening');
    expect(line.textContent).toContain('Before opening');
    expect(line.textContent).toContain('1 entry, cash ¥28.00');
    expect(screen.getByTestId('cash-before-opening').textContent).toBe('¥28.00');
  });
});
