import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeAudio } from '../../test/fakeAudio';
import { renderWithMantine } from '../../test/render';
import { useUiStore } from '../uiStore';
import { NoticeSoundSetting } from './NoticeSoundSetting';
import { SCAN_TONES, useScanSound } from './scanSound';

/** Pitches WebAudio was asked to play, in order. */
const audio = fakeAudio();
const played = audio.played;
const pitches = () => played.map((p) => p.hz);

beforeEach(() => {
  played.length = 0;
  vi.useFakeTimers();
  vi.stubGlobal('AudioContext', audio.AudioContext);
  useUiStore.setState({ language: 'en' });
  useScanSound.setState({ on: false });
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the scan sound setting (this PC)', () => {
  it('is kept in this PC, and turning it on plays both tones, accepted first', () => {
    renderWithMantine(<NoticeSoundSetting />);
    const toggle = screen.getByTestId('scan-sound') as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    vi.advanceTimersByTime(500);
    expect(localStorage.getItem('deskbook.scanSound')).toBe('on');
    expect(useScanSound.getState().on).toBe(true);
    expect(pitches()).toEqual([...SCAN_TONES.accepted.notes, ...SCAN_TONES.refused.notes]);

    played.length = 0;
    fireEvent.click(toggle);
    vi.advanceTimersByTime(500);
    expect(localStorage.getItem('deskbook.scanSound')).toBe('off');
    expect(pitches()).toEqual([]);
  });
});
