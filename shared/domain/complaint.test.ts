import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_STATES,
  carriesIntoHandover,
  clockPaused,
  followUpCloses,
  ownerOf,
  stepFrom,
} from './complaint';

describe('complaint case', () => {
  it('goes open → responded → resolved → closed, and reopens from resolved or closed', () => {
    expect(stepFrom('open', 'respond')).toBe('responded');
    expect(stepFrom('responded', 'resolve')).toBe('resolved');
    expect(stepFrom('resolved', 'close')).toBe('closed');
    expect(stepFrom('closed', 'reopen')).toBe('open');
    expect(stepFrom('resolved', 'reopen')).toBe('open');
  });

  it('refuses steps that skip the loop', () => {
    expect(stepFrom('open', 'close')).toBeNull();
    expect(stepFrom('responded', 'reopen')).toBeNull();
    expect(stepFrom('closed', 'resolve')).toBeNull();
    expect(stepFrom('open', 'resume')).toBeNull();
  });

  it('pauses the clock only while waiting for the client, where the level allows it', () => {
    expect(clockPaused('waitingForClient', true)).toBe(true);
    expect(clockPaused('waitingForClient', false)).toBe(false);
    expect(clockPaused('open', true)).toBe(false);
    expect(stepFrom('waitingForClient', 'resume')).toBe('responded');
  });

  it('a follow-up score below 3 reopens; every state but closed carries into handovers', () => {
    expect([1, 2, 3, 4, 5].map(followUpCloses)).toEqual([false, false, true, true, true]);
    expect(COMPLAINT_STATES.filter(carriesIntoHandover)).toEqual([
      'open',
      'responded',
      'waitingForClient',
      'resolved',
    ]);
  });

  it('the first receiver owns the case until a transfer is accepted', () => {
    expect(ownerOf('wangfang', [{ from: 'wangfang', to: 'liuyang', acceptedAt: null }])).toBe(
      'wangfang',
    );
    const accepted = [
      { from: 'wangfang', to: 'liuyang', acceptedAt: 1 },
      { from: 'liuyang', to: 'sunli', acceptedAt: 2 },
    ];
    expect(ownerOf('wangfang', accepted)).toBe('sunli');
    // A transfer offered by someone who was not the owner at the time changes nothing.
    expect(ownerOf('wangfang', [{ from: 'liuyang', to: 'sunli', acceptedAt: 1 }])).toBe('wangfang');
  });
});
