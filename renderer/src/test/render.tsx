import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { DeskbookBridge } from '../../../shared/contract/transport';
import { theme } from '../app/theme';

export function renderWithMantine(ui: ReactElement) {
  return render(<MantineProvider theme={theme}>{ui}</MantineProvider>);
}

/** A scripted transport: answers each channel from `answers`, records every call. */
export function fakeBridge(answers: Record<string, unknown | ((input: unknown) => unknown)>) {
  const calls: { channel: string; input: unknown }[] = [];
  const bridge: DeskbookBridge = {
    invoke: async (channel, input) => {
      calls.push({ channel, input });
      const answer = answers[channel];
      if (answer === undefined)
        return { ok: false, error: { code: 'NOT_FOUND', message: 'unscripted' } };
      return typeof answer === 'function' ? (answer as (i: unknown) => unknown)(input) : answer;
    },
    on: () => () => {},
  };
  window.deskbook = bridge;
  return calls;
}
