import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useScanner } from './useScanner';

function Probe({ onScan }: { onScan: (code: string) => void }) {
  useScanner(onScan);
  return null;
}

/** A key as the browser stamped it when pressed, whenever the page gets to handle it. */
function press(key: string, at: number) {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  Object.defineProperty(e, 'timeStamp', { value: at });
  window.dispatchEvent(e);
}

describe('useScanner', () => {
  it('goes by when each key was pressed: a scanner’s burst handled late is still a scan', () => {
    const onScan = vi.fn();
    render(<Probe onScan={onScan} />);
    // Handled back to back after a busy moment, but pressed 5 ms apart.
    [...'M1001'].forEach((k, i) => press(k, 1000 + 5 * i));
    press('Enter', 1030);
    expect(onScan).toHaveBeenCalledWith('M1001');
  });

  it('a person’s keys queued during a busy moment are not taken for a scan', () => {
    const onScan = vi.fn();
    render(<Probe onScan={onScan} />);
    // Pressed 120 ms apart; the page handles them all at once when it is free again.
    [...'1234'].forEach((k, i) => press(k, 1000 + 120 * i));
    press('Enter', 1500);
    expect(onScan).not.toHaveBeenCalled();
  });
});
