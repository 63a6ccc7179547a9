/**
 * The per-PC choice of a short sound when a scan is accepted or refused (issue 11, item 10):
 * a receptionist facing the member hears the answer without looking at the screen. Off by
 * default, like the notice tone; WebAudio, no asset.
 */
import { playNotes } from './noticeSound';
import { pcSwitch } from './pcSwitch';

export type ScanTone = 'accepted' | 'refused';

/**
 * Told apart by ear: one short high blip for a card that may come in, a low falling pair in
 * a harsher wave for one that may not (or no such card).
 */
export const SCAN_TONES: Record<ScanTone, { notes: number[]; step: number; wave: OscillatorType }> =
  {
    accepted: { notes: [1320], step: 0.09, wave: 'sine' },
    refused: { notes: [392, 262], step: 0.14, wave: 'square' },
  };

export const useScanSound = pcSwitch('deskbook.scanSound');

/** Plays the tone for a scan's outcome when this PC has chosen scan sounds. */
export function playScanTone(tone: ScanTone, force = false): void {
  if (!force && !useScanSound.getState().on) return;
  const { notes, step, wave } = SCAN_TONES[tone];
  playNotes(notes, step, wave);
}
