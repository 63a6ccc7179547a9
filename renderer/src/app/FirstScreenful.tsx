import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Rows a long table draws at first: more than fit below a screen's header at 1366×768. */
export const FIRST_SCREENFUL = 12;

/**
 * A long table draws the rows a screen shows at once and the rest as its end scrolls near,
 * or before printing (at once where the browser cannot tell, as in tests): a reopened screen
 * is drawn in one go instead of drawing rows nobody sees yet. Returns the rows to draw and
 * the marker to put after the table.
 */
export function useFirstScreenful<T>(rows: T[], first = FIRST_SCREENFUL) {
  const [all, setAll] = useState(() => typeof IntersectionObserver === 'undefined');
  const marker = useRef<HTMLDivElement>(null);
  const cut = !all && rows.length > first;
  useEffect(() => {
    const el = marker.current;
    if (!cut || !el) return;
    const observer = new IntersectionObserver(
      (seen) => {
        if (seen.some((e) => e.isIntersecting)) setAll(true);
      },
      { rootMargin: '0px 0px 200px 0px' },
    );
    observer.observe(el);
    const beforePrint = () => flushSync(() => setAll(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [cut]);
  return {
    shown: cut ? rows.slice(0, first) : rows,
    rest: cut ? <div ref={marker} data-testid="rows-rest" style={{ height: 1 }} /> : null,
  };
}
