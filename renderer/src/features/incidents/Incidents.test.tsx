import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok } from '../clients/fixtures';
import { stubFonts } from '../complaints/fixtures';
import { incidentView } from './fixtures';
import { IncidentFormModal } from './IncidentFormModal';
import { IncidentScreen } from './IncidentScreen';
import { useIncidentSearchStore, useIncidentStore } from './store';

const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeAll(stubFonts);

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useIncidentStore.setState({ formOpen: false, editing: null, current: null, error: null });
  useIncidentSearchStore.getState().clear();
  window.location.hash = '';
});

describe('the incident report form (突发事件报告)', () => {
  it('opens with the focus in the member search and marks every field main names', async () => {
    fakeBridge({
      'incidents.record': fail({
        code: 'VALIDATION',
        fields: { personName: 'required', place: 'required', occurredAt: 'in the future' },
      }),
    });
    renderWithMantine(<IncidentFormModal />);
    useIncidentStore.getState().openForm();
    const search = await screen.findByTestId('incident-member-search');
    await waitFor(() => expect(document.activeElement).toBe(search));
    fireEvent.keyDown(screen.getByTestId('incident-whatHappened'), { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getByTestId('incident-place').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByTestId('incident-personName').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('incident-occurredAt').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('This time is still to come')).toBeTruthy();
    // Typing the place again takes its mark away; the others stay.
    fireEvent.change(screen.getByTestId('incident-place'), { target: { value: '泳池' } });
    expect(screen.getByTestId('incident-place').getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.getByTestId('incident-personName').getAttribute('aria-invalid')).toBe('true');
  });

  it('Enter saves a person not on file with costs in cents, then opens the report', async () => {
    const calls = fakeBridge({ 'incidents.record': ok(incidentView({ clientId: null })) });
    renderWithMantine(<IncidentFormModal />);
    useIncidentStore.getState().openForm();
    await screen.findByTestId('incident-member-search');
    const type = (id: string, value: string) =>
      fireEvent.change(screen.getByTestId(id), { target: { value } });
    type('incident-personName', '访客陈女士');
    type('incident-place', '前台');
    type('incident-whatHappened', '低血糖头晕');
    type('incident-costsCents', '12.5');
    fireEvent.keyDown(screen.getByTestId('incident-costsCents'), { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/incident/inc-1'));
    expect(sent(calls, 'incidents.record')[0]).toMatchObject({
      kind: 'injury',
      personName: '访客陈女士',
      place: '前台',
      costsCents: 1250,
      hospitalEscort: false,
    });
  });

  it('a signed report opens with its settlement only and sends just that', async () => {
    const calls = fakeBridge({ 'incidents.update': ok(incidentView({ signed: true })) });
    renderWithMantine(<IncidentFormModal />);
    useIncidentStore.getState().openForm(incidentView({ signed: true, signedAt: 1 }));
    await screen.findByText('Signed: only the costs and the handling opinion may change.');
    expect(screen.queryByTestId('incident-place')).toBeNull();
    fireEvent.change(screen.getByTestId('incident-costsCents'), { target: { value: '300' } });
    fireEvent.click(screen.getByTestId('incident-submit'));
    await waitFor(() => expect(sent(calls, 'incidents.update')).toHaveLength(1));
    expect(sent(calls, 'incidents.update')[0]).toEqual({
      incidentId: 'inc-1',
      costsCents: 30_000,
      handlingOpinion: '',
    });
  });
});

describe('the incident report screen', () => {
  it('shows the facts, the signature step for an unsigned report and the follow-up calls', async () => {
    const calls = fakeBridge({
      'incidents.get': ok(incidentView()),
      'incidents.scheduleFollowUp': ok(
        incidentView({
          followUps: [
            {
              id: 'f1',
              dueDay: '2026-12-04',
              assignedName: '赵磊',
              phone: '13812345678',
              attempt: 1,
              outcome: null,
              score: null,
              note: null,
              doneAt: null,
              doneByName: null,
              dropped: false,
            },
          ],
        }),
      ),
    });
    renderWithMantine(<IncidentScreen incidentId="inc-1" />);
    expect((await screen.findByTestId('incident-field-injury')).textContent).toBe('右膝擦伤');
    expect(screen.getByTestId('incident-state').textContent).toBe('Not signed');
    expect(screen.getByTestId('incident-sign')).toBeTruthy();
    fireEvent.click(screen.getByTestId('incident-followup-add'));
    expect((await screen.findByTestId('incident-followup')).textContent).toBe(
      'Due 2026-12-04 · 赵磊',
    );
    expect(sent(calls, 'incidents.scheduleFollowUp')[0]).toMatchObject({ incidentId: 'inc-1' });
  });
});
