import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok } from '../clients/fixtures';
import { AutoRulesModal } from './AutoRulesModal';
import { useFollowUpsStore } from './store';

const OFF = { afterFirstVisit: null, beforeExpiry: null, notSeen: null };

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useFollowUpsStore.setState({ rules: null, day: null });
});

describe('AutoRulesModal (自动回访规则)', () => {
  it('switches a rule on with its days and off again', async () => {
    const calls = fakeBridge({
      'followUps.rules': ok(OFF),
      'followUps.setRule': ok({ ...OFF, notSeen: 45 }),
      'followUps.today': fail({ code: 'FORBIDDEN', message: 'no' }),
    });
    renderWithMantine(<AutoRulesModal opened onClose={() => {}} />);
    const days = await screen.findByTestId('auto-rule-notSeen-days');
    fireEvent.change(days, { target: { value: '45' } });
    fireEvent.click(screen.getByTestId('auto-rule-notSeen-on'));
    await waitFor(() =>
      expect(calls.filter((c) => c.channel === 'followUps.setRule').map((c) => c.input)).toEqual([
        { kind: 'notSeen', days: 45 },
      ]),
    );
    await waitFor(() =>
      expect((screen.getByTestId('auto-rule-notSeen-on') as HTMLInputElement).checked).toBe(true),
    );
  });

  it('marks the days main refused', async () => {
    fakeBridge({
      'followUps.rules': ok(OFF),
      'followUps.setRule': fail({
        code: 'VALIDATION',
        message: 'bad',
        fields: { days: 'too_small' },
      }),
    });
    renderWithMantine(<AutoRulesModal opened onClose={() => {}} />);
    fireEvent.click(await screen.findByTestId('auto-rule-beforeExpiry-on'));
    expect(await screen.findByText('1 to 730 days')).toBeTruthy();
  });
});
