import { screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { renderWithMantine } from '../../test/render';
import { stubFonts } from '../complaints/fixtures';
import { reportBridge, reportView } from './fixtures';
import { ReportPrintScreen } from './ReportPrintScreen';
import { useReportsStore } from './store';

beforeAll(() => {
  stubFonts();
  // recharts measures a 0 × 0 box in jsdom and says so.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
beforeEach(() => useUiStore.setState({ language: 'zh-CN' }));

describe('ReportPrintScreen', () => {
  it('prints the report held for its period: figures, changes and every table', async () => {
    const calls = reportBridge();
    useReportsStore.setState({ owner: 'staff-supervisor', report: reportView(), error: null });
    renderWithMantine(
      <ReportPrintScreen param="report:month:2026-11-01" staffId="staff-supervisor" />,
    );
    const sheet = await screen.findByTestId('report-print-sheet');
    expect(sheet.dataset.ready).toBe('true');
    expect(screen.getByTestId('rprint-title').textContent).toBe('月报 2026-11-01 – 2026-11-30');
    expect(sheet.textContent).toContain('入场人次1,364▲ 10 %');
    expect(sheet.textContent).toContain('1小时20分');
    expect(sheet.textContent).toContain('¥12,800.00');
    expect(sheet.querySelectorAll('table').length).toBeGreaterThan(10);
    // Held already: nothing is built again.
    expect(calls.filter((c) => c.channel === 'reports.build')).toEqual([]);
  });

  it('builds the report when it is not the one held', async () => {
    const calls = reportBridge();
    useReportsStore.setState({ report: null, error: null });
    renderWithMantine(
      <ReportPrintScreen param="report:range:2026-11-03:2026-11-20" staffId="staff-supervisor" />,
    );
    await screen.findByTestId('rprint-title');
    expect(calls.find((c) => c.channel === 'reports.build')?.input).toEqual({
      kind: 'range',
      from: '2026-11-03',
      to: '2026-11-20',
    });
    expect(screen.getByTestId('rprint-title').textContent).toBe('自定义 2026-11-03 – 2026-11-20');
  });
});
