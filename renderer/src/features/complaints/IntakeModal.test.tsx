import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok, summary } from '../clients/fixtures';
import { caseView, stubFonts } from './fixtures';
import { IntakeModal } from './IntakeModal';
import { useIntakeSearchStore, useIntakeStore } from './intakeStore';

const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeAll(stubFonts);

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useIntakeStore.setState({ opened: false, prefill: {} });
  useIntakeSearchStore.getState().clear();
  window.location.hash = '';
});

describe('IntakeModal (投诉登记)', () => {
  it('opens with the focus in the client search; an anonymous case without a number is refused here', async () => {
    const calls = fakeBridge({});
    renderWithMantine(<IntakeModal />);
    useIntakeStore.getState().open({ channel: 'desk' });
    const search = await screen.findByTestId('intake-client-search');
    await waitFor(() => expect(document.activeElement).toBe(search));
    fireEvent.change(screen.getByTestId('intake-summary'), { target: { value: '前台态度差' } });
    fireEvent.keyDown(screen.getByTestId('intake-summary'), { key: 'Enter' });
    expect(
      await screen.findByText('An anonymous complaint needs a number to call back.'),
    ).toBeTruthy();
    expect(screen.getByTestId('intake-phone').getAttribute('aria-invalid')).toBe('true');
    expect(sent(calls, 'complaints.open')).toEqual([]);
  });

  it('marks every field main names in a VALIDATION error', async () => {
    fakeBridge({
      'complaints.open': fail({
        code: 'VALIDATION',
        fields: { summary: 'required', callBackPhone: 'a phone number' },
      }),
    });
    renderWithMantine(<IntakeModal />);
    useIntakeStore
      .getState()
      .open({ channel: 'phone', contactName: '何先生', callBackPhone: '12' });
    const summaryBox = await screen.findByTestId('intake-summary');
    fireEvent.change(summaryBox, { target: { value: '  x ' } });
    fireEvent.click(screen.getByTestId('intake-submit'));
    await waitFor(() => expect(summaryBox.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('intake-phone').getAttribute('aria-invalid')).toBe('true');
    // Both fields are marked, so no alert repeats them.
    expect(screen.queryByTestId('error-alert')).toBeNull();
  });

  it('a phone call fills caller and number; Enter records it and opens the case', async () => {
    const calls = fakeBridge({ 'complaints.open': ok(caseView()) });
    renderWithMantine(<IntakeModal />);
    useIntakeStore.getState().open({
      channel: 'phone',
      contactName: '赵女士',
      callBackPhone: '13800138000',
      summary: '淋浴间热水时有时无',
    });
    expect(((await screen.findByTestId('intake-contact-name')) as HTMLInputElement).value).toBe(
      '赵女士',
    );
    fireEvent.keyDown(screen.getByTestId('intake-phone'), { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/complaint/cp-1'));
    expect(sent(calls, 'complaints.open')).toEqual([
      {
        channel: 'phone',
        category: 'service',
        severity: 'normal',
        summary: '淋浴间热水时有时无',
        contactName: '赵女士',
        callBackPhone: '13800138000',
      },
    ]);
    expect(useIntakeStore.getState().opened).toBe(false);
  });

  it('finds the client by the desk search (Enter takes the first) and sends the shift-log link', async () => {
    const calls = fakeBridge({
      'clients.search': ok([summary()]),
      'complaints.open': ok(caseView()),
    });
    renderWithMantine(<IntakeModal />);
    useIntakeStore.getState().open({ channel: 'desk', summary: '储物柜坏了', logEntryId: 'log-9' });
    const search = await screen.findByTestId('intake-client-search');
    fireEvent.change(search, { target: { value: '张' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect((await screen.findByTestId('intake-client-chosen')).textContent).toContain('张三');
    // The client is known: no name or number asked.
    expect(screen.queryByTestId('intake-phone')).toBeNull();
    fireEvent.click(screen.getByTestId('intake-submit'));
    await waitFor(() => expect(sent(calls, 'complaints.open')).toHaveLength(1));
    expect(sent(calls, 'complaints.open')[0]).toMatchObject({
      clientId: 'c-zhang',
      logEntryId: 'log-9',
    });
  });
});
