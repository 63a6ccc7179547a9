import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeskSettings } from '../../../../shared/contract/views';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok, sessionAs } from '../clients/fixtures';
import { SettingsScreen } from './SettingsScreen';
import { useSettingsStore } from './store';

const settings: DeskSettings = {
  siteName: '阳光健身',
  idleLockMinutes: 5,
  defaultLanguage: 'zh-CN',
  handTags: '1-200',
  capacity: 0,
  lostTagFeeCents: 0,
  handoverMinutes: 2,
  queueAttendMinutes: 5,
  queueEscalateMinutes: 15,
  handoverRetentionMonths: 12,
  handoverReminderMinutes: 10,
  cashFloatCents: 50_000,
  siteProfile: 'gym',
  modules: ['handTags', 'consultants', 'queue', 'visitors', 'clientFiles'],
};
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN' });
  useSettingsStore.setState({ settings: null, error: null });
});

describe('SettingsScreen: shifts and handover', () => {
  it('saves the retention in months and the float in cents', async () => {
    const calls = fakeBridge({
      'settings.get': ok(settings),
      'settings.update': (input: unknown) => ok({ ...settings, ...(input as object) }),
      'vault.status': ok({ state: 'open', siteName: '阳光健身', defaultLanguage: 'zh-CN' }),
    });
    renderWithMantine(<SettingsScreen session={sessionAs('admin')} />);
    const retention = await screen.findByTestId('settings-retention');
    expect((retention as HTMLInputElement).value).toBe('12');
    fireEvent.change(retention, { target: { value: '3' } });
    fireEvent.change(screen.getByDisplayValue('¥500'), { target: { value: '¥823.5' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(sent(calls, 'settings.update')).toHaveLength(1));
    expect(sent(calls, 'settings.update')[0]).toMatchObject({
      handoverRetentionMonths: 3,
      handoverReminderMinutes: 10,
      cashFloatCents: 82_350,
    });
  });

  it('removes expired handovers only after a confirmation, and says how many', async () => {
    const calls = fakeBridge({
      'settings.get': ok(settings),
      'handover.purgeExpired': ok({ removed: 4, keptFrom: '2025-11-22' }),
    });
    renderWithMantine(<SettingsScreen session={sessionAs('admin')} />);
    fireEvent.click(await screen.findByTestId('purge-open'));
    expect(sent(calls, 'handover.purgeExpired')).toHaveLength(0);
    fireEvent.click(await screen.findByTestId('purge-confirm'));
    await waitFor(() => expect(sent(calls, 'handover.purgeExpired')).toEqual([{ confirm: true }]));
    expect(await screen.findByText(/已清除 4 份交接记录/)).toBeTruthy();
  });

  it('shows the settings of a module only while the site uses it', async () => {
    const office = { ...settings, siteProfile: 'office' as const, modules: ['visitors' as const] };
    fakeBridge({ 'settings.get': ok(office) });
    renderWithMantine(<SettingsScreen session={sessionAs('admin')} />);
    await screen.findByTestId('settings-retention');
    expect(screen.queryByTestId('settings-hand-tags')).toBeNull();
    expect(screen.queryByText('排队：多久后提醒接待（分钟）')).toBeNull();
    expect(screen.getByText('会籍顾问接待访客的时限（分钟）')).toBeTruthy();
  });
});
