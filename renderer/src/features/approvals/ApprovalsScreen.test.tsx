import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  DestructionRequestView,
  ExportRequestView,
  Tombstone,
} from '../../../../shared/contract/clientViews';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { SessionView } from '../../../../shared/contract/views';
import { useJobsStore } from '../jobs/store';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ApprovalsScreen } from './ApprovalsScreen';
import { useExportSelectionStore } from './selectionStore';
import { useApprovalsStore } from './store';

const exportJob = (state: JobView['state']): JobView => ({
  id: 'x1',
  kind: 'exports.write',
  state,
  phase: state === 'running' ? 'reading' : 'finished',
  done: 1,
  total: 3,
  startedAt: 0,
  endedAt: null,
  startedByName: '李主管',
  cancellable: state === 'running',
  result: state === 'done' ? { fileName: 'clients-20250304.xlsx' } : null,
  error: null,
});

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

const exportView = (over: Partial<ExportRequestView> = {}): ExportRequestView => ({
  id: 'e1',
  requestedAt: new Date(2025, 2, 4, 9, 30).getTime(),
  requestedBy: 's-zhao',
  requestedByName: '赵值班',
  format: 'xlsx',
  reason: '会员续费回访名单',
  clientCount: 12,
  highestSecrecy: 'topSecret',
  needsAdmin: true,
  status: 'pending',
  supervisorApprovedByName: null,
  adminApprovedByName: null,
  rejectedByName: null,
  rejectNote: null,
  exportedAt: null,
  fileName: null,
  ...over,
});

const destructionView = (over: Partial<DestructionRequestView> = {}): DestructionRequestView => ({
  id: 'd1',
  clientId: 'client-00000042',
  clientName: '张三',
  requestedAt: new Date(2025, 2, 3, 15, 0).getTime(),
  requestedByName: '赵值班',
  reason: '会籍终止满五年',
  status: 'pending',
  supervisorApprovedByName: '李主管',
  adminApprovedByName: null,
  rejectedByName: null,
  destroyedAt: null,
  ...over,
});

const tomb: Tombstone = {
  clientId: 'client-00000042',
  destroyedAt: new Date(2025, 2, 4, 11, 0).getTime(),
  reason: '会籍终止满五年',
  requestedByName: '赵值班',
  approverNames: ['李主管', '王店长'],
};

function script(extra: Record<string, unknown> = {}) {
  return fakeBridge({
    'exports.list': { ok: true, data: [exportView()] },
    'destruction.list': { ok: true, data: [destructionView()] },
    'destruction.tombstones': { ok: true, data: [] },
    ...extra,
  });
}

beforeEach(() => {
  useUiStore.setState({ language: 'en', chosen: true });
  useApprovalsStore.setState({
    exports: [],
    destructions: [],
    tombstones: [],
    error: null,
    exportJobs: {},
  });
  useJobsStore.setState({ byId: {} });
  useExportSelectionStore.setState({ ids: [] });
});

describe('ApprovalsScreen', () => {
  it('shows a request with its secrecy, needs-admin flag, status and approvals so far', async () => {
    script();
    renderWithMantine(<ApprovalsScreen session={session('supervisor')} />);
    const row = await screen.findByTestId('export-row');
    expect(within(row).getByText('12 files · XLSX')).toBeTruthy();
    expect(within(row).getByText('Top secret')).toBeTruthy();
    expect(within(row).getByTestId('export-needs-admin')).toBeTruthy();
    expect(within(row).getByText('Pending')).toBeTruthy();
    expect(within(row).getByText('Supervisor: waiting')).toBeTruthy();
    expect(within(row).getByText('Administrator: waiting')).toBeTruthy();
  });

  it('approves an export and shows the approval', async () => {
    const calls = script({
      'exports.approve': {
        ok: true,
        data: exportView({ supervisorApprovedByName: '李主管' }),
      },
    });
    renderWithMantine(<ApprovalsScreen session={session('supervisor')} />);
    fireEvent.click(await screen.findByTestId('export-approve'));
    expect(await screen.findByTestId('approvals-success')).toBeTruthy();
    expect(calls.find((c) => c.channel === 'exports.approve')!.input).toEqual({ id: 'e1' });
    const row = screen.getByTestId('export-row');
    expect(within(row).getByText('Supervisor ✓ 李主管')).toBeTruthy();
    // The supervisor slot is taken: no second Approve for a supervisor, Reject stays.
    expect(within(row).getByText('Administrator: waiting')).toBeTruthy();
    expect(within(row).queryByTestId('export-approve')).toBeNull();
    expect(within(row).getByTestId('export-reject')).toBeTruthy();
  });

  it('says clearly that one cannot approve one own request', async () => {
    script({
      'exports.approve': {
        ok: false,
        error: { code: 'CONFLICT', message: 'own', reason: 'approval.ownRequest' },
      },
    });
    renderWithMantine(<ApprovalsScreen session={session('supervisor', 's-zhao')} />);
    fireEvent.click(await screen.findByTestId('export-approve'));
    expect((await screen.findByTestId('approvals-action-error')).textContent).toBe(
      'You made this request yourself. Another supervisor or administrator must approve it.',
    );
  });

  it('rejects only with a note, and sends it', async () => {
    const calls = script({
      'exports.reject': {
        ok: true,
        data: exportView({ status: 'rejected', rejectedByName: '李主管', rejectNote: '范围过大' }),
      },
    });
    renderWithMantine(<ApprovalsScreen session={session('admin')} />);
    fireEvent.click(await screen.findByTestId('export-reject'));
    const submit = (await screen.findByTestId('reject-submit')) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('reject-note'), { target: { value: '范围过大' } });
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    expect(await screen.findByText('Rejected by 李主管: 范围过大')).toBeTruthy();
    expect(calls.find((c) => c.channel === 'exports.reject')!.input).toEqual({
      id: 'e1',
      note: '范围过大',
    });
  });

  it('writes an approved export as a job: its progress bar, then the file name', async () => {
    const approved = exportView({
      requestedBy: 'me',
      status: 'approved',
      supervisorApprovedByName: '李主管',
      adminApprovedByName: '王店长',
    });
    let written = false;
    const calls = script({
      'exports.list': () => ({
        ok: true,
        data: [
          written
            ? { ...approved, status: 'exported', fileName: 'clients-20250304.xlsx' }
            : approved,
        ],
      }),
      'exports.run': { ok: true, data: { jobId: 'x1' } },
    });
    renderWithMantine(<ApprovalsScreen session={session('dutyManager')} />);
    fireEvent.click(await screen.findByTestId('export-run'));
    await waitFor(() => expect(useApprovalsStore.getState().exportJobs).toEqual({ e1: 'x1' }));
    act(() => useJobsStore.setState({ byId: { x1: exportJob('running') } }));
    expect((await screen.findByTestId('job-progress-text')).textContent).toBe(
      'Reading 1 of 3 files',
    );
    expect(screen.queryByTestId('export-run')).toBeNull();
    written = true;
    act(() => useJobsStore.setState({ byId: { x1: exportJob('done') } }));
    expect((await screen.findByTestId('export-file-name')).textContent).toBe(
      'Written: clients-20250304.xlsx',
    );
    expect(calls.find((c) => c.channel === 'exports.run')!.input).toEqual({ id: 'e1' });
    expect(screen.queryByTestId('export-run')).toBeNull();
    expect(screen.queryByTestId('job-progress')).toBeNull();
    // A duty manager neither approves nor sees the destroyed files.
    expect(screen.queryByTestId('export-approve')).toBeNull();
    expect(screen.queryByTestId('approvals-tab-tombstones')).toBeNull();
    expect(calls.some((c) => c.channel === 'destruction.tombstones')).toBe(false);
  });

  it('a failed export job says why next to its row and offers the button again', async () => {
    const approved = exportView({ requestedBy: 'me', status: 'approved' });
    script({
      'exports.list': { ok: true, data: [approved] },
      'exports.run': { ok: true, data: { jobId: 'x1' } },
    });
    renderWithMantine(<ApprovalsScreen session={session('dutyManager')} />);
    fireEvent.click(await screen.findByTestId('export-run'));
    await waitFor(() => expect(useApprovalsStore.getState().exportJobs).toEqual({ e1: 'x1' }));
    const error = { code: 'CONFLICT' as const, message: 'x', reason: 'exports.fileExists' };
    act(() => useJobsStore.setState({ byId: { x1: { ...exportJob('failed'), error } } }));
    expect((await screen.findByRole('alert')).textContent).toContain('already in the folder');
    expect(screen.getByTestId('export-run')).toBeTruthy();
    expect(useApprovalsStore.getState().exportJobs).toEqual({});
  });

  it('asks for a red confirmation before the approval that destroys a file', async () => {
    let destroyed = false;
    const calls = script({
      'destruction.approve': () => {
        destroyed = true;
        return {
          ok: true,
          data: destructionView({
            status: 'destroyed',
            clientName: null,
            adminApprovedByName: '王店长',
            destroyedAt: tomb.destroyedAt,
          }),
        };
      },
      'destruction.tombstones': () => ({ ok: true, data: destroyed ? [tomb] : [] }),
    });
    renderWithMantine(<ApprovalsScreen session={session('admin')} />);
    fireEvent.click(await screen.findByTestId('approvals-tab-destruction'));
    fireEvent.click(await screen.findByTestId('destruction-approve'));
    expect(await screen.findByTestId('destruction-modal')).toBeTruthy();
    expect(screen.getByTestId('destruction-now')).toBeTruthy();
    expect(calls.some((c) => c.channel === 'destruction.approve')).toBe(false);
    fireEvent.click(screen.getByTestId('destruction-confirm'));
    expect((await screen.findByTestId('approvals-success')).textContent).toContain(
      '张三 has been destroyed.',
    );
    expect(calls.find((c) => c.channel === 'destruction.approve')!.input).toEqual({ id: 'd1' });
    fireEvent.click(screen.getByTestId('approvals-tab-tombstones'));
    const row = await screen.findByTestId('tombstone-row');
    expect(within(row).getByText('李主管、王店长')).toBeTruthy();
  });

  it('sends a new export request for the selected files, or explains how to select', async () => {
    const calls = script({ 'exports.request': { ok: true, data: exportView({ id: 'e2' }) } });
    renderWithMantine(<ApprovalsScreen session={session('dutyManager')} />);
    fireEvent.click(await screen.findByTestId('export-new'));
    expect(await screen.findByTestId('export-none-selected')).toBeTruthy();

    useExportSelectionStore.getState().setIds(['c1', 'c2', 'c1']);
    expect((await screen.findByTestId('export-selected-count')).textContent).toBe(
      '2 client files selected.',
    );
    fireEvent.click(within(screen.getByTestId('export-format')).getByLabelText('CSV'));
    fireEvent.change(screen.getByTestId('export-reason'), { target: { value: '年度会员统计' } });
    fireEvent.click(screen.getByTestId('export-submit'));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'exports.request')?.input).toEqual({
        clientIds: ['c1', 'c2'],
        format: 'csv',
        reason: '年度会员统计',
      }),
    );
    await waitFor(() => expect(useExportSelectionStore.getState().ids).toEqual([]));
  });

  it('shows the refusal screen when main refuses the list', async () => {
    fakeBridge({
      'exports.list': {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'x', reason: 'auth.role' },
      },
      'destruction.list': { ok: false, error: { code: 'FORBIDDEN', message: 'x' } },
    });
    renderWithMantine(<ApprovalsScreen session={session('receptionist')} />);
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
