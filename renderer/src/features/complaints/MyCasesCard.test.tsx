import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok } from '../clients/fixtures';
import { entry } from '../shift/fixtures';
import { caseSummary, NOW } from './fixtures';
import { useIntakeStore } from './intakeStore';
import { LogEntryCase } from './LogEntryCase';
import { MyCasesCard } from './MyCasesCard';
import { useMyComplaintsStore } from './mineStore';

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useMyComplaintsStore.setState({ mine: null });
  useIntakeStore.setState({ opened: false, prefill: {} });
  window.location.hash = '';
});

describe('home: my cases (我的投诉)', () => {
  it('lists what was offered and escalated to me before what I own, each opening its case', async () => {
    fakeBridge({
      'complaints.mine': ok({
        owned: [caseSummary()],
        offered: [caseSummary({ id: 'cp-2', number: 'TS-20261203-002' })],
        escalatedToMe: [],
        now: NOW,
      }),
    });
    renderWithMantine(<MyCasesCard role="receptionist" />);
    const lines = await screen.findAllByTestId('home-case');
    expect(lines.map((l) => l.getAttribute('data-number'))).toEqual([
      'TS-20261203-002',
      'TS-20261203-001',
    ]);
    expect(lines[0]!.textContent).toContain('Offered to me');
    fireEvent.click(lines[1]!.querySelector('button')!);
    expect(window.location.hash).toBe('#/complaint/cp-1');
  });

  it('a supervisor with nothing waiting sees no card; a receptionist sees that nothing waits', async () => {
    fakeBridge({ 'complaints.mine': ok({ owned: [], offered: [], escalatedToMe: [], now: NOW }) });
    const { unmount } = renderWithMantine(<MyCasesCard role="supervisor" />);
    await waitFor(() => expect(useMyComplaintsStore.getState().mine).not.toBeNull());
    expect(screen.queryByTestId('home-my-cases')).toBeNull();
    unmount();
    renderWithMantine(<MyCasesCard role="receptionist" />);
    expect((await screen.findByTestId('home-my-cases')).textContent).toContain(
      'No case waits for you.',
    );
  });
});

describe('shift log: a complaint entry becomes a case', () => {
  it('"make a case" opens the intake with the entry linked; a linked entry opens its case', () => {
    const complaint = entry({ id: 'log-3', category: 'complaint', body: '会员反映储物柜锁坏了' });
    const { unmount } = renderWithMantine(<LogEntryCase entry={complaint} canWrite />);
    fireEvent.click(screen.getByTestId('shift-entry-make-case'));
    expect(useIntakeStore.getState().prefill).toEqual({
      channel: 'desk',
      summary: '会员反映储物柜锁坏了',
      logEntryId: 'log-3',
    });
    unmount();
    const linked = { ...complaint, complaintId: 'cp-1', complaintNumber: 'TS-20261203-001' };
    renderWithMantine(<LogEntryCase entry={linked} canWrite />);
    const link = screen.getByTestId('shift-entry-case');
    expect(link.textContent).toBe('Case TS-20261203-001');
    fireEvent.click(link);
    expect(window.location.hash).toBe('#/complaint/cp-1');
  });

  it('other categories show nothing', () => {
    renderWithMantine(<LogEntryCase entry={entry({ category: 'general' })} canWrite />);
    expect(screen.queryByTestId('shift-entry-make-case')).toBeNull();
  });
});
