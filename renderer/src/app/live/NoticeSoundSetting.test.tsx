import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { useUiStore } from '../uiStore';
import { NoticeSoundSetting } from './NoticeSoundSetting';
import { SCAN_TONES, useScanSound } from './scanSound';

/** Pitches WebAudio was asked to play, in order. */
const played: number[] = [];
class FakeAudioContext {
  currentTime = 0;
  destination = {};
  createOscillator() {
    const osc = {
      type: 'sine',
      frequency: { value: 0 },
      connect: (next: unknown) => next,
      start: () => played.push(osc.frequency.value),
      stop: () => undefined,
    };
    return osc;
  }
  createGain() {
    const ramp = () => undefined;
    return {
      gain: { setValueAtTime: ramp, exponentialRampToValueAtTime: ramp },
      connect: (next: unknown) => next,
    };
  }
}

beforeEach(() => {
  played.length = 0;
  vi.useFakeTimers();
  vi.stubGlobal('AudioContext', FakeAudioContext);
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
    expect(played).toEqual([...SCAN_TONES.accepted.notes, ...SCAN_TONES.refused.notes]);

    played.length = 0;
    fireEvent.click(toggle);
    vi.advanceTimersByTime(500);
    expect(localStorage.getItem('deskbook.scanSound')).toBe('off');
    expect(played).toEqual([]);
  });
});
