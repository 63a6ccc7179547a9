import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok, sessionAs } from '../clients/fixtures';
import { ComplaintsScreen } from './ComplaintsScreen';
import { board, caseSummary, NOW, stubFonts } from './fixtures';
import { useComplaintListStore } from './listStore';
import { useMyComplaintsStore } from './mineStore';

const mine = { owned: [caseSummary()], offered: [], escalatedToMe: [], now: NOW };

beforeAll(stubFonts);
beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useComplaintListStore.setState({ list: null, board: null, error: null });
  useMyComplaintsStore.setState({ mine: null });
});

describe('ComplaintsScreen', () => {
  it('the duty manager lands on the board: counts, attention, breakdowns, times, satisfaction, calls', async () => {
    const calls = fakeBridge({ 'complaints.board': ok(board()), 'complaints.mine': ok(mine) });
    renderWithMantine(<ComplaintsScreen session={sessionAs('dutyManager')} />);
    expect((await screen.findByTestId('board-count-overdue')).textContent).toContain('1');
    expect(screen.getByTestId('board-count-escalated').textContent).toContain('3');
    expect(screen.getByTestId('board-attention-rows').textContent).toContain('TS-20261203-001');
    expect(screen.getByTestId('board-by-owner').textContent).toContain('王芳');
    // Categories come as codes and are shown in the person's language.
    expect(screen.getByTestId('board-by-category').textContent).toContain('Facilities');
    expect(screen.getByTestId('board-times').textContent).toContain('Median 1 h 35 min');
    expect(screen.getByTestId('board-satisfaction').textContent).toContain('4.2');
    expect(screen.getByTestId('board-followups').textContent).toMatch(/Missed\s*1/);
    fireEvent.click(screen.getByTestId('complaints-tab-search'));
    const query = await screen.findByTestId('complaints-query');
    fireEvent.change(query, { target: { value: '热水' } });
    fireEvent.keyDown(query, { key: 'Enter' });
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'complaints.list').at(-1)?.input).toMatchObject({
        query: '热水',
        scope: 'open',
      }),
    );
  });

  it('a receptionist has no board, and starts at my cases', async () => {
    const calls = fakeBridge({ 'complaints.mine': ok(mine) });
    renderWithMantine(<ComplaintsScreen session={sessionAs('receptionist')} />);
    expect((await screen.findByTestId('mine-owned')).textContent).toContain('淋浴间热水');
    expect(screen.queryByTestId('complaints-tab-board')).toBeNull();
    expect(calls.some((c) => c.channel === 'complaints.board')).toBe(false);
  });
});
