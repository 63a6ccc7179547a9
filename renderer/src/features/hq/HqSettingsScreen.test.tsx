import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HqSettingsView } from '../../../../shared/contract/hqViews';
import { useUiStore } from '../../app/uiStore';
import { renderWithMantine } from '../../test/render';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { hqBridge, hqSettingsView, sent } from './fixtures';
import { HqSettingsScreen } from './HqSettingsScreen';
import { useHqStore } from './store';

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useHqStore.setState({ owner: null });
  useHqStore.getState().forStaff('nobody');
});

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('HqSettingsScreen (总部设置)', () => {
  it('saves the connection; the password goes only when typed and is shown only as set', async () => {
    let current = hqSettingsView({ configured: false, passwordSet: false, roleName: '' });
    const calls = hqBridge({
      answers: {
        'hq.settings': () => ok(current),
        'hq.updateSettings': (input: unknown) => {
          current = { ...current, ...(input as Partial<HqSettingsView>), passwordSet: true };
          return ok(current);
        },
      },
    });
    renderWithMantine(<HqSettingsScreen session={sessionAs('admin')} />);
    await screen.findByTestId('hq-connection');
    // Head office's own role by default.
    expect((screen.getByTestId('hq-role') as HTMLInputElement).value).toBe('deskbook_ho');
    expect(screen.getByTestId('hq-connection').textContent).toContain('Not set.');
    type('hq-host', 'pg.chain.cn');
    type('hq-password', 'a-long-password-of-head-office');
    fireEvent.click(screen.getByTestId('hq-save'));
    await screen.findByTestId('hq-saved');
    expect(sent(calls, 'hq.updateSettings')).toEqual([
      {
        host: 'pg.chain.cn',
        port: 5432,
        database: 'deskbook',
        roleName: 'deskbook_ho',
        password: 'a-long-password-of-head-office',
        caPem: null,
      },
    ]);
    expect((screen.getByTestId('hq-password') as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByTestId('hq-save'));
    await waitFor(() => expect(sent(calls, 'hq.updateSettings')).toHaveLength(2));
    expect(sent(calls, 'hq.updateSettings')[1]).not.toHaveProperty('password');
  });

  it('marks the field main refused', async () => {
    hqBridge({
      answers: {
        'hq.settings': ok(hqSettingsView()),
        'hq.updateSettings': fail({
          code: 'VALIDATION',
          message: 'bad',
          fields: { caPem: 'a CA certificate is required off this PC' },
        }),
      },
    });
    renderWithMantine(<HqSettingsScreen session={sessionAs('admin')} />);
    await screen.findByTestId('hq-connection');
    fireEvent.click(screen.getByTestId('hq-save'));
    await waitFor(() =>
      expect(screen.getByTestId('hq-ca').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByTestId('hq-host').getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByTestId('hq-saved')).toBeNull();
  });

  it("shows head office's public key to copy, and how the last read went", async () => {
    hqBridge({
      answers: {
        'hq.settings': ok(hqSettingsView({ lastOutcome: 'failed', lastReason: 'hq.unreachable' })),
      },
    });
    renderWithMantine(<HqSettingsScreen session={sessionAs('admin')} />);
    expect((await screen.findByTestId('hq-public-key')).textContent).toBe(
      hqSettingsView().publicKey,
    );
    expect(screen.getByTestId('hq-public-key-card').textContent).toContain(
      'Branches paste this key',
    );
    expect(screen.getByTestId('hq-public-key-copy')).toBeTruthy();
    expect(screen.getByTestId('hq-last-check').textContent).toContain(
      "failed — Head office's PostgreSQL did not answer.",
    );
  });
});
