import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  PERSON_DATA_KINDS,
  type PersonDataView,
  type PersonRequestView,
} from '../../../../shared/contract/personDataViews';
import type { SessionView } from '../../../../shared/contract/views';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { withErasedWord } from '../handover/erased';
import { PersonDataScreen } from './PersonDataScreen';
import { usePersonDataStore } from './store';

const session = (role: SessionView['role'], staffId = 'me'): SessionView => ({
  staffId,
  username: staffId,
  displayName: '李主管',
  role,
  locked: false,
  mustChangePin: false,
  language: null,
  colorScheme: 'auto',
  startedAt: 0,
  idleLockMinutes: 5,
});

const found: PersonDataView = {
  subject: {
    clientId: 'c1',
    name: '欧阳娜娜',
    phones: ['136****5432'],
    idNumber: null,
    secrecy: 'none',
  },
  groups: PERSON_DATA_KINDS.map((kind) => ({
    kind,
    count: kind === 'checkIns' ? 2 : kind === 'complaints' ? 1 : 0,
    items:
      kind === 'checkIns'
        ? [
            {
              id: 'k1',
              at: new Date(2026, 10, 22, 9, 30).getTime(),
              label: 'checkIn',
              ref: 'A-12',
            },
            {
              id: 'k2',
              at: new Date(2026, 10, 20, 18, 5).getTime(),
              label: 'checkIn',
              ref: 'A-03',
            },
          ]
        : kind === 'complaints'
          ? [{ id: 'p1', at: 0, label: 'complaint.open', ref: 'TS-20261122-01' }]
          : [],
  })),
  total: 3,
  pending: [],
};

const request = (over: Partial<PersonRequestView> = {}): PersonRequestView => ({
  id: 'r1',
  kind: 'erase',
  subjectName: '欧阳娜娜',
  clientId: 'c1',
  requestedAt: new Date(2026, 10, 22, 10, 0).getTime(),
  requestedBy: 's-zhao',
  requestedByName: '赵主管',
  reason: '本人书面申请删除',
  status: 'pending',
  needsAdmin: true,
  supervisorApprovedByName: '孙丽',
  adminApprovedByName: null,
  rejectedByName: null,
  rejectNote: null,
  doneAt: null,
  fileName: null,
  erasedCounts: null,
  ...over,
});

beforeEach(() => {
  useUiStore.setState({ language: 'en', chosen: true });
  usePersonDataStore.setState({
    found: null,
    findError: null,
    requests: [],
    jobs: {},
    fileName: null,
  });
});

describe('PersonDataScreen', () => {
  it('finds a file’s data with a reason and lists each kind with its count', async () => {
    const calls = fakeBridge({
      'personData.requests': { ok: true, data: [] },
      'clients.summary': { ok: true, data: { id: 'c1', name: '欧阳娜娜' } },
      'personData.find': { ok: true, data: found },
    });
    renderWithMantine(<PersonDataScreen session={session('supervisor')} clientId="c1" />);
    expect((await screen.findByTestId('persondata-file')).textContent).toBe(
      'From client file 欧阳娜娜',
    );
    const find = screen.getByTestId('persondata-find');
    expect((find as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('persondata-reason'), {
      target: { value: '本人书面申请' },
    });
    fireEvent.click(find);
    const box = await screen.findByTestId('persondata-found');
    expect(calls.find((c) => c.channel === 'personData.find')!.input).toEqual({
      subject: { clientId: 'c1' },
      reason: '本人书面申请',
    });
    expect(within(box).getByText('3 records in all')).toBeTruthy();
    expect(within(screen.getByTestId('persondata-group-checkIns')).getByText('2')).toBeTruthy();
    expect(within(box).getByText('Visitor registrations 0')).toBeTruthy();
    fireEvent.click(
      within(screen.getByTestId('persondata-group-complaints')).getByText('Complaints'),
    );
    expect(await screen.findByText(/^Complaint · \S/)).toBeTruthy();
  });

  it('sends an erasure request with the reason given for looking', async () => {
    const calls = fakeBridge({
      'personData.requests': { ok: true, data: [] },
      'personData.find': { ok: true, data: found },
      'personData.request': { ok: true, data: request({ supervisorApprovedByName: null }) },
    });
    renderWithMantine(<PersonDataScreen session={session('supervisor')} clientId={null} />);
    fireEvent.change(await screen.findByTestId('persondata-name'), {
      target: { value: '欧阳娜娜' },
    });
    fireEvent.change(screen.getByTestId('persondata-phone'), { target: { value: '13698765432' } });
    fireEvent.change(screen.getByTestId('persondata-reason'), {
      target: { value: '电话申请删除' },
    });
    fireEvent.click(screen.getByTestId('persondata-find'));
    fireEvent.click(await screen.findByTestId('persondata-request-erase'));
    expect(
      ((await screen.findByTestId('persondata-request-reason')) as HTMLTextAreaElement).value,
    ).toBe('电话申请删除');
    fireEvent.click(screen.getByTestId('persondata-request-submit'));
    await screen.findByTestId('persondata-request');
    expect(calls.find((c) => c.channel === 'personData.request')!.input).toEqual({
      kind: 'erase',
      subject: { name: '欧阳娜娜', phone: '13698765432' },
      reason: '电话申请删除',
    });
  });

  it('asks before the approval that completes an erasure, and the requester cannot approve', async () => {
    const calls = fakeBridge({
      'personData.requests': {
        ok: true,
        data: [
          request(),
          request({
            id: 'r2',
            requestedBy: 'me',
            kind: 'export',
            needsAdmin: false,
            supervisorApprovedByName: null,
          }),
        ],
      },
      'personData.approve': {
        ok: true,
        data: request({
          status: 'erased',
          subjectName: null,
          adminApprovedByName: '张伟',
          erasedCounts: { clientFile: 1, visitors: 2 },
        }),
      },
    });
    renderWithMantine(<PersonDataScreen session={session('admin')} clientId={null} />);
    const rows = await screen.findAllByTestId('persondata-request');
    expect(within(rows[1]!).queryByTestId('persondata-approve')).toBeNull();
    fireEvent.click(within(rows[0]!).getByTestId('persondata-approve'));
    fireEvent.click(await screen.findByTestId('persondata-erase-confirm'));
    const erasedRow = () =>
      screen
        .getAllByTestId('persondata-request')
        .find((r) => r.getAttribute('data-kind') === 'erase')!;
    await waitFor(() => expect(erasedRow().getAttribute('data-status')).toBe('erased'));
    expect(calls.filter((c) => c.channel === 'personData.approve')).toHaveLength(1);
    const erased = erasedRow();
    expect(within(erased).getByText('(not kept)')).toBeTruthy();
    expect(within(erased).getByText('3 records changed')).toBeTruthy();
  });

  it('is refused to a role below supervisor', () => {
    fakeBridge({ 'personData.requests': { ok: true, data: [] } });
    renderWithMantine(<PersonDataScreen session={session('dutyManager')} clientId={null} />);
    expect(screen.queryByTestId('persondata-screen')).toBeNull();
  });
});

describe('the erased token on paper', () => {
  it('becomes the reader’s word in every text of a view', () => {
    const view = { a: '[erased]', b: ['王芳 与 [erased] 同行'], c: { d: 3 } };
    expect(withErasedWord(view, '(已删除)')).toEqual({
      a: '(已删除)',
      b: ['王芳 与 (已删除) 同行'],
      c: { d: 3 },
    });
  });
});
