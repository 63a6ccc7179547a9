import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withPrcCheckDigit } from '../../../../shared/domain/idNumber';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ClientFormModal } from './ClientFormModal';
import { clientFile, fail, ok, sessionAs } from './fixtures';
import { useClientFileStore } from './store';

const VALID_ID = withPrcCheckDigit('11010519900307123');
const BAD_ID = VALID_ID.slice(0, 17) + (VALID_ID[17] === '1' ? '2' : '1');

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

/** The error Mantine shows under an input (its id + "-error"). */
function fieldError(testId: string): string | null {
  const input = screen.getByTestId(testId);
  return document.getElementById(`${input.id}-error`)?.textContent ?? null;
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useClientFileStore.getState().reset();
});

describe('ClientFormModal', () => {
  it('flags a bad PRC ID checksum while typing and does not submit it', async () => {
    const calls = fakeBridge({ 'staff.directory': ok([]) });
    renderWithMantine(
      <ClientFormModal opened onClose={() => {}} session={sessionAs('receptionist')} />,
    );
    type('client-form-name', '张三');
    type('client-form-id-number', BAD_ID.slice(0, 10));
    expect(screen.getByText('10 of 18 characters')).toBeTruthy();
    type('client-form-id-number', BAD_ID);
    expect(fieldError('client-form-id-number')).toBe(
      'This PRC ID number is not valid: a digit is wrong (the last character is a check digit).',
    );
    fireEvent.click(screen.getByTestId('client-form-submit'));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.some((c) => c.channel === 'clients.create')).toBe(false);
  });

  it('a valid PRC ID fills an empty birthday', async () => {
    fakeBridge({ 'staff.directory': ok([]) });
    renderWithMantine(
      <ClientFormModal opened onClose={() => {}} session={sessionAs('receptionist')} />,
    );
    type('client-form-id-number', VALID_ID);
    expect(fieldError('client-form-id-number')).toBeNull();
    expect(screen.getByText('Valid PRC ID · born 1990-03-07')).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByTestId('client-form-birthday') as HTMLInputElement).value).toBe(
        '1990-03-07',
      ),
    );
  });

  it("creates a member and puts main's taken card number next to the field", async () => {
    let answer: unknown = fail({
      code: 'CONFLICT',
      reason: 'clients.cardTaken',
      fields: { cardNumber: 'duplicate' },
    });
    const calls = fakeBridge({
      'staff.directory': ok([]),
      'clients.create': () => answer,
      'clients.list': ok({ rows: [], total: 0 }),
    });
    const saved = vi.fn();
    renderWithMantine(
      <ClientFormModal
        opened
        onClose={() => {}}
        onSaved={saved}
        session={sessionAs('receptionist')}
      />,
    );
    type('client-form-name', '张三');
    type('client-form-phone-0', '13812345678');
    type('client-form-id-number', VALID_ID);
    type('client-form-card-number', 'M0001');
    fireEvent.click(screen.getByTestId('client-form-submit'));

    await waitFor(() =>
      expect(fieldError('client-form-card-number')).toBe(
        'This card number already belongs to another client file.',
      ),
    );
    expect(screen.getByTestId('client-form-card-number').getAttribute('aria-invalid')).toBe('true');
    expect(calls.find((c) => c.channel === 'clients.create')?.input).toEqual({
      kind: 'person',
      name: '张三',
      birthday: '1990-03-07',
      phones: ['13812345678'],
      idType: 'prcId',
      idNumber: VALID_ID,
      cardNumber: 'M0001',
    });

    answer = ok(clientFile({ id: 'c-new', name: '张三', cardNumber: 'M0002' }));
    type('client-form-card-number', 'M0002');
    expect(fieldError('client-form-card-number')).toBeNull();
    fireEvent.click(screen.getByTestId('client-form-submit'));
    await waitFor(() =>
      expect(saved).toHaveBeenCalledWith(expect.objectContaining({ id: 'c-new' })),
    );
  });

  it('edits send only the changed fields with id and version; masked phones only after a reveal', async () => {
    const file = clientFile();
    const calls = fakeBridge({
      'staff.directory': ok([]),
      'clients.reveal': ok({ phones: ['13812345678'], idNumber: null }),
      'clients.update': (input: unknown) => ok({ ...file, ...(input as object), version: 4 }),
    });
    useClientFileStore.setState({ clientId: file.id, file, status: 'ready' });
    const close = vi.fn();
    renderWithMantine(
      <ClientFormModal opened file={file} onClose={close} session={sessionAs('receptionist')} />,
    );
    const phone = screen.getByTestId('client-form-phone-0') as HTMLInputElement;
    expect(phone.value).toBe('138****5678');
    expect(phone.readOnly).toBe(true);
    type('client-form-alert-note', '生日送毛巾');
    fireEvent.click(screen.getByTestId('client-form-submit'));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(calls.find((c) => c.channel === 'clients.update')?.input).toEqual({
      id: file.id,
      version: 3,
      alertNote: '生日送毛巾',
    });
  });

  it('reveal to edit makes the clear phones editable and sends them when changed', async () => {
    const file = clientFile();
    const calls = fakeBridge({
      'staff.directory': ok([]),
      'clients.reveal': ok({ phones: ['13812345678'], idNumber: null }),
      'clients.update': ok({ ...file, version: 4 }),
    });
    useClientFileStore.setState({ clientId: file.id, file, status: 'ready' });
    renderWithMantine(
      <ClientFormModal opened file={file} onClose={() => {}} session={sessionAs('receptionist')} />,
    );
    fireEvent.click(screen.getByTestId('client-form-reveal-phones'));
    await waitFor(() =>
      expect((screen.getByTestId('client-form-phone-0') as HTMLInputElement).value).toBe(
        '13812345678',
      ),
    );
    fireEvent.click(screen.getByTestId('client-form-add-phone'));
    type('client-form-phone-1', '01088886666');
    fireEvent.click(screen.getByTestId('client-form-submit'));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'clients.update')?.input).toEqual({
        id: file.id,
        version: 3,
        phones: ['13812345678', '01088886666'],
      }),
    );
  });

  it('explains a stale save and offers to reload', async () => {
    const file = clientFile();
    fakeBridge({
      'staff.directory': ok([]),
      'clients.update': fail({ code: 'CONFLICT', reason: 'clients.stale' }),
    });
    useClientFileStore.setState({ clientId: file.id, file, status: 'ready' });
    renderWithMantine(
      <ClientFormModal opened file={file} onClose={() => {}} session={sessionAs('receptionist')} />,
    );
    type('client-form-notes', '续卡');
    fireEvent.click(screen.getByTestId('client-form-submit'));
    expect((await screen.findByTestId('client-form-error')).textContent).toContain(
      'Someone saved this file after you opened it.',
    );
    expect(screen.getByTestId('client-form-reload')).toBeTruthy();
  });

  it('offers the secrecy level on create to supervisors only', () => {
    fakeBridge({ 'staff.directory': ok([]) });
    const { unmount } = renderWithMantine(
      <ClientFormModal opened onClose={() => {}} session={sessionAs('receptionist')} />,
    );
    expect(screen.queryByTestId('client-form-secrecy')).toBeNull();
    unmount();
    renderWithMantine(
      <ClientFormModal opened onClose={() => {}} session={sessionAs('supervisor')} />,
    );
    expect(screen.getByTestId('client-form-secrecy')).toBeTruthy();
  });

  it('marks phone "12345" itself and sends nothing', async () => {
    const calls = fakeBridge({ 'staff.directory': ok([]) });
    renderWithMantine(
      <ClientFormModal opened onClose={() => {}} session={sessionAs('receptionist')} />,
    );
    type('client-form-name', '张三');
    type('client-form-phone-0', '12345');
    fireEvent.click(screen.getByTestId('client-form-submit'));
    await waitFor(() =>
      expect(fieldError('client-form-phone-0')).toMatch(/^Enter a Chinese mobile/),
    );
    expect(calls.some((c) => c.channel === 'clients.create')).toBe(false);
    expect(screen.queryByTestId('client-form-error')).toBeNull();
  });

  it('marks the fields main names, with no "check the marked fields" alert', async () => {
    fakeBridge({
      'staff.directory': ok([]),
      'clients.create': fail({
        code: 'VALIDATION',
        message: 'bad',
        fields: { 'phones.0': 'a phone number', cardNumber: 'letters, digits or dashes' },
      }),
    });
    renderWithMantine(
      <ClientFormModal opened onClose={() => {}} session={sessionAs('receptionist')} />,
    );
    type('client-form-name', '张三');
    type('client-form-phone-0', '13812345678');
    fireEvent.click(screen.getByTestId('client-form-submit'));
    await waitFor(() =>
      expect(fieldError('client-form-phone-0')).toMatch(/^Enter a Chinese mobile/),
    );
    expect(fieldError('client-form-card-number')).toBeTruthy();
    expect(screen.queryByTestId('client-form-error')).toBeNull();
  });

  it('a field main names that the form has no input for goes to the alert', async () => {
    fakeBridge({
      'staff.directory': ok([]),
      'clients.create': fail({
        code: 'VALIDATION',
        message: 'bad',
        fields: { 'contacts.0.phone': 'a phone number' },
      }),
    });
    renderWithMantine(
      <ClientFormModal opened onClose={() => {}} session={sessionAs('receptionist')} />,
    );
    type('client-form-name', '张三');
    fireEvent.click(screen.getByTestId('client-form-submit'));
    expect(await screen.findByTestId('client-form-error')).toBeTruthy();
  });
});
