import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { renderWithMantine } from '../../test/render';
import { sessionAs } from '../clients/fixtures';
import { hqBridge, sent, SITES } from './fixtures';
import { HqBoardScreen } from './HqBoardScreen';
import { useHqStore } from './store';

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useHqStore.setState({ owner: null, month: '2026-11-01', board: null, boardJob: null });
  useHqStore.getState().forStaff('nobody');
});

const rowOf = (siteId: string) =>
  screen.getAllByTestId('hq-board-row').find((r) => r.dataset.site === siteId)!;

describe('HqBoardScreen (总部看板)', () => {
  it('colours each day by its handovers and puts the branches that need attention first', async () => {
    const calls = hqBridge();
    renderWithMantine(<HqBoardScreen session={sessionAs('supervisor')} />);
    await screen.findByTestId('hq-board-grid');
    expect(sent(calls, 'hq.board')).toEqual([{ from: '2026-11-01' }]);
    expect(calls.map((c) => c.channel)).toContain('hq.result');
    // 上海静安店 has a missing handover and an overdue complaint: it comes first, marked.
    const rows = screen.getAllByTestId('hq-board-row');
    expect(rows.map((r) => r.dataset.site)).toEqual([
      SITES.shanghai,
      SITES.beijing,
      SITES.guangzhou,
    ]);
    expect(within(rows[0]!).getByTestId('hq-attention').textContent).toBe('Needs attention');
    expect(rows[0]!.firstElementChild!.getAttribute('style')).toContain('border-left');
    expect(within(rows[1]!).queryByTestId('hq-attention')).toBeNull();
    const cell = (site: string, date: string) =>
      screen.getByTestId(`hq-cell-${site}-${date}`).dataset.state;
    expect(cell(SITES.shanghai, '2026-11-12')).toBe('missing');
    expect(cell(SITES.guangzhou, '2026-11-20')).toBe('flagged');
    expect(cell(SITES.beijing, '2026-11-12')).toBe('signed');
    expect(cell(SITES.beijing, '2026-11-30')).toBe('waiting');
    expect(within(rowOf(SITES.beijing)).getAllByTestId(/^hq-cell-/)).toHaveLength(30);
    // The tooltip's words are the cell's label.
    expect(
      screen.getByTestId(`hq-cell-${SITES.guangzhou}-2026-11-20`).getAttribute('aria-label'),
    ).toBe(
      '2026-11-20: A handover signed with a flag. Expected 2, signed 2, flagged 1, cash variance −¥12.50',
    );
    // Totals: a shortfall in red, the overdue count beside the open ones.
    const gz = within(rowOf(SITES.guangzhou));
    expect(gz.getByTestId('hq-variance').textContent).toBe('−¥12.50');
    expect(gz.getByTestId('hq-flagged').textContent).toBe('1');
    const sh = within(rowOf(SITES.shanghai));
    expect(sh.getByTestId('hq-missing').textContent).toBe('1');
    expect(sh.getByTestId('hq-complaints').textContent).toBe('2 / 1');
    // Below: the overdue complaint and the incident, each with its branch.
    const overdue = screen.getByTestId('hq-overdue-list');
    expect(overdue.textContent).toContain('上海静安店');
    expect(overdue.textContent).toContain('TS-20261103-002');
    expect(overdue.textContent).toContain('Service');
    expect(screen.getByTestId('hq-incident-list').textContent).toContain('广州天河店');
    expect(screen.getByTestId('hq-incident-list').textContent).toContain('Injury');
  });

  it('moves by month, asking main for each', async () => {
    const calls = hqBridge();
    renderWithMantine(<HqBoardScreen session={sessionAs('admin')} />);
    await screen.findByTestId('hq-board-grid');
    fireEvent.click(screen.getByTestId('hq-month-prev'));
    await waitFor(() => expect(sent(calls, 'hq.board').at(-1)).toEqual({ from: '2026-10-01' }));
    expect(screen.getByTestId('hq-month').textContent).toBe('2026-10');
    fireEvent.click(screen.getByTestId('hq-month-next'));
    fireEvent.click(screen.getByTestId('hq-month-next'));
    await waitFor(() => expect(sent(calls, 'hq.board').at(-1)).toEqual({ from: '2026-12-01' }));
  });

  it('says why head office could not read the branches', async () => {
    hqBridge({
      fail: {
        'hq.board': { code: 'CONFLICT', message: 'not configured', reason: 'hq.notConfigured' },
      },
    });
    renderWithMantine(<HqBoardScreen session={sessionAs('admin')} />);
    expect((await screen.findByTestId('error-alert')).textContent).toContain(
      "Head office's PostgreSQL is not set up yet",
    );
    expect(screen.queryByTestId('hq-board-grid')).toBeNull();
  });
});
