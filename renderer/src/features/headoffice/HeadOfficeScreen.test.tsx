import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  BranchIdentityView,
  BranchOutboxView,
  HeadOfficeSettingsView,
} from '../../../../shared/contract/headOfficeViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok } from '../clients/fixtures';
import { HeadOfficeScreen } from './HeadOfficeScreen';
import { useHeadOfficeStore } from './store';

const settings = (patch: Partial<HeadOfficeSettingsView> = {}): HeadOfficeSettingsView => ({
  configured: false,
  host: '',
  port: 5432,
  database: 'deskbook',
  roleName: '',
  passwordSet: false,
  caPem: null,
  publicKey: null,
  sharePersonalData: false,
  pushEveryMinutes: 15,
  lastAttemptAt: null,
  lastOutcome: null,
  lastReason: null,
  ...patch,
});
const outbox: BranchOutboxView = {
  nextSeq: 43,
  pending: 12,
  lastPushedAt: null,
  byKind: {
    handover: 10,
    dayFigures: 8,
    complaint: 4,
    incident: 2,
    auditHead: 8,
    backupStatus: 10,
  },
};
const identity: BranchIdentityView = {
  siteId: '0192f0c8-1111-7000-8000-000000000001',
  publicKeyPem: '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----',
  fingerprint: '3F2A-9C01-77AB-0D4E-B1C2-D3E4-F5A6-0718',
  enrolmentCode: 'eyJzaXRlSWQiOiIwMTkyZjBjOC0xMTExIn0',
  createdAt: 0,
  enrolledAt: null,
};
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useHeadOfficeStore.setState({
    settings: null,
    outbox: null,
    identity: null,
    job: null,
    error: null,
  });
});

describe('HeadOfficeScreen (总部)', () => {
  it('saves the connection; the password is sent only when typed and shown only as set', async () => {
    let current = settings();
    const calls = fakeBridge({
      'headOffice.get': () => ok(current),
      'branch.outbox': ok(outbox),
      'branch.identity': ok(identity),
      'headOffice.update': (input: unknown) => {
        current = settings({ ...(input as object), configured: true, passwordSet: true });
        return ok(current);
      },
    });
    renderWithMantine(<HeadOfficeScreen />);
    expect((await screen.findByTestId('ho-pending')).textContent).toBe('12 bundles waiting');
    expect(screen.getByTestId('ho-code').textContent).toBe(identity.enrolmentCode);
    expect((screen.getByTestId('ho-push-now') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('ho-export') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('ho-host'), { target: { value: '127.0.0.1' } });
    fireEvent.change(screen.getByTestId('ho-role'), { target: { value: 'branch_0192' } });
    fireEvent.change(screen.getByTestId('ho-password'), {
      target: { value: 'a long branch password' },
    });
    fireEvent.click(screen.getByTestId('ho-save'));
    await screen.findByTestId('ho-saved');
    expect(sent(calls, 'headOffice.update')).toEqual([
      {
        host: '127.0.0.1',
        port: 5432,
        database: 'deskbook',
        roleName: 'branch_0192',
        password: 'a long branch password',
        caPem: null,
        publicKey: null,
      },
    ]);
    expect(screen.getByText('A password is set. Type a new one only to replace it.')).toBeTruthy();
    expect((screen.getByTestId('ho-password') as HTMLInputElement).value).toBe('');
    expect((screen.getByTestId('ho-push-now') as HTMLButtonElement).disabled).toBe(false);
  });

  it('names the field main refused', async () => {
    fakeBridge({
      'headOffice.get': ok(settings()),
      'branch.outbox': ok(outbox),
      'branch.identity': ok(identity),
      'headOffice.update': {
        ok: false,
        error: { code: 'VALIDATION', message: 'x', fields: { caPem: 'required' } },
      },
    });
    renderWithMantine(<HeadOfficeScreen />);
    fireEvent.change(await screen.findByTestId('ho-host'), {
      target: { value: 'ho.example.com' },
    });
    fireEvent.click(screen.getByTestId('ho-save'));
    expect(await screen.findByText('A server elsewhere needs its CA certificate.')).toBeTruthy();
  });

  it('turns personal-data sharing on through main, with its warning shown', async () => {
    let current = settings({
      configured: true,
      lastOutcome: 'failed',
      lastAttemptAt: 1,
      lastReason: 'headOffice.conflict',
    });
    const calls = fakeBridge({
      'headOffice.get': () => ok(current),
      'branch.outbox': ok(outbox),
      'branch.identity': ok(identity),
      'headOffice.update': (input: unknown) => {
        current = { ...current, ...(input as object) };
        return ok(current);
      },
    });
    renderWithMantine(<HeadOfficeScreen />);
    expect((await screen.findByTestId('ho-share-warning')).textContent).toMatch(
      /cannot be taken back/,
    );
    expect(screen.getByTestId('ho-last-failure').textContent).toMatch(/different bundle/);
    fireEvent.click(screen.getByTestId('ho-share'));
    await waitFor(() =>
      expect(sent(calls, 'headOffice.update')).toEqual([{ sharePersonalData: true }]),
    );
    await waitFor(() =>
      expect((screen.getByTestId('ho-share') as HTMLInputElement).checked).toBe(true),
    );
  });
});
