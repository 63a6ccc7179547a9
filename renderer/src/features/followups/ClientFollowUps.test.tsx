import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClientFollowUps as ClientFollowUpsView } from '../../../../shared/contract/followUpViews';
import { NEW_MEMBER_PLAN } from '../../../../shared/domain/followUpPlan';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok } from '../clients/fixtures';
import { ClientFollowUps } from './ClientFollowUps';
import { followUpCall } from './fixtures';
import { useFollowUpsStore } from './store';

const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

const PLAN = {
  id: 'plan-1',
  clientId: 'client-1',
  rule: NEW_MEMBER_PLAN,
  startsOn: '2026-06-01',
  assignedToId: 'staff-liu',
  assignedToName: '刘洋',
  note: null,
  createdByName: '王芳',
  autoRule: null,
  createdAt: 1,
  endedAt: null,
};

const FILE: ClientFollowUpsView = {
  clientId: 'client-1',
  plans: [PLAN],
  upcoming: [followUpCall({ dueDay: '2027-01-01', assignedToName: '刘洋' })],
  past: [
    followUpCall({ id: 'fc-0', state: 'unreachable', outcome: 'noAnswer', attempt: 3 }),
    followUpCall({ id: 'fc-9', state: 'done', outcome: 'reached', score: 2, note: '嫌贵' }),
  ],
  flag: 'unreachable',
};

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useFollowUpsStore.setState({ client: null, clientError: null, staff: [], day: null });
});

describe('ClientFollowUps (client file 回访)', () => {
  it('shows the plan in words, the next call, past outcomes with scores, and the flag', async () => {
    fakeBridge({ 'followUps.ofClient': ok(FILE) });
    renderWithMantine(<ClientFollowUps clientId="client-1" />);
    const plan = await screen.findByTestId('followup-plan');
    expect(plan.textContent).toContain('every month × 12, then every 3 months');
    expect(plan.textContent).toContain('Calls by 刘洋');
    expect(screen.getByTestId('followup-flag').textContent).toBe('Unreachable at the last call');
    expect(within(screen.getByTestId('followup-upcoming')).getByText('2027-01-01')).toBeTruthy();
    const past = within(screen.getByTestId('followup-past')).getAllByTestId('followup-call');
    expect(past.map((r) => r.dataset.state)).toEqual(['unreachable', 'done']);
    expect(past[1]!.textContent).toContain('2/5');
    expect(past[1]!.textContent).toContain('嫌贵');
  });

  it('sets a plan from the modal (before expiry, 30 days, the desk) and reads the file again', async () => {
    const calls = fakeBridge({
      'followUps.ofClient': ok({ ...FILE, plans: [], flag: null }),
      'staff.directory': ok([{ id: 'staff-liu', displayName: '刘洋', role: 'consultant' }]),
      'followUps.setPlan': ok(PLAN),
      'followUps.today': ok(null),
    });
    renderWithMantine(<ClientFollowUps clientId="client-1" />);
    fireEvent.click(await screen.findByTestId('followup-plan-new'));
    const kind = await screen.findByTestId('followup-plan-kind');
    fireEvent.click(kind);
    fireEvent.click(await screen.findByText('Once, before the membership expires'));
    expect((screen.getByTestId('followup-plan-days') as HTMLInputElement).value).toBe('30');
    fireEvent.submit(screen.getByTestId('followup-plan-form'));
    await waitFor(() =>
      expect(sent(calls, 'followUps.setPlan')).toEqual([
        {
          clientId: 'client-1',
          rule: { kind: 'beforeExpiry', days: 30 },
          startsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          assignedTo: null,
        },
      ]),
    );
    await waitFor(() => expect(sent(calls, 'followUps.ofClient')).toHaveLength(2));
  });

  it('ends a plan', async () => {
    const calls = fakeBridge({
      'followUps.ofClient': ok(FILE),
      'followUps.endPlan': ok({ ...PLAN, endedAt: 2 }),
      'followUps.today': ok(null),
    });
    renderWithMantine(<ClientFollowUps clientId="client-1" />);
    fireEvent.click(await screen.findByTestId('followup-plan-end'));
    await waitFor(() => expect(sent(calls, 'followUps.endPlan')).toEqual([{ planId: 'plan-1' }]));
  });
});
