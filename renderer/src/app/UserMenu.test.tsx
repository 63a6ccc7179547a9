import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionAs } from '../features/clients/fixtures';
import { fakeAudio } from '../test/fakeAudio';
import { renderWithMantine } from '../test/render';
import { useNoticeSound } from './live/noticeSound';
import { SCAN_TONES, useScanSound } from './live/scanSound';
import { useUiStore } from './uiStore';
import { UserMenu } from './UserMenu';

const audio = fakeAudio();
const played = () => audio.played.map((p) => p.hz);

beforeEach(() => {
  audio.played.length = 0;
  vi.stubGlobal('AudioContext', audio.AudioContext);
  useUiStore.setState({ language: 'en' });
  useScanSound.setState({ on: false });
  useNoticeSound.setState({ on: false });
  localStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

describe('the user menu: this PC’s sounds, for whoever sits at it', () => {
  it('a receptionist turns the scan sound on and off without the admin’s settings page', async () => {
    renderWithMantine(<UserMenu session={sessionAs('receptionist')} />);
    fireEvent.click(screen.getByTestId('user-menu'));
    const scan = await screen.findByTestId('menu-scan-sound');
    expect(scan.textContent).toBe('Scan sound: off');
    expect(scan.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(scan);
    expect(useScanSound.getState().on).toBe(true);
    expect(played()).toEqual(SCAN_TONES.accepted.notes);
    // The menu stays open, so the state just chosen can be read.
    expect(screen.getByTestId('menu-scan-sound').textContent).toBe('Scan sound: on');
    fireEvent.click(screen.getByTestId('menu-scan-sound'));
    expect(useScanSound.getState().on).toBe(false);
    expect(played()).toEqual(SCAN_TONES.accepted.notes);
  });

  it('the notification sound likewise, and each is kept apart', async () => {
    renderWithMantine(<UserMenu session={sessionAs('receptionist')} />);
    fireEvent.click(screen.getByTestId('user-menu'));
    fireEvent.click(await screen.findByTestId('menu-notice-sound'));
    expect(useNoticeSound.getState().on).toBe(true);
    expect(useScanSound.getState().on).toBe(false);
    expect(screen.getByTestId('menu-notice-sound').getAttribute('aria-checked')).toBe('true');
    expect(played().length).toBeGreaterThan(0);
  });
});
