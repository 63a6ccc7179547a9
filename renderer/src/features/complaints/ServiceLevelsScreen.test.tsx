import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { settings, stubFonts } from './fixtures';
import { ServiceLevelsScreen } from './ServiceLevelsScreen';
import { useServiceSettingsStore } from './settingsStore';

const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeAll(stubFonts);
beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useServiceSettingsStore.setState({ settings: null, error: null });
});

describe('ServiceLevelsScreen (服务时限)', () => {
  it('the admin saves the calendar with its holidays and 调休 days, names kept', async () => {
    const calls = fakeBridge({
      'serviceLevels.get': ok(settings()),
      'serviceLevels.setCalendar': ok(settings()),
    });
    renderWithMantine(<ServiceLevelsScreen session={sessionAs('admin')} />);
    expect((await screen.findByTestId('calendar-holidays')).innerHTML).toContain('国庆节');
    fireEvent.click(screen.getByTestId('calendar-save'));
    await waitFor(() => expect(sent(calls, 'serviceLevels.setCalendar')).toHaveLength(1));
    expect(sent(calls, 'serviceLevels.setCalendar')[0]).toEqual({
      weekly: settings().calendar.weekly,
      holidays: [{ day: '2026-10-01', name: '国庆节' }],
      makeUpWorkdays: [{ day: '2026-10-11', asWeekday: 1, name: '国庆调休' }],
    });
  });

  it('a level is saved in minutes from hours; main’s field error marks the input', async () => {
    const calls = fakeBridge({
      'serviceLevels.get': ok(settings()),
      'serviceLevels.setLevel': fail({
        code: 'VALIDATION',
        fields: { 'level.resolutionMinutes': 'resolution not before the first response' },
      }),
    });
    renderWithMantine(<ServiceLevelsScreen session={sessionAs('admin')} />);
    fireEvent.click(await screen.findByTestId('servicelevels-tab-levels'));
    const rows = await screen.findAllByTestId('level-row');
    const high = rows.find((r) => r.getAttribute('data-severity') === 'high')!;
    fireEvent.click(high.querySelector('[data-testid="level-save"]')!);
    await waitFor(() => expect(sent(calls, 'serviceLevels.setLevel')).toHaveLength(1));
    expect(sent(calls, 'serviceLevels.setLevel')[0]).toEqual({
      category: '*',
      severity: 'high',
      level: {
        firstResponseMinutes: 240,
        resolutionMinutes: 1440,
        clock: 'opening',
        pausesWhileWaiting: true,
      },
    });
    await waitFor(() =>
      expect(
        high.querySelector('input[aria-label="Resolution (h)"]')!.getAttribute('aria-invalid'),
      ).toBe('true'),
    );
  });

  it('anyone but the admin reads the settings without save buttons', async () => {
    fakeBridge({ 'serviceLevels.get': ok(settings()) });
    renderWithMantine(<ServiceLevelsScreen session={sessionAs('supervisor')} />);
    await screen.findByTestId('calendar-weekly');
    expect(screen.getByText('Only the admin changes these settings.')).toBeTruthy();
    expect(screen.queryByTestId('calendar-save')).toBeNull();
  });
});
