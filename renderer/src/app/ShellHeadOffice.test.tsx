import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../shared/contract';
import { channelAllowedAt } from '../../../shared/contract/modules';
import type { DeskSettings } from '../../../shared/contract/views';
import { sessionAs } from '../features/clients/fixtures';
import { hqBridge } from '../features/hq/fixtures';
import { useHqStore } from '../features/hq/store';
import { useSettingsStore } from '../features/settings/store';
import { renderWithMantine } from '../test/render';
import { whenBack } from './live/live';
import { Shell } from './Shell';
import { useUiStore } from './uiStore';

const settings = (siteProfile: DeskSettings['siteProfile']): DeskSettings => ({
  siteName: siteProfile === 'headOffice' ? '连锁总部' : '北京朝阳店',
  idleLockMinutes: 5,
  defaultLanguage: 'zh-CN',
  siteProfile,
  modules: siteProfile === 'headOffice' ? [] : ['handTags', 'consultants', 'visitors'],
});

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useSettingsStore.setState({ settings: null, error: null });
  useHqStore.setState({ owner: null, month: '2026-11-01' });
});

describe('Shell by the kind of site', () => {
  it('a head office starts on its board and its menu holds only what a head office has', async () => {
    window.location.hash = '';
    const calls = hqBridge({
      answers: { 'settings.get': { ok: true, data: settings('headOffice') } },
    });
    renderWithMantine(<Shell session={sessionAs('admin')} />);
    await waitFor(() => expect(window.location.hash).toBe('#/hqboard'));
    expect(await screen.findByTestId('hq-board-screen')).toBeTruthy();
    await screen.findByTestId('hq-board-grid');
    // Not even before the profile is known: no screen opens until settings are read.
    const refused = calls
      .map((c) => c.channel)
      .filter((c) => !channelAllowedAt(c as ChannelName, true));
    expect(refused).toEqual([]);
    expect(calls.map((c) => c.channel)).toContain('hq.board');
    const links = screen.getAllByTestId(/^nav-(?!group)/).map((l) => l.dataset.testid);
    expect(links).toEqual([
      'nav-hqboard',
      'nav-hqreport',
      'nav-hqbranches',
      'nav-audit',
      'nav-staff',
      'nav-settings',
      'nav-backups',
      'nav-hqsettings',
    ]);
  });

  it('signing in again at a head office asks main for nothing a head office does not answer', async () => {
    window.location.hash = '#/hqbranches';
    useSettingsStore.setState({ settings: settings('headOffice') });
    const calls = hqBridge({
      answers: { 'settings.get': { ok: true, data: settings('headOffice') } },
    });
    renderWithMantine(<Shell session={sessionAs('supervisor')} />);
    await screen.findByTestId('hq-branches');
    const channels = calls.map((c) => c.channel);
    expect(channels).toContain('hq.branches');
    expect(channels.filter((c) => !channelAllowedAt(c as ChannelName, true))).toEqual([]);
    expect(screen.queryByTestId('nav-desk')).toBeNull();
  });

  it('a head-office screen opened at a branch goes back home', async () => {
    window.location.hash = '#/hqboard';
    const calls = hqBridge({ answers: { 'settings.get': { ok: true, data: settings('gym') } } });
    renderWithMantine(<Shell session={sessionAs('admin')} />);
    await waitFor(() => expect(window.location.hash).toBe('#/home'));
    expect(screen.queryByTestId('nav-hqboard')).toBeNull();
    expect(screen.getByTestId('nav-headoffice')).toBeTruthy();
    expect(calls.map((c) => c.channel)).not.toContain('hq.board');
  });

  it('back after a lost line, a head office reads again only what it has', async () => {
    const calls = hqBridge({
      answers: {
        'session.get': { ok: true, data: sessionAs('admin') },
        'settings.get': { ok: true, data: settings('headOffice') },
      },
    });
    await whenBack();
    const channels = calls.map((c) => c.channel);
    expect(channels).toContain('settings.get');
    expect(channels.filter((c) => !channelAllowedAt(c as ChannelName, true))).toEqual([]);
  });

  it('back after a lost line, a branch reads its desk again', async () => {
    const calls = hqBridge({
      answers: {
        'session.get': { ok: true, data: sessionAs('admin') },
        'settings.get': { ok: true, data: settings('gym') },
      },
    });
    await whenBack();
    expect(
      calls.map((c) => c.channel).filter((c) => !channelAllowedAt(c as ChannelName, true)),
    ).not.toEqual([]);
  });
});
