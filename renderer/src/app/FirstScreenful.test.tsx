/** Issue 11, felt speed: a long table draws a screenful first and the rest as it scrolls. */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREENFUL, useFirstScreenful } from './FirstScreenful';

function List({ rows }: { rows: number[] }) {
  const { shown, rest } = useFirstScreenful(rows);
  return (
    <>
      {shown.map((r) => (
        <p key={r} data-testid="row">
          {r}
        </p>
      ))}
      {rest}
    </>
  );
}

/** A browser that says when the marker comes into view, when the test says so. */
function stubObserver() {
  const seen: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
  class Observer {
    constructor(cb: (entries: { isIntersecting: boolean }[]) => void) {
      seen.push(cb);
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  return () => act(() => seen.forEach((cb) => cb([{ isIntersecting: true }])));
}

afterEach(() => vi.unstubAllGlobals());

const rows = Array.from({ length: 50 }, (_, i) => i);

describe('useFirstScreenful', () => {
  it('draws a screenful, then every row once the end of it scrolls into view', () => {
    const scrollIn = stubObserver();
    render(<List rows={rows} />);
    expect(screen.getAllByTestId('row')).toHaveLength(FIRST_SCREENFUL);
    expect(screen.getByTestId('rows-rest')).toBeTruthy();
    scrollIn();
    expect(screen.getAllByTestId('row')).toHaveLength(50);
    expect(screen.queryByTestId('rows-rest')).toBeNull();
  });

  it('draws every row before the page is printed', () => {
    stubObserver();
    render(<List rows={rows} />);
    expect(screen.getAllByTestId('row')).toHaveLength(FIRST_SCREENFUL);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getAllByTestId('row')).toHaveLength(50);
  });

  it('draws a short list whole, and every row where the browser cannot tell what is seen', () => {
    stubObserver();
    const { unmount } = render(<List rows={rows.slice(0, 5)} />);
    expect(screen.getAllByTestId('row')).toHaveLength(5);
    unmount();
    vi.unstubAllGlobals();
    const saved = globalThis.IntersectionObserver;
    // jsdom has no IntersectionObserver; keep it that way whatever the setup file adds.
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<List rows={rows} />);
    expect(screen.getAllByTestId('row')).toHaveLength(50);
    vi.stubGlobal('IntersectionObserver', saved);
  });
});
