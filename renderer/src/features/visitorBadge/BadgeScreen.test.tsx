import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisitorBadge } from '../../../../shared/contract/receptionViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok } from '../clients/fixtures';
import { usePrintStore } from '../handover/printStore';
import { BADGE_CSS } from './badgeCss';
import { BadgeScreen } from './BadgeScreen';
import { parseBadgeParam, useBadgeStore } from './store';

const AT = new Date(2025, 5, 2, 10, 7).getTime();
const badge = (patch: Partial<VisitorBadge> = {}): VisitorBadge => ({
  visitorId: 'v-1',
  name: '宋佳',
  hostName: '刘洋',
  registeredAt: AT,
  businessDate: '2025-06-02',
  siteName: '阳光健身 · 朝阳店',
  dayNumber: 3,
  trial: true,
  ...patch,
});

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN' });
  useBadgeStore.setState({ visitorId: null, badge: null, error: null });
  usePrintStore.setState({ saving: false, savedAs: 'old.pdf' });
});
afterEach(() => vi.restoreAllMocks());

describe('the visitor badge print view', () => {
  it('reads badge:<id> only', () => {
    expect(parseBadgeParam('badge:v-1')).toBe('v-1');
    expect(parseBadgeParam('handover:h-1')).toBeNull();
    expect(parseBadgeParam('badge:')).toBeNull();
  });

  it('prints what main says: name, host, date, time, site and number, on a card-sized page', async () => {
    const calls = fakeBridge({ 'visitors.badge': ok(badge()) });
    renderWithMantine(<BadgeScreen param="badge:v-1" />);
    expect((await screen.findByTestId('badge-name')).textContent).toBe('宋佳体验');
    expect(calls).toEqual([{ channel: 'visitors.badge', input: { visitorId: 'v-1' } }]);
    expect(screen.getByTestId('badge-host').textContent).toBe('刘洋');
    expect(screen.getByTestId('badge-date').textContent).toBe('2025-06-02');
    expect(screen.getByTestId('badge-time').textContent).toBe('10:07');
    expect(screen.getByTestId('badge-site').textContent).toBe('阳光健身 · 朝阳店');
    expect(screen.getByTestId('badge-number').textContent).toBe('第 3 号');
    expect(screen.queryByTestId('badge-saved')).toBeNull();
    expect(BADGE_CSS).toMatch(/@page \{ size: 86mm 54mm; margin: 0; \}/);
  });

  it('no host yet reads "Reception"; the PDF goes through print.savePdf', async () => {
    useUiStore.setState({ language: 'en' });
    const calls = fakeBridge({
      'visitors.badge': ok(badge({ hostName: null, trial: false, name: 'Nana Ouyang' })),
      'print.savePdf': ok({ saved: true, fileName: 'badge.pdf' }),
    });
    renderWithMantine(<BadgeScreen param="badge:v-1" />);
    expect((await screen.findByTestId('badge-host')).textContent).toBe('Reception');
    expect(screen.getByTestId('badge-number').textContent).toBe('No. 3');
    fireEvent.click(screen.getByTestId('badge-pdf'));
    expect((await screen.findByTestId('badge-saved')).textContent).toBe('Saved as badge.pdf');
    expect(calls.at(-1)).toEqual({
      channel: 'print.savePdf',
      input: { fileName: 'Visitor badge Nana Ouyang 2025-06-02.pdf', paper: 'badge' },
    });
  });

  it('main refusing (the visitor left) shows its reason and no badge', async () => {
    useUiStore.setState({ language: 'en' });
    fakeBridge({
      'visitors.badge': fail({ code: 'CONFLICT', message: 'x', reason: 'visitors.left' }),
    });
    renderWithMantine(<BadgeScreen param="badge:v-9" />);
    await waitFor(() => expect(screen.getByText('This visitor has left.')).toBeTruthy());
    expect(screen.queryByTestId('badge-card')).toBeNull();
    expect((screen.getByTestId('badge-print') as HTMLButtonElement).disabled).toBe(true);
  });
});
