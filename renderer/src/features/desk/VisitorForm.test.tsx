import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, sessionAs } from '../clients/fixtures';
import { baseAnswers } from './fixtures';
import { ReceptionScreen } from './ReceptionScreen';
import { useVisitorsStore } from './visitorsStore';

/** The error Mantine shows under an input (its id + "-error"). */
function errorUnder(testId: string): string | null {
  const input = screen.getByTestId(testId);
  return document.getElementById(`${input.id}-error`)?.textContent ?? null;
}

async function registerWith(phone: string, fields: Record<string, string>) {
  fakeBridge({
    ...baseAnswers(),
    'visitors.register': fail({ code: 'VALIDATION', message: 'bad', fields }),
  });
  renderWithMantine(<ReceptionScreen session={sessionAs('receptionist')} />);
  fireEvent.click(await screen.findByTestId('visitor-new'));
  fireEvent.change(await screen.findByTestId('visitor-name'), { target: { value: '陈静' } });
  fireEvent.change(screen.getByTestId('visitor-phone'), { target: { value: phone } });
  fireEvent.click(screen.getByTestId('visitor-submit'));
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useVisitorsStore.setState({ visitors: [], offsetMs: 0 });
});

describe('the visitor form marks the field main names', () => {
  it('a phone "12ab" refused by main is marked at the phone, with no lone alert', async () => {
    await registerWith('12ab', { phone: 'a phone number' });
    await waitFor(() => expect(errorUnder('visitor-phone')).toMatch(/^Enter a Chinese mobile/));
    const modal = screen.getByTestId('visitor-modal');
    expect(modal.querySelector('[data-testid="error-alert"]')).toBeNull();
    expect(modal.textContent).not.toContain('Please check the highlighted fields.');
  });

  it('a field the form does not mark still reaches the alert', async () => {
    await registerWith('13812345678', { gender: 'invalid' });
    await waitFor(() =>
      expect(
        screen.getByTestId('visitor-modal').querySelector('[data-testid="error-alert"]'),
      ).not.toBeNull(),
    );
  });
});
