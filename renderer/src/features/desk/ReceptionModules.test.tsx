import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DeskSettings } from '../../../../shared/contract/views';
import { MODULES, type Module } from '../../../../shared/domain/modules';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { sessionAs } from '../clients/fixtures';
import { useSettingsStore } from '../settings/store';
import { baseAnswers } from './fixtures';
import { ReceptionScreen } from './ReceptionScreen';

const site = (modules: Module[]): DeskSettings => ({
  siteName: '静安办公室',
  idleLockMinutes: 5,
  defaultLanguage: 'zh-CN',
  siteProfile: 'office',
  modules,
});

function open(modules: Module[]) {
  useSettingsStore.setState({ settings: site(modules) });
  const calls = fakeBridge(baseAnswers());
  renderWithMantine(<ReceptionScreen session={sessionAs('receptionist')} />);
  return calls;
}

beforeEach(() => useUiStore.setState({ language: 'en' }));

describe('the reception screen on a site profile', () => {
  it('an office keeps visitors, the phone log and messages, and reads nothing of the rest', async () => {
    const calls = open(['visitors', 'clientFiles']);
    await screen.findByTestId('call-new');
    await waitFor(() => expect(calls.some((c) => c.channel === 'visitors.waiting')).toBe(true));
    expect(screen.queryByTestId('desk-lookup')).toBeNull();
    expect(screen.queryByTestId('rotation-strip')).toBeNull();
    expect(screen.queryByTestId('checkout-by-tag')).toBeNull();
    expect(screen.queryByTestId('cardsale-open')).toBeNull();
    expect(screen.queryByTestId('count-entries')).toBeNull();
    expect(screen.getByTestId('visitors-panel')).toBeTruthy();
    expect(screen.getByTestId('count-visitors')).toBeTruthy();
    expect(screen.getByTestId('count-calls')).toBeTruthy();
    const read = new Set(calls.map((c) => c.channel));
    for (const off of ['desk.tagsOut', 'desk.priceList', 'desk.dayCounts', 'rotation.today'])
      expect(read.has(off), off).toBe(false);
  });

  it('a gym with every module shows it all', async () => {
    open([...MODULES]);
    expect(await screen.findByTestId('desk-lookup')).toBeTruthy();
    expect(screen.getByTestId('rotation-strip')).toBeTruthy();
    expect(screen.getByTestId('checkout-by-tag')).toBeTruthy();
  });

  it('the shortcuts help of an office lists no hand-tag keys', async () => {
    open(['visitors', 'clientFiles']);
    fireEvent.click(await screen.findByTestId('desk-help-open'));
    const help = await screen.findByTestId('desk-help');
    const keys = [...help.querySelectorAll('kbd')].map((k) => k.textContent);
    expect(keys).toEqual(expect.arrayContaining(['F4', 'F5', 'F1']));
    for (const gone of ['F2', 'F3', 'F6', 'F8']) expect(keys, gone).not.toContain(gone);
  });
});
