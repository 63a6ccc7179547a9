/** Issue 11, felt speed: a person's key asks main at once; a scanner's burst asks once. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/contract/result';
import { createSearchStore, SCAN_GAP_MS, SLOW_SEARCH_MS, useSlowSearch } from './searchStore';

/** Answers that arrive when the test says, in any order. */
function slowMain() {
  const asked: { q: string; answer: (rows: string[]) => void }[] = [];
  const ask = (q: string) =>
    new Promise<Result<string[]>>((resolve) =>
      asked.push({ q, answer: (rows) => resolve({ ok: true, data: rows }) }),
    );
  return { asked, ask };
}

const PERSON_GAP_MS = 120;
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T10:00:00'));
});
afterEach(() => vi.useRealTimers());

/** Types `text` one key at a time, `gapMs` apart, as the box's onChange does. */
function type(store: ReturnType<typeof createSearchStore<string>>, text: string, gapMs: number) {
  for (let i = 1; i <= text.length; i++) {
    vi.advanceTimersByTime(gapMs);
    store.getState().setQuery(text.slice(0, i));
  }
}

describe('a search box', () => {
  it("asks main at a person's key at once, with no pause after it", () => {
    const main = slowMain();
    const store = createSearchStore(main.ask);
    type(store, 'zs', PERSON_GAP_MS);
    // The first key waits a scan gap (it may start a burst); the second asks straight away.
    expect(main.asked.map((a) => a.q)).toEqual(['zs']);
  });

  it('shows the newest answer when answers arrive out of order', async () => {
    const main = slowMain();
    const store = createSearchStore(main.ask);
    type(store, 'zha', PERSON_GAP_MS);
    vi.advanceTimersByTime(PERSON_GAP_MS);
    store.getState().setQuery('zhan');
    expect(main.asked.map((a) => a.q)).toEqual(['zh', 'zha', 'zhan']);
    main.asked[2]!.answer(['张三']);
    await tick();
    main.asked[1]!.answer(['张三', '赵安']);
    main.asked[0]!.answer(['张三', '赵安', '周浩']);
    await tick();
    expect(store.getState()).toMatchObject({ answered: 'zhan', results: ['张三'] });
  });

  it('never shows an answer for a query the person has already typed past', async () => {
    vi.useRealTimers();
    const main = slowMain();
    const store = createSearchStore(main.ask);
    store.getState().setQuery('l');
    await new Promise((r) => setTimeout(r, SCAN_GAP_MS + 10));
    store.getState().setQuery('li');
    // The answer for "l" comes after "li" was typed: it must not flash on screen.
    main.asked[0]!.answer(['李四', '刘洋']);
    await tick();
    expect(store.getState().results).toEqual([]);
    expect(store.getState().searching).toBe(true);
    main.asked[1]!.answer(['李四']);
    await tick();
    expect(store.getState()).toMatchObject({ answered: 'li', results: ['李四'], searching: false });
  });

  it("asks once for a scanner's burst, with the whole code, when its Enter flushes", async () => {
    const main = slowMain();
    const store = createSearchStore(main.ask);
    type(store, 'VIP-0001', 5);
    expect(main.asked).toEqual([]);
    const found = store.getState().flush();
    expect(main.asked.map((a) => a.q)).toEqual(['VIP-0001']);
    main.asked[0]!.answer(['王建国']);
    expect(await found).toEqual(['王建国']);
  });

  it('asks for a burst without Enter (a paste) once it has ended', async () => {
    vi.useRealTimers();
    const main = slowMain();
    const store = createSearchStore(main.ask);
    store.getState().setQuery('138');
    expect(main.asked).toEqual([]);
    await new Promise((r) => setTimeout(r, SCAN_GAP_MS + 10));
    expect(main.asked.map((a) => a.q)).toEqual(['138']);
  });
});

describe("a search box's spinner", () => {
  it('stays off for the quick answer of each key and shows for a search that takes long', () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ searching }) => useSlowSearch(searching), {
      initialProps: { searching: false },
    });
    // A key, answered 5 ms later: no blink.
    rerender({ searching: true });
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(5));
    rerender({ searching: false });
    act(() => void vi.advanceTimersByTime(SLOW_SEARCH_MS * 2));
    expect(result.current).toBe(false);
    // A search main is slow to answer: the spinner says so, and goes with the answer.
    rerender({ searching: true });
    act(() => void vi.advanceTimersByTime(SLOW_SEARCH_MS + 10));
    expect(result.current).toBe(true);
    rerender({ searching: false });
    expect(result.current).toBe(false);
  });
});
