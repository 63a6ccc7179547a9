/**
 * jsdom has no WebAudio: a stand-in AudioContext that records each tone started (its pitch
 * and wave), so tests can tell which sound the desk asked for.
 */
export interface PlayedTone {
  hz: number;
  wave: string;
}

export function fakeAudio(): { played: PlayedTone[]; AudioContext: new () => unknown } {
  const played: PlayedTone[] = [];
  class FakeAudioContext {
    currentTime = 0;
    destination = {};
    createOscillator() {
      const osc = {
        type: 'sine',
        frequency: { value: 0 },
        connect: (next: unknown) => next,
        start: () => played.push({ hz: osc.frequency.value, wave: osc.type }),
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
  return { played, AudioContext: FakeAudioContext };
}
