/** The keyboard-wedge scanner: a fast burst of keys ending in Enter, wherever focus is. */
import { useEffect, type RefObject } from 'react';
import { SCAN_GAP_MS } from '../../app/searchStore';

const SCAN_MIN_LENGTH = 3;

type TextField = HTMLInputElement | HTMLTextAreaElement;

function focusedField(): TextField | null {
  const el = document.activeElement;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
}

/** Puts back what the field held before the burst; React hears it as typing. */
function restore(field: TextField, value: string) {
  if (field.value === value) return;
  const proto = Object.getPrototypeOf(field) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Calls onScan with the code. A burst typed into a field (the tag box, a search box) is
 * taken back out of it, and its Enter never reaches the field: the card is not a tag number.
 */
export function useScanner(
  onScan: (code: string) => void,
  /** The lookup box: its own Enter already looks up the whole box, a partial burst too. */
  own?: RefObject<HTMLInputElement | null>,
): void {
  useEffect(() => {
    let buffer = '';
    let last = 0;
    let field: TextField | null = null;
    let before = '';
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) {
        buffer = '';
        return;
      }
      // When the key was pressed, not when this handler ran: while the page is busy, a
      // person's keys wait in the queue and would arrive as fast as a scanner's (and a slow
      // machine's scanner keys as slow as a person's).
      const now = e.timeStamp;
      const fast = now - last < SCAN_GAP_MS;
      if (e.key === 'Enter') {
        const inOwnBox = !!own?.current && document.activeElement === own.current;
        if (fast && buffer.length >= SCAN_MIN_LENGTH && !inOwnBox) {
          e.preventDefault();
          e.stopPropagation();
          if (field) restore(field, before);
          onScan(buffer);
        }
        buffer = '';
        return;
      }
      if (e.key.length !== 1) {
        buffer = '';
        return;
      }
      if (!fast || !buffer) {
        // The first key of what may be a burst: remember the field as it was.
        buffer = '';
        field = focusedField();
        before = field?.value ?? '';
      }
      buffer += e.key;
      last = now;
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onScan, own]);
}
