import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { renderWithMantine } from '../../test/render';
import { sessionAs } from '../clients/fixtures';
import { stubFonts } from '../complaints/fixtures';
import { reportBridge, reportView } from './fixtures';
import { ReportsScreen } from './ReportsScreen';
import { useReportsStore } from './store';

beforeAll(() => {
  stubFonts();
  // recharts measures a 0 × 0 box in jsdom and says so.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useReportsStore.setState({
    period: { kind: 'month', from: '2026-11-01' },
    report: null,
    job: null,
    error: null,
    exportJob: null,
    exportError: null,
  });
});

const summary = (key: string) => screen.getByTestId(`summary-${key}`);
const builds = (calls: { channel: string; input: unknown }[]) =>
  calls.filter((c) => c.channel === 'reports.build').map((c) => c.input);

describe('ReportsScreen', () => {
  it('shows the month: key figures with their change, and every chart’s numbers in a table', async () => {
    const calls = reportBridge();
    renderWithMantine(<ReportsScreen session={sessionAs('supervisor')} />);
    await screen.findByTestId('report-summary');
    expect(builds(calls)).toEqual([{ kind: 'month', from: '2026-11-01' }]);
    expect(calls.map((c) => c.channel)).toContain('reports.result');
    const checkIns = within(summary('checkIns'));
    expect(checkIns.getByTestId('summary-value').textContent).toBe('1,364');
    expect(checkIns.getByTestId('report-delta').textContent).toBe('▲ 10 %');
    expect(checkIns.getByTestId('report-delta').dataset.direction).toBe('up');
    expect(within(summary('complaintsOpened')).getByTestId('report-delta').textContent).toBe(
      '▼ 50 %',
    );
    expect(within(summary('phoneInquiries')).getByTestId('report-delta').dataset.direction).toBe(
      'same',
    );
    // Nothing sold before: no percentage of nothing.
    expect(within(summary('cardsSold')).getByTestId('report-delta').textContent).toBe('—');
    expect(summary('takings').textContent).toContain('¥45,230.50');
    // By day: one row per date of November, the previous month's day beside it.
    const byDay = screen.getByTestId('report-checkins-table');
    expect(within(byDay).getAllByRole('row')).toHaveLength(31);
    expect(byDay.textContent).toContain('11-02 Mon');
    expect(screen.getByTestId('report-heat-table').textContent).toContain('Sun');
    expect(screen.getByTestId('report-consultants-table').textContent).toContain('刘洋');
    expect(screen.getByTestId('report-cards-table').textContent).toContain('¥12,800.00');
    expect(screen.getByTestId('cur-firstResponse').textContent).toBe('1 h 20 min');
    expect(screen.getByTestId('cur-resolution').textContent).toBe('1 d 2 h');
    expect(screen.getByTestId('cur-variance').textContent).toBe('−¥12.50');
    expect(screen.getByTestId('report-categories-table').textContent).toContain('Facilities');
    // Every section with a chart has its table.
    for (const id of ['checkins', 'heat', 'gender', 'occupancy', 'consultants', 'cards'])
      expect(screen.getByTestId(`report-${id}`).querySelector('table'), id).not.toBeNull();
    // A gym without a queue shows no queue figures.
    expect(screen.queryByTestId('row-queueServed')).toBeNull();
  });

  it('moves through periods with the picker, asking main for each', async () => {
    const calls = reportBridge();
    renderWithMantine(<ReportsScreen session={sessionAs('dutyManager')} />);
    await screen.findByTestId('report-summary');
    fireEvent.click(screen.getByTestId('report-prev'));
    await waitFor(() =>
      expect(builds(calls).at(-1)).toEqual({ kind: 'month', from: '2026-10-01' }),
    );
    expect(screen.getByTestId('report-period').textContent).toBe('2026-10-01 – 2026-10-31');
    fireEvent.click(screen.getByTestId('report-kind-week'));
    // 1 October 2026 is a Thursday: its week starts on Monday 28 September.
    await waitFor(() => expect(builds(calls).at(-1)).toEqual({ kind: 'week', from: '2026-09-28' }));
    expect(screen.getByTestId('report-kind-week').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('report-next'));
    await waitFor(() => expect(builds(calls).at(-1)).toEqual({ kind: 'week', from: '2026-10-05' }));
    fireEvent.click(screen.getByTestId('report-kind-day'));
    await waitFor(() => expect(builds(calls).at(-1)).toEqual({ kind: 'day', from: '2026-10-05' }));
    await screen.findByTestId('report-summary');
    // A day's chart is by hour.
    expect(screen.getByTestId('report-checkins').textContent).toContain('Check-ins by hour');
    fireEvent.click(screen.getByTestId('report-kind-range'));
    await waitFor(() =>
      expect(builds(calls).at(-1)).toEqual({ kind: 'range', from: '2026-10-05', to: '2026-10-05' }),
    );
    fireEvent.click(screen.getByTestId('report-kind-month'));
    fireEvent.click(screen.getByTestId('report-this'));
    const today = new Date();
    const month = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-01`;
    await waitFor(() => expect(builds(calls).at(-1)).toEqual({ kind: 'month', from: month }));
  });

  it('Excel starts the export job and says where the file went', async () => {
    const calls = reportBridge({ fileName: '报表 月报 2026-11.xlsx' });
    renderWithMantine(<ReportsScreen session={sessionAs('supervisor')} />);
    await screen.findByTestId('report-summary');
    fireEvent.click(screen.getByTestId('report-export-xlsx'));
    await waitFor(() =>
      expect(screen.getByTestId('report-export-status').textContent).toContain(
        'Saved: 报表 月报 2026-11.xlsx',
      ),
    );
    expect(calls.find((c) => c.channel === 'reports.export')?.input).toEqual({
      period: { kind: 'month', from: '2026-11-01' },
      format: 'xlsx',
    });
  });

  it('shows the build’s bar with Cancel while main counts', async () => {
    const calls = reportBridge({ hold: true });
    renderWithMantine(<ReportsScreen session={sessionAs('admin')} />);
    const bar = await screen.findByTestId('job-progress');
    expect(bar.dataset.state).toBe('running');
    fireEvent.click(within(bar).getByTestId('job-cancel'));
    await waitFor(() => expect(calls.map((c) => c.channel)).toContain('jobs.cancel'));
    expect(screen.queryByTestId('report-summary')).toBeNull();
  });

  it('a report held for someone else at this PC is not shown to the next person', async () => {
    reportBridge({ hold: true });
    useReportsStore.setState({ owner: 'staff-admin', report: reportView() });
    renderWithMantine(<ReportsScreen session={sessionAs('dutyManager')} />);
    await screen.findByTestId('job-progress');
    expect(screen.queryByTestId('report-summary')).toBeNull();
  });

  it('a service hall sees its queue and no check-in sections', async () => {
    reportBridge({ modules: ['queue'] });
    renderWithMantine(<ReportsScreen session={sessionAs('supervisor')} />);
    await screen.findByTestId('report-summary');
    expect(screen.getByTestId('row-queueServed')).toBeTruthy();
    expect(screen.getByTestId('summary-queueServed')).toBeTruthy();
    expect(screen.queryByTestId('report-checkins')).toBeNull();
    expect(screen.queryByTestId('report-desk')).toBeNull();
    expect(screen.queryByTestId('report-visitors')).toBeNull();
    expect(screen.queryByTestId('summary-checkIns')).toBeNull();
  });
});
