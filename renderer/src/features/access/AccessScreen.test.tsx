import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FileAccessEntry, FileAccessPage } from '../../../../shared/contract/clientViews';
import type { SessionView } from '../../../../shared/contract/views';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { AccessScreen } from './AccessScreen';
import { windowText } from './format';
import { EMPTY_FILTERS, useAccessStore } from './store';

const session = (role: SessionView['role']): SessionView => ({
  staffId: 'me',
  username: 'me',
  displayName: '李主管',
  role,
  locked: false,
  mustChangePin: false,
  language: null,
  colorScheme: 'auto',
  startedAt: 0,
  idleLockMinutes: 5,
});

const at = (h: number, m: number) => new Date(2025, 2, 4, h, m).getTime();

const entry = (over: Partial<FileAccessEntry>): FileAccessEntry => ({
  id: 'a1',
  at: at(10, 2),
  staffId: 's-wang',
  staffName: '王芳',
  clientId: 'c1',
  clientName: '张三',
  secrecy: 'confidential',
  kind: 'open',
  field: null,
  reason: '核对会籍',
  ...over,
});

const page: FileAccessPage = {
  rows: [
    entry({}),
    entry({
      id: 'a2',
      kind: 'reveal',
      field: 'idNumber',
      secrecy: 'topSecret',
      reason: '办理退卡',
    }),
    entry({ id: 'a3', clientName: null, clientId: 'gone', kind: 'refused', secrecy: 'secret' }),
  ],
  unusual: [{ staffId: 's-wang', staffName: '王芳', from: at(10, 2), to: at(10, 41), count: 7 }],
};

beforeEach(() => {
  useUiStore.setState({ language: 'en', chosen: true });
  useAccessStore.setState({
    filters: EMPTY_FILTERS,
    rows: [],
    unusual: [],
    staff: [],
    error: null,
  });
});

describe('AccessScreen', () => {
  it('lists the borrowing cards with secrecy, kind, reason, and destroyed files', async () => {
    fakeBridge({
      'access.list': { ok: true, data: page },
      'staff.directory': { ok: true, data: [] },
    });
    renderWithMantine(<AccessScreen session={session('supervisor')} />);
    const rows = await screen.findAllByTestId('access-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('张三')).toBeTruthy();
    expect(within(rows[0]!).getByText('Confidential')).toBeTruthy();
    expect(within(rows[0]!).getByText('Opened the file')).toBeTruthy();
    expect(within(rows[0]!).getByText('核对会籍')).toBeTruthy();
    expect(within(rows[1]!).getByText('Revealed ID number')).toBeTruthy();
    expect(within(rows[1]!).getByText('Top secret')).toBeTruthy();
    expect(within(rows[2]!).getByText('Destroyed file')).toBeTruthy();
    expect(within(rows[2]!).getByText('Refused')).toBeTruthy();
  });

  it('flags unusual reading and filters to that person and window on click', async () => {
    const calls = fakeBridge({
      'access.list': { ok: true, data: page },
      'staff.directory': { ok: true, data: [] },
    });
    renderWithMantine(<AccessScreen session={session('admin')} />);
    const flag = await screen.findByTestId('access-unusual-flag');
    const { from, to } = windowText(at(10, 2), at(10, 41));
    expect(flag.textContent).toContain(`王芳 opened 7 restricted files between ${from} and ${to}`);
    fireEvent.click(flag);
    await waitFor(() => expect(calls.filter((c) => c.channel === 'access.list')).toHaveLength(2));
    expect(calls.filter((c) => c.channel === 'access.list')[1]!.input).toEqual({
      limit: 500,
      staffId: 's-wang',
      restrictedOnly: true,
      from: at(10, 2),
      to: at(10, 41),
    });
    expect(await screen.findByTestId('access-filter-window')).toBeTruthy();
  });

  it('shows the refusal screen when main answers FORBIDDEN', async () => {
    fakeBridge({
      'access.list': { ok: false, error: { code: 'FORBIDDEN', message: 'x', reason: 'auth.role' } },
    });
    renderWithMantine(<AccessScreen session={session('dutyManager')} />);
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });

  it('writes the window with its day when it is not today', () => {
    expect(windowText(at(23, 30), at(23, 59), at(12, 0) + 86_400_000)).toEqual({
      from: '2025-03-04 23:30',
      to: '23:59',
    });
  });
});
