/** The per-PC choice of a short tone with notices, and the tone itself (WebAudio, no asset). */
import { pcSwitch } from './pcSwitch';

export const useNoticeSound = pcSwitch('deskbook.noticeSound');

let audio: AudioContext | null = null;

/**
 * Short notes one after another, each `step` seconds apart with a soft attack and fade so no
 * click is heard. Shared by the notice tone and the scan tones, one AudioContext for the page.
 */
export function playNotes(
  notes: readonly number[],
  step: number,
  wave: OscillatorType = 'sine',
): void {
  const Ctx = typeof window === 'undefined' ? undefined : window.AudioContext;
  if (!Ctx) return;
  audio ??= new Ctx();
  const start = audio.currentTime;
  notes.forEach((hz, i) => {
    const osc = audio!.createOscillator();
    const gain = audio!.createGain();
    osc.type = wave;
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0.001, start + i * step);
    gain.gain.exponentialRampToValueAtTime(0.2, start + i * step + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.001, start + i * step + step);
    osc.connect(gain).connect(audio!.destination);
    osc.start(start + i * step);
    osc.stop(start + i * step + step + 0.01);
  });
}

/** Two soft notes, a quarter second in all: heard at the desk, not startling. */
export function playTone(): void {
  playNotes([880, 1175], 0.12);
}
