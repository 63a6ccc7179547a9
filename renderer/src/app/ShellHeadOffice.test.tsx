import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeskSettings } from '../../../shared/contract/views';
import { sessionAs } from '../features/clients/fixtures';
import { hqBridge } from '../features/hq/fixtures';
import { useHqStore } from '../features/hq/store';
import { useSettingsStore } from '../features/settings/store';
import { renderWithMantine } from '../test/render';
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
    hqBridge({ answers: { 'settings.get': { ok: true, data: settings('headOffice') } } });
    renderWithMantine(<Shell session={sessionAs('admin')} />);
    await waitFor(() => expect(window.location.hash).toBe('#/hqboard'));
    expect(await screen.findByTestId('hq-board-screen')).toBeTruthy();
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

  it('a head-office screen opened at a branch goes back home', async () => {
    window.location.hash = '#/hqboard';
    const calls = hqBridge({ answers: { 'settings.get': { ok: true, data: settings('gym') } } });
    renderWithMantine(<Shell session={sessionAs('admin')} />);
    await waitFor(() => expect(window.location.hash).toBe('#/home'));
    expect(screen.queryByTestId('nav-hqboard')).toBeNull();
    expect(screen.getByTestId('nav-headoffice')).toBeTruthy();
    expect(calls.map((c) => c.channel)).not.toContain('hq.board');
  });
});
