import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskSettings } from '../../../../shared/contract/views';
import { MODULES } from '../../../../shared/domain/modules';
import { Shell } from '../../app/Shell';
import { useUiStore } from '../../app/uiStore';
import { liveBridge } from '../../test/liveBridge';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok, sessionAs } from '../clients/fixtures';
import { SiteProfileSettings } from './SiteProfileSettings';
import { settingsLive, useSettingsStore } from './store';

const gym: DeskSettings = {
  siteName: '阳光健身',
  idleLockMinutes: 5,
  defaultLanguage: 'zh-CN',
  siteProfile: 'gym',
  modules: [...MODULES],
};
const box = (m: string) => screen.getByTestId(`module-${m}`) as HTMLInputElement;
const ticked = () => MODULES.filter((m) => box(m).checked);

let stop: () => void = () => {};
beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useSettingsStore.setState({ settings: gym, error: null });
});
afterEach(() => stop());

describe('Settings: site profile', () => {
  it('a profile ticks its modules, a module ticks what it needs, and saving sends both', async () => {
    const calls = fakeBridge({
      'settings.update': (input: unknown) => ok({ ...gym, ...(input as object) }),
      'vault.status': ok({ state: 'open', siteName: '阳光健身' }),
    });
    renderWithMantine(<SiteProfileSettings />);
    expect(ticked()).toEqual([...MODULES]);
    fireEvent.click(screen.getByTestId('profile-office'));
    expect(ticked()).toEqual(['visitors', 'clientFiles']);
    // Hand tags need the client files; without them, hand tags go too.
    fireEvent.click(box('clientFiles'));
    expect(ticked()).toEqual(['visitors']);
    fireEvent.click(box('handTags'));
    expect(ticked()).toEqual(['handTags', 'visitors', 'clientFiles']);
    expect(screen.getByText(/Needs Client files/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('site-profile-save'));
    await waitFor(() => expect(calls.some((c) => c.channel === 'settings.update')).toBe(true));
    expect(calls.find((c) => c.channel === 'settings.update')!.input).toEqual({
      siteProfile: 'office',
      modules: ['handTags', 'visitors', 'clientFiles'],
    });
    await waitFor(() => expect(useSettingsStore.getState().settings?.siteProfile).toBe('office'));
  });

  it("shows main's refusal on the modules", async () => {
    fakeBridge({
      'settings.update': {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'Invalid input: modules',
          fields: { modules: 'handTags needs clientFiles' },
        },
      },
    });
    renderWithMantine(<SiteProfileSettings />);
    fireEvent.click(screen.getByTestId('site-profile-save'));
    expect(await screen.findByText('handTags needs clientFiles')).toBeTruthy();
  });

  it('the menu drops the screens of modules switched off as soon as main pushes the settings', async () => {
    const bridge = liveBridge({
      'settings.get': { ok: true, data: gym },
      'session.get': { ok: true, data: sessionAs('admin') },
    });
    stop = settingsLive.follow();
    renderWithMantine(<Shell session={sessionAs('admin')} />);
    // The shell's own read of the settings has answered before main pushes a change.
    await waitFor(() => expect(bridge.invoke).toHaveBeenCalledWith('settings.get', undefined));
    await act(async () => {});
    expect(await screen.findByTestId('nav-queue')).toBeTruthy();
    expect(screen.getByTestId('nav-onsite')).toBeTruthy();
    act(() =>
      bridge.emit('view:settings.get', {
        ...gym,
        siteProfile: 'office',
        modules: ['visitors', 'clientFiles'],
      }),
    );
    await waitFor(() => expect(screen.queryByTestId('nav-queue')).toBeNull());
    expect(screen.queryByTestId('nav-onsite')).toBeNull();
    expect(screen.queryByTestId('nav-fairness')).toBeNull();
    expect(screen.getByTestId('nav-desk')).toBeTruthy();
    expect(screen.getByTestId('nav-clients')).toBeTruthy();
  });

  it('a screen of a module not in use, opened by its address, says so instead', async () => {
    const hall = { ...gym, siteProfile: 'serviceHall' as const, modules: ['queue' as const] };
    liveBridge({ 'settings.get': { ok: true, data: hall } });
    useSettingsStore.setState({ settings: hall });
    window.location.hash = '#/client/c-1';
    renderWithMantine(<Shell session={sessionAs('admin')} />);
    expect(await screen.findByTestId('module-off')).toBeTruthy();
    expect(screen.getByText('Client files')).toBeTruthy();
    window.location.hash = '';
  });
});

describe('Settings: site profile at a head office and a branch', () => {
  it('a head office says what it is and lists no modules', () => {
    useSettingsStore.setState({
      settings: { ...gym, siteProfile: 'headOffice', modules: [] },
      error: null,
    });
    renderWithMantine(<SiteProfileSettings />);
    expect(screen.getByTestId('site-profile-head-office').textContent).toContain(
      'This PC is a head office',
    );
    expect(screen.queryByTestId('module-handTags')).toBeNull();
    expect(screen.queryByTestId('profile-gym')).toBeNull();
    expect(screen.queryByTestId('site-profile-save')).toBeNull();
  });

  it('a branch is not offered becoming a head office', () => {
    renderWithMantine(<SiteProfileSettings />);
    expect(screen.getByTestId('profile-gym')).toBeTruthy();
    expect(screen.getByTestId('profile-office')).toBeTruthy();
    expect(screen.queryByTestId('profile-headOffice')).toBeNull();
  });
});
