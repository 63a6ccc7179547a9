import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ClientFileScreen } from './ClientFileScreen';
import { clientFile, fail, ok, sessionAs, summary } from './fixtures';
import { useClientFileStore, usePhotoStore } from './store';

const secret = clientFile({
  id: 'c-vip',
  name: '陈先生',
  nameLatin: null,
  cardNumber: 'V0007',
  secrecy: 'confidential',
  secrecyUntil: new Date('2027-12-31T23:59:59').getTime(),
  alerts: [{ kind: 'birthday' }, { kind: 'expiresSoon', text: '2025-07-01' }],
});

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useClientFileStore.getState().reset();
  usePhotoStore.getState().clear();
  window.location.hash = '#/client/c-vip';
});

describe('ClientFileScreen', () => {
  it('asks a reason for a confidential file and opens it with that reason', async () => {
    const calls = fakeBridge({
      'clients.get': (input: unknown) =>
        (input as { reason?: string }).reason
          ? ok(secret)
          : fail({ code: 'VALIDATION', fields: { reason: 'required for a restricted file' } }),
      'clients.summary': ok(summary({ id: 'c-vip', name: '陈先生', secrecy: 'confidential' })),
      'clients.reveal': ok({ phones: ['13812345678'], idNumber: null }),
    });
    renderWithMantine(<ClientFileScreen session={sessionAs('supervisor')} clientId="c-vip" />);

    const reason = await screen.findByTestId('open-reason');
    expect(screen.getByTestId('open-reason-modal').textContent).toContain('Confidential');
    // One character is not a reason: refused here, main is not asked.
    fireEvent.change(reason, { target: { value: '查' } });
    fireEvent.click(screen.getByTestId('open-reason-submit'));
    expect(await screen.findByText('Give a reason of at least 2 characters.')).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'clients.get')).toHaveLength(1);

    fireEvent.change(reason, { target: { value: '会员要求续约' } });
    fireEvent.click(screen.getByTestId('open-reason-submit'));
    expect((await screen.findByTestId('client-file-name')).textContent).toBe('陈先生');
    expect(calls.filter((c) => c.channel === 'clients.get').map((c) => c.input)).toEqual([
      { id: 'c-vip' },
      { id: 'c-vip', reason: '会员要求续约' },
    ]);
    expect(screen.getByTestId('client-file-secrecy').textContent).toContain('Confidential');
    expect(screen.getByTestId('client-file-secrecy').textContent).toContain('2027-12-31');
    // The cake icon says it; an emoji would be a box on a desk PC without a colour-emoji font.
    expect(screen.getByTestId('client-alert-birthday').textContent).toBe('Birthday today');
    expect(screen.getByTestId('client-file-reason').textContent).toContain('会员要求续约');

    // A reveal on a restricted file carries the same reason to the access record.
    fireEvent.click(screen.getByTestId('reveal-phones'));
    await screen.findByText('13812345678');
    expect(calls.find((c) => c.channel === 'clients.reveal')?.input).toEqual({
      id: 'c-vip',
      field: 'phones',
      reason: '会员要求续约',
    });
  });

  it('shows the refusal and the check-in card when the role may not open the file', async () => {
    fakeBridge({
      'clients.get': fail({ code: 'FORBIDDEN', reason: 'clients.restricted' }),
      'clients.summary': ok(
        summary({
          id: 'c-vip',
          name: '陈先生',
          secrecy: 'topSecret',
          restricted: true,
          cardNumber: 'V0007',
        }),
      ),
    });
    renderWithMantine(<ClientFileScreen session={sessionAs('receptionist')} clientId="c-vip" />);
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(screen.getByTestId('forbidden').textContent).toContain('Supervisor / Administrator');
    const card = await screen.findByTestId('client-card');
    expect(within(card).getByTestId('client-card-number').textContent).toBe('V0007');
    expect(within(card).getByText('Top secret')).toBeTruthy();
  });

  it('reveal replaces the masked phone and ID number with the clear values', async () => {
    const calls = fakeBridge({
      'clients.get': ok(clientFile()),
      'clients.reveal': (input: unknown) =>
        (input as { field: string }).field === 'phones'
          ? ok({ phones: ['13812345678', '010-88886666'], idNumber: null })
          : ok({ phones: [], idNumber: '110105199003071234' }),
    });
    renderWithMantine(<ClientFileScreen session={sessionAs('receptionist')} clientId="c-zhang" />);
    expect((await screen.findByTestId('client-phone-0')).textContent).toBe('138****5678');
    expect(screen.getByTestId('client-id-number').textContent).toBe('110105********1234');

    fireEvent.click(screen.getByTestId('reveal-phones'));
    await waitFor(() =>
      expect(screen.getByTestId('client-phone-0').textContent).toBe('13812345678'),
    );
    expect(screen.getByTestId('client-phone-1').textContent).toBe('010-88886666');
    expect(screen.getByTestId('revealed-phones-note')).toBeTruthy();
    expect(screen.queryByTestId('reveal-phones')).toBeNull();
    // The ID number stays masked until it is revealed on its own.
    expect(screen.getByTestId('client-id-number').textContent).toBe('110105********1234');

    fireEvent.click(screen.getByTestId('reveal-idNumber'));
    await waitFor(() =>
      expect(screen.getByTestId('client-id-number').textContent).toBe('110105199003071234'),
    );
    expect(calls.filter((c) => c.channel === 'clients.reveal').map((c) => c.input)).toEqual([
      { id: 'c-zhang', field: 'phones' },
      { id: 'c-zhang', field: 'idNumber' },
    ]);
  });

  it('refuses a photo over 2 MB with a clear sentence, before sending it', async () => {
    const calls = fakeBridge({ 'clients.get': ok(clientFile()) });
    renderWithMantine(<ClientFileScreen session={sessionAs('receptionist')} clientId="c-zhang" />);
    const input = await screen.findByTestId('client-photo-input');
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1)], 'me.jpg', { type: 'image/jpeg' });
    fireEvent.change(input, { target: { files: [big] } });
    expect((await screen.findByTestId('client-photo-error')).textContent).toBe(
      'The photo is larger than 2 MB. Choose a smaller picture.',
    );
    expect(calls.some((c) => c.channel === 'clients.setPhoto')).toBe(false);
  });

  it("maps main's tooLarge answer for a document to the size sentence", async () => {
    fakeBridge({
      'clients.get': ok(clientFile()),
      'clients.addDocument': fail({ code: 'VALIDATION', fields: { contentBase64: 'tooLarge' } }),
    });
    renderWithMantine(<ClientFileScreen session={sessionAs('receptionist')} clientId="c-zhang" />);
    fireEvent.click(await screen.findByTestId('client-tab-documents'));
    const input = await screen.findByTestId('client-doc-input');
    const pdf = new File(['%PDF-1.4'], 'contract.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [pdf] } });
    expect((await screen.findByTestId('client-doc-error')).textContent).toBe(
      '"contract.pdf" is larger than 5 MB. Scan it at a lower resolution or in parts.',
    );
  });

  it('shows who changed what in the history tab', async () => {
    fakeBridge({
      'clients.get': ok(clientFile()),
      'clients.history': ok([
        {
          at: Date.UTC(2025, 5, 1, 2, 0),
          staffName: '王芳',
          field: 'membershipStatus',
          oldValue: 'active',
          newValue: 'frozen',
        },
      ]),
    });
    renderWithMantine(<ClientFileScreen session={sessionAs('receptionist')} clientId="c-zhang" />);
    fireEvent.click(await screen.findByTestId('client-tab-history'));
    const row = await screen.findByTestId('history-row-0');
    expect(within(row).getByText('王芳')).toBeTruthy();
    expect(within(row).getByText('Membership status')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('Frozen')).toBeTruthy();
  });

  it('offers secrecy to guardians only and destruction to managers', async () => {
    fakeBridge({ 'clients.get': ok(clientFile()) });
    const { unmount } = renderWithMantine(
      <ClientFileScreen session={sessionAs('dutyManager')} clientId="c-zhang" />,
    );
    await screen.findByTestId('client-file-name');
    expect(screen.queryByTestId('client-set-secrecy')).toBeNull();
    expect(screen.getByTestId('client-request-destruction')).toBeTruthy();
    unmount();
    renderWithMantine(<ClientFileScreen session={sessionAs('receptionist')} clientId="c-zhang" />);
    await screen.findByTestId('client-file-name');
    expect(screen.queryByTestId('client-request-destruction')).toBeNull();
  });
});
