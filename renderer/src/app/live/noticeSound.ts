/** The per-PC choice of a short tone with notices, and the tone itself (WebAudio, no asset). */
import { create } from 'zustand';

const KEY = 'deskbook.noticeSound';

interface SoundState {
  on: boolean;
  setOn(on: boolean): void;
}

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export const useNoticeSound = create<SoundState>((set) => ({
  on: stored(),
  setOn(on) {
    try {
      localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // A PC that keeps no local storage simply forgets the choice at the next start.
    }
    set({ on });
  },
}));

let audio: AudioContext | null = null;

/** Two soft notes, a quarter second in all: heard at the desk, not startling. */
export function playTone(): void {
  const Ctx = typeof window === 'undefined' ? undefined : window.AudioContext;
  if (!Ctx) return;
  audio ??= new Ctx();
  const start = audio.currentTime;
  [880, 1175].forEach((hz, i) => {
    const osc = audio!.createOscillator();
    const gain = audio!.createGain();
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0.001, start + i * 0.12);
    gain.gain.exponentialRampToValueAtTime(0.2, start + i * 0.12 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.001, start + i * 0.12 + 0.12);
    osc.connect(gain).connect(audio!.destination);
    osc.start(start + i * 0.12);
    osc.stop(start + i * 0.12 + 0.13);
  });
}
