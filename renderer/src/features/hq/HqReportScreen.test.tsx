import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { renderWithMantine } from '../../test/render';
import { sessionAs } from '../clients/fixtures';
import { stubFonts } from '../complaints/fixtures';
import { hqBridge, sent } from './fixtures';
import { HqReportScreen } from './HqReportScreen';
import { useHqStore } from './store';

beforeAll(() => {
  stubFonts();
  // recharts measures a 0 × 0 box in jsdom and says so.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useHqStore.setState({ owner: null, period: { kind: 'month', from: '2026-11-01' } });
  useHqStore.getState().forStaff('nobody');
});

describe('HqReportScreen (跨店报表)', () => {
  it("shows the chain's figures with the branch report's charts, and a row per branch", async () => {
    const calls = hqBridge();
    renderWithMantine(<HqReportScreen session={sessionAs('supervisor')} />);
    await screen.findByTestId('report-summary');
    expect(sent(calls, 'hq.report')).toEqual([{ kind: 'month', from: '2026-11-01' }]);
    // The chain's key figures, as a branch's report shows them.
    const checkIns = within(screen.getByTestId('summary-checkIns'));
    expect(checkIns.getByTestId('summary-value').textContent).toBe('1,364');
    expect(checkIns.getByTestId('report-delta').textContent).toBe('▲ 10 %');
    expect(screen.getByTestId('report-checkins-table')).toBeTruthy();
    // By branch: 上海静安店 is twice 北京朝阳店; the total row sums the three.
    const table = screen.getByTestId('hq-report-branches');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.firstElementChild!.textContent)).toEqual([
      '北京朝阳店',
      '上海静安店',
      '广州天河店',
      'All branches',
    ]);
    const cells = (i: number) => [...rows[i]!.children].map((c) => c.textContent);
    expect(cells(1)).toEqual([
      '上海静安店',
      '29',
      '2,480',
      '96',
      '¥38,200.00',
      '¥90,461.00',
      '58 / 2',
      '12',
    ]);
    expect(cells(3)).toEqual([
      'All branches',
      '89',
      '4,960',
      '192',
      '¥76,400.00',
      '¥180,922.00',
      '174 / 6',
      '24',
    ]);
  });

  it('moves through periods with the same bar as the branch report', async () => {
    const calls = hqBridge();
    renderWithMantine(<HqReportScreen session={sessionAs('admin')} />);
    await screen.findByTestId('report-summary');
    fireEvent.click(screen.getByTestId('report-prev'));
    await waitFor(() =>
      expect(sent(calls, 'hq.report').at(-1)).toEqual({ kind: 'month', from: '2026-10-01' }),
    );
    fireEvent.click(screen.getByTestId('report-kind-week'));
    await waitFor(() =>
      expect(sent(calls, 'hq.report').at(-1)).toEqual({ kind: 'week', from: '2026-09-28' }),
    );
  });

  it('CSV starts the export job and says where the file went', async () => {
    const calls = hqBridge({ jobResult: { fileName: '跨店报表 月报 2026-11.csv' } });
    renderWithMantine(<HqReportScreen session={sessionAs('supervisor')} />);
    await screen.findByTestId('report-summary');
    fireEvent.click(screen.getByTestId('hq-export-csv'));
    await waitFor(() =>
      expect(screen.getByTestId('hq-export-status').textContent).toContain(
        'Saved: 跨店报表 月报 2026-11.csv',
      ),
    );
    expect(sent(calls, 'hq.exportReport')).toEqual([
      { period: { kind: 'month', from: '2026-11-01' }, format: 'csv' },
    ]);
  });

  it('a failed read says why', async () => {
    hqBridge({
      fail: { 'hq.report': { code: 'CONFLICT', message: 'x', reason: 'hq.unreachable' } },
    });
    renderWithMantine(<HqReportScreen session={sessionAs('supervisor')} />);
    expect((await screen.findByTestId('error-alert')).textContent).toContain(
      "Head office's PostgreSQL did not answer.",
    );
  });
});
