import './testEnv';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandoverDayPrint } from '../../../../shared/contract/handoverViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok, sessionAs } from '../clients/fixtures';
import { useSettingsStore } from '../settings/store';
import { useVaultStore } from '../setup/store';
import { END, START, signedView } from './fixtures';
import { parsePrintParam, pdfFileName, usePrintStore } from './printStore';
import { PrintScreen } from './PrintScreen';

const session = sessionAs('supervisor');
const flagged = signedView({
  status: 'flagged',
  incoming: { staffId: 'staff-zhao', name: '赵敏', at: END + 120_000 },
  confirmedSections: ['figures', 'openItems', 'anomalies', 'summary'],
  flags: [{ section: 'cash', note: '钱箱少 2 元', at: END + 120_000, byName: '赵敏' }],
});

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useVaultStore.setState({ status: { state: 'open', siteName: '城东健身中心' } });
  usePrintStore.setState({ param: null, handover: null, day: null, error: null, savedAs: null });
});
afterEach(() => vi.restoreAllMocks());

describe('print view addresses', () => {
  it('reads handover:<id> and day:<date>, nothing else', () => {
    expect(parsePrintParam('handover:h-1')).toEqual({ kind: 'handover', id: 'h-1' });
    expect(parsePrintParam('day:2025-06-02')).toEqual({ kind: 'day', date: '2025-06-02' });
    expect(parsePrintParam('day:June')).toBeNull();
    expect(parsePrintParam('h-1')).toBeNull();
    expect(pdfFileName(['交接班', '2025-06-02', '早班 (A)'])).toBe(
      '交接班 2025-06-02 早班 -A-.pdf',
    );
  });
});

describe('PrintScreen', () => {
  it('prints one handover: fingerprint, figures, cash, both signatures and the flag', async () => {
    const calls = fakeBridge({ 'handover.get': ok(flagged) });
    renderWithMantine(<PrintScreen session={session} param="handover:h-1" />);
    expect((await screen.findByTestId('print-fingerprint')).textContent).toBe(
      '3F2A-09C1-77DE-B410',
    );
    expect(calls).toEqual([{ channel: 'handover.get', input: { handoverId: 'h-1' } }]);
    expect(screen.getByTestId('print-site').textContent).toBe('城东健身中心');
    expect(screen.getByTestId('print-shift').textContent).toBe('早班');
    expect(screen.getByTestId('print-date').textContent).toBe('2025-06-02');
    expect(
      within(screen.getByTestId('print-entries')).getAllByRole('cell').at(-1)!.textContent,
    ).toBe('22');
    expect(screen.getByTestId('print-expected').textContent).toBe('¥1,734.50');
    expect(screen.getByTestId('print-variance').textContent).toContain('Short -¥2.00');
    const out = screen.getByTestId('print-sig-outgoing');
    expect(out.textContent).toContain('王芳');
    expect(out.textContent).toMatch(/2025-06-02 15:55/);
    expect(screen.getByTestId('print-sig-incoming').textContent).toContain('赵敏');
    const cash = screen.getByTestId('print-section-cash');
    expect(cash.className).toBe('hp-flagged-section');
    expect(within(cash).getByTestId('print-flag').textContent).toContain('钱箱少 2 元');
    expect(screen.getByTestId('print-signatures').textContent).toContain(
      'Flagged by the incoming side: Cash',
    );
    // Paper gets light colours and no toolbar, whatever the app's colour scheme.
    const css = document.querySelector('.hp-root style')?.textContent ?? '';
    expect(css).toContain('@media print');
    expect(css).toMatch(/\.hp-toolbar, \[data-noprint\] \{ display: none !important; \}/);
    expect(css).toContain('size: A4');
    expect(screen.getByTestId('print-toolbar').hasAttribute('data-noprint')).toBe(true);
  });

  it('prints what the desk did before the shift opened, and its cash in the drawer', async () => {
    const base = signedView();
    const withBefore = signedView({
      content: {
        ...base.content,
        figures: {
          ...base.content.figures,
          beforeOpening: {
            from: START - 600_000,
            to: START,
            entries: 3,
            cashTakingsCents: 2800,
            paymentCount: 2,
          },
        },
        cash: { ...base.content.cash, beforeOpeningCents: 2800 },
      },
    });
    fakeBridge({ 'handover.get': ok(withBefore) });
    renderWithMantine(<PrintScreen session={session} param="handover:h-1" />);
    const line = await screen.findByTestId('print-before-opening');
    expect(line.textContent).toContain('Before opening');
    expect(line.textContent).toContain('09:20–09:30, no shift open: 3 entries, cash ¥28.00');
    expect(screen.getByTestId('print-cash-before-opening').textContent).toBe('¥28.00');
  });

  it('prints no before-opening line when the desk was never without a shift', async () => {
    fakeBridge({ 'handover.get': ok(signedView()) });
    renderWithMantine(<PrintScreen session={session} param="handover:h-1" />);
    await screen.findByTestId('print-fingerprint');
    expect(screen.queryByTestId('print-before-opening')).toBeNull();
    expect(screen.queryByTestId('print-cash-before-opening')).toBeNull();
  });

  it('an office’s handover prints no rows of zeros for the member desk or the queue', async () => {
    useSettingsStore.setState({
      settings: {
        siteName: '静安办公室',
        idleLockMinutes: 5,
        defaultLanguage: 'zh-CN',
        siteProfile: 'office',
        modules: ['visitors', 'clientFiles'],
      },
    });
    const base = signedView();
    const office = signedView({
      content: {
        ...base.content,
        figures: {
          ...base.content.figures,
          entries: { female: 0, male: 0, unspecified: 0, total: 0 },
          cardsSold: [],
          queueServed: 0,
          coaches: null,
        },
      },
    });
    fakeBridge({ 'handover.get': ok(office) });
    renderWithMantine(<PrintScreen session={session} param="handover:h-1" />);
    await screen.findByTestId('print-fingerprint');
    expect(screen.queryByTestId('print-entries')).toBeNull();
    expect(screen.queryByTestId('print-cards')).toBeNull();
    expect(screen.queryByTestId('print-coaches')).toBeNull();
    expect(screen.getByTestId('print-trials')).toBeTruthy();
    expect(screen.getByTestId('print-visitors').textContent).toBe('5');
    useSettingsStore.setState({ settings: null });
  });

  it('Save as PDF falls back to the print dialog when main cannot write a PDF', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const calls = fakeBridge({
      'handover.get': ok(flagged),
      'print.savePdf': ok({ saved: false, fileName: null }),
    });
    renderWithMantine(<PrintScreen session={session} param="handover:h-1" />);
    await screen.findByTestId('print-fingerprint');
    fireEvent.click(screen.getByTestId('print-pdf'));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.channel === 'print.savePdf').map((c) => c.input)).toEqual([
      { fileName: 'Handover 2025-06-02 早班.pdf' },
    ]);
  });

  it('a saved PDF is named in the toolbar and the print dialog stays shut', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    fakeBridge({
      'handover.get': ok(flagged),
      'print.savePdf': ok({ saved: true, fileName: '交接班.pdf' }),
    });
    renderWithMantine(<PrintScreen session={session} param="handover:h-1" />);
    await screen.findByTestId('print-fingerprint');
    fireEvent.click(screen.getByTestId('print-pdf'));
    expect((await screen.findByTestId('print-saved')).textContent).toBe('Saved as 交接班.pdf');
    expect(print).not.toHaveBeenCalled();
  });

  it('prints a day: every handover in order, the missing shifts, the chain fingerprint', async () => {
    const late = signedView({
      id: 'h-2',
      shiftName: '晚班',
      plannedStart: END,
      plannedEnd: END + 6.5 * 3_600_000,
      auditFingerprint: '9ABC-0000-1111-2222',
    });
    const day: HandoverDayPrint = {
      businessDate: '2025-06-02',
      siteName: '城东健身中心',
      handovers: [flagged, late],
      missing: [{ name: '夜班', plannedStart: END + 7 * 3_600_000 }],
      printedAt: END + 9 * 3_600_000,
      auditFingerprint: 'FFFF-EEEE-DDDD-CCCC',
    };
    const calls = fakeBridge({ 'handover.printDay': ok(day) });
    renderWithMantine(<PrintScreen session={session} param="day:2025-06-02" />);
    const rows = await screen.findAllByTestId('print-day-row');
    expect(calls).toEqual([
      { channel: 'handover.printDay', input: { businessDate: '2025-06-02' } },
    ]);
    expect(rows.map((r) => r.getAttribute('data-state'))).toEqual([
      'flagged',
      'awaitingIncoming',
      'missing',
    ]);
    expect(screen.getByTestId('print-missing').textContent).toBe('夜班');
    expect(screen.getByTestId('print-day-fingerprint').textContent).toBe('FFFF-EEEE-DDDD-CCCC');
    const sheets = screen.getAllByTestId('print-handover');
    expect(sheets.map((s) => s.getAttribute('data-handover'))).toEqual(['h-1', 'h-2']);
    expect(sheets.every((s) => s.classList.contains('hp-newpage'))).toBe(true);
    expect(screen.getAllByTestId('print-fingerprint').map((f) => f.textContent)).toEqual([
      '3F2A-09C1-77DE-B410',
      '9ABC-0000-1111-2222',
    ]);
  });

  it('an address that names nothing says so', () => {
    fakeBridge({});
    renderWithMantine(<PrintScreen session={session} param="nothing" />);
    expect(screen.getByTestId('print-bad').textContent).toBe('Nothing to print at this address.');
  });
});
