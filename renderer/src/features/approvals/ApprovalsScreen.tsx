import { Alert, Anchor, Badge, Button, Group, Stack, Table, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFileExport, IconTrash, IconX } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import type {
  DestructionRequestView,
  ExportRequestView,
} from '../../../../shared/contract/clientViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type { SessionView } from '../../../../shared/contract/views';
import { FILE_GUARDIANS } from '../../../../shared/domain/clients';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT, type T } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { SecrecyBadge } from '../access/SecrecyBadge';
import { DestroyModal } from './DestroyModal';
import { ExportRequestModal, type ExportRequestValues } from './ExportRequestModal';
import { ExportRun } from './ExportRun';
import { oversightErrorText } from './reasonText';
import { RejectModal } from './RejectModal';
import { useExportSelectionStore } from './selectionStore';
import { destructionSlotOpen, exportSlotOpen } from './slots';
import { useApprovalsStore } from './store';

type Tab = 'exports' | 'destruction' | 'tombstones';
type Status = ExportRequestView['status'] | DestructionRequestView['status'];

const STATUS_COLOR: Record<Status, string> = {
  pending: 'yellow',
  approved: 'teal',
  rejected: 'gray',
  exported: 'blue',
  destroyed: 'dark',
};

const when = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');

function StatusBadge({ status, t }: { status: Status; t: T }) {
  return (
    <Badge
      tt="none"
      miw="max-content"
      color={STATUS_COLOR[status]}
      variant={status === 'pending' ? 'outline' : 'light'}
      size="lg"
      data-testid="request-status"
      data-status={status}
    >
      {t(`approvals.status.${status}`)}
    </Badge>
  );
}

/** Supervisor ✓ / Administrator ✓, or who is still awaited. */
function Slots({
  supervisor,
  admin,
  showAdmin,
  t,
}: {
  supervisor: string | null;
  admin: string | null;
  showAdmin: boolean;
  t: T;
}) {
  const slot = (key: 'supervisor' | 'admin', name: string | null) => (
    <Text
      size="sm"
      c={name ? 'teal' : 'dimmed'}
      fw={name ? 600 : 400}
      data-testid={`approval-slot-${key}`}
      data-done={name ? 'true' : 'false'}
    >
      {name
        ? t('approvals.slotDone', { slot: t(`approvals.slot.${key}`), name })
        : t('approvals.slotWaiting', { slot: t(`approvals.slot.${key}`) })}
    </Text>
  );
  return (
    <Stack gap={2}>
      {slot('supervisor', supervisor)}
      {(showAdmin || admin) && slot('admin', admin)}
    </Stack>
  );
}

function RowError({ text, cols }: { text: string; cols: number }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={cols}>
        <Alert color="red" variant="light" role="alert" data-testid="approvals-action-error">
          {text}
        </Alert>
      </Table.Td>
    </Table.Tr>
  );
}

function Empty({ text, testId }: { text: string; testId: string }) {
  return (
    <Text c="dimmed" ta="center" py="xl" data-testid={testId}>
      {text}
    </Text>
  );
}

export function ApprovalsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const store = useApprovalsStore();
  const { exports, destructions, tombstones, error, destructionError, load } = store;
  const guardian = FILE_GUARDIANS.includes(session.role);
  const [tab, setTab] = useState<Tab>('exports');
  const [rowError, setRowError] = useState<{ id: string; text: string } | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<{
    kind: 'export' | 'destruction';
    id: string;
    subject: string;
  } | null>(null);
  const [rejectError, setRejectError] = useState<string | null>(null);
  const [destroying, setDestroying] = useState<DestructionRequestView | null>(null);
  const [destroyError, setDestroyError] = useState<string | null>(null);
  const [newOpen, setNewOpen] = useState(false);
  const [newError, setNewError] = useState<string | null>(null);

  useEffect(() => {
    void load(guardian);
  }, [load, guardian]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="exports.list" feature={t('nav.approvals')} role={session.role} />;

  /** The sentence for a refusal; a CONFLICT means the list is stale, so it is reloaded. */
  const say = (e: AppErrorShape) => {
    if (e.code === 'CONFLICT') void load(guardian);
    return oversightErrorText(t, e, session.role);
  };
  const done = (message: string) => {
    setSuccess(message);
    setRowError(null);
    notifications.show({ color: 'teal', message });
  };
  /** Runs one row's action; a refusal stays next to that row. */
  const act = async <V,>(id: string, run: () => Promise<Result<V>>, ok: (v: V) => string) => {
    setBusyId(id);
    const r = await run();
    setBusyId(null);
    if (r.ok) done(ok(r.data));
    else {
      setSuccess(null);
      setRowError({ id, text: say(r.error) });
    }
  };

  const submitReject = async (note: string) => {
    const target = rejecting!;
    const r =
      target.kind === 'export'
        ? await store.rejectExport(target.id, note)
        : await store.rejectDestruction(target.id, note);
    if (!r.ok) return setRejectError(say(r.error));
    setRejecting(null);
    done(t('approvals.rejectedToast'));
  };

  const confirmDestroy = async () => {
    const target = destroying!;
    const r = await store.approveDestruction(target.id);
    if (!r.ok) return setDestroyError(say(r.error));
    setDestroying(null);
    done(
      r.data.status === 'destroyed'
        ? t('approvals.destroyedToast', { name: target.clientName ?? '' })
        : t('approvals.approvedToast'),
    );
  };

  const submitNew = async (values: ExportRequestValues) => {
    const r = await store.requestExport(values);
    if (!r.ok) return setNewError(say(r.error));
    useExportSelectionStore.getState().clear();
    setNewOpen(false);
    setTab('exports');
    done(t('approvals.requestedToast'));
  };

  const approveReject = (
    id: string,
    onApprove: (() => void) | null,
    subject: string,
    kind: 'export' | 'destruction',
  ): ReactNode => (
    <Group gap="xs" wrap="nowrap">
      {onApprove && (
        <Button
          size="xs"
          color={kind === 'destruction' ? 'red' : 'teal'}
          leftSection={<IconCheck size={14} />}
          loading={busyId === id}
          onClick={onApprove}
          data-testid={`${kind}-approve`}
        >
          {t('approvals.approve')}
        </Button>
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconX size={14} />}
        onClick={() => {
          setRejectError(null);
          setRejecting({ kind, id, subject });
        }}
        data-testid={`${kind}-reject`}
      >
        {t('approvals.reject')}
      </Button>
    </Group>
  );

  const exportRow = (r: ExportRequestView) => {
    const mine = r.requestedBy === session.staffId;
    return (
      <Fragment key={r.id}>
        <Table.Tr data-testid="export-row" data-id={r.id} data-status={r.status}>
          <Table.Td>
            <Text fw={600}>{r.requestedByName ?? '—'}</Text>
            {mine && (
              <Badge tt="none" miw="max-content" size="xs" variant="outline" color="gray">
                {t('approvals.yourRequest')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(r.requestedAt)}</Table.Td>
          <Table.Td maw={280}>
            <Text size="sm" lineClamp={3}>
              {r.reason}
            </Text>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {t('approvals.files', { count: r.clientCount, format: r.format.toUpperCase() })}
          </Table.Td>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              <SecrecyBadge level={r.highestSecrecy} />
              {r.needsAdmin && (
                <Badge
                  tt="none"
                  miw="max-content"
                  color="red"
                  variant="outline"
                  size="sm"
                  data-testid="export-needs-admin"
                >
                  {t('approvals.needsAdmin')}
                </Badge>
              )}
            </Stack>
          </Table.Td>
          <Table.Td>
            <StatusBadge status={r.status} t={t} />
            {r.status === 'rejected' && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('approvals.rejectedBy', {
                  name: r.rejectedByName ?? '—',
                  note: r.rejectNote ?? '',
                })}
              </Text>
            )}
            {r.fileName && (
              <Text size="xs" mt={4} ff="monospace" data-testid="export-file-name">
                {t('approvals.written', { fileName: r.fileName })}
              </Text>
            )}
          </Table.Td>
          <Table.Td>
            <Slots
              supervisor={r.supervisorApprovedByName}
              admin={r.adminApprovedByName}
              showAdmin={r.needsAdmin}
              t={t}
            />
          </Table.Td>
          <Table.Td>
            {guardian &&
              r.status === 'pending' &&
              approveReject(
                r.id,
                exportSlotOpen(r, session.role)
                  ? () =>
                      void act(
                        r.id,
                        () => store.approveExport(r.id),
                        () => t('approvals.approvedToast'),
                      )
                  : null,
                `${r.requestedByName ?? ''} · ${r.reason}`,
                'export',
              )}
            {mine && r.status === 'approved' && (
              <ExportRun
                id={r.id}
                t={t}
                onWritten={done}
                onRefused={(e) => {
                  setSuccess(null);
                  setRowError({ id: r.id, text: say(e) });
                }}
              />
            )}
          </Table.Td>
        </Table.Tr>
        {rowError?.id === r.id && <RowError text={rowError.text} cols={8} />}
      </Fragment>
    );
  };

  const destructionRow = (r: DestructionRequestView) => (
    <Fragment key={r.id}>
      <Table.Tr data-testid="destruction-row" data-id={r.id} data-status={r.status}>
        <Table.Td>
          <Text fw={600}>{r.requestedByName ?? '—'}</Text>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(r.requestedAt)}</Table.Td>
        <Table.Td>
          {r.clientName && r.status !== 'destroyed' ? (
            <Anchor component="button" type="button" onClick={() => go('client', r.clientId)}>
              {r.clientName}
            </Anchor>
          ) : (
            <Text c="dimmed">
              {r.clientName ?? t('approvals.destroyedFile', { id: r.clientId.slice(-8) })}
            </Text>
          )}
        </Table.Td>
        <Table.Td maw={280}>
          <Text size="sm" lineClamp={3}>
            {r.reason}
          </Text>
        </Table.Td>
        <Table.Td>
          <StatusBadge status={r.status} t={t} />
          {r.status === 'rejected' && r.rejectedByName && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('approvals.rejectedByOnly', { name: r.rejectedByName })}
            </Text>
          )}
          {r.destroyedAt && (
            <Text size="xs" c="dimmed" mt={4}>
              {when(r.destroyedAt)}
            </Text>
          )}
        </Table.Td>
        <Table.Td>
          <Slots
            supervisor={r.supervisorApprovedByName}
            admin={r.adminApprovedByName}
            showAdmin
            t={t}
          />
        </Table.Td>
        <Table.Td>
          {guardian &&
            r.status === 'pending' &&
            approveReject(
              r.id,
              destructionSlotOpen(r, session.role)
                ? () => {
                    setDestroyError(null);
                    setDestroying(r);
                  }
                : null,
              `${r.clientName ?? ''} · ${r.reason}`,
              'destruction',
            )}
        </Table.Td>
      </Table.Tr>
      {rowError?.id === r.id && <RowError text={rowError.text} cols={7} />}
    </Fragment>
  );

  const pendingExports = exports.filter((r) => r.status === 'pending').length;
  const pendingDestructions = destructions.filter((r) => r.status === 'pending').length;
  const count = (n: number) =>
    n > 0 ? (
      <Badge tt="none" miw="max-content" size="sm" color="yellow" variant="filled" ml={6}>
        {n}
      </Badge>
    ) : null;
  const otherApproved = (r: DestructionRequestView) =>
    session.role === 'admin' ? !!r.supervisorApprovedByName : !!r.adminApprovedByName;

  return (
    <>
      <PageHeader
        title={t('approvals.title')}
        subtitle={t('approvals.subtitle')}
        actions={
          <Button
            leftSection={<IconFileExport size={18} />}
            onClick={() => {
              setNewError(null);
              setNewOpen(true);
            }}
            data-testid="export-new"
          >
            {t('approvals.new')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      {success && (
        <Alert
          color="teal"
          icon={<IconCheck size={18} />}
          withCloseButton
          onClose={() => setSuccess(null)}
          mb="md"
          data-testid="approvals-success"
        >
          {success}
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)}>
        <Tabs.List mb="md">
          <Tabs.Tab
            value="exports"
            leftSection={<IconFileExport size={16} />}
            data-testid="approvals-tab-exports"
          >
            {t('approvals.tab.exports')}
            {count(pendingExports)}
          </Tabs.Tab>
          <Tabs.Tab
            value="destruction"
            leftSection={<IconTrash size={16} />}
            data-testid="approvals-tab-destruction"
          >
            {t('approvals.tab.destruction')}
            {count(pendingDestructions)}
          </Tabs.Tab>
          {guardian && (
            <Tabs.Tab value="tombstones" data-testid="approvals-tab-tombstones">
              {t('approvals.tab.tombstones')}
            </Tabs.Tab>
          )}
        </Tabs.List>

        <Tabs.Panel value="exports">
          <Table.ScrollContainer minWidth={1040}>
            <Table verticalSpacing="sm" data-testid="export-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('approvals.col.requester')}</Table.Th>
                  <Table.Th>{t('approvals.col.when')}</Table.Th>
                  <Table.Th>{t('approvals.col.reason')}</Table.Th>
                  <Table.Th>{t('approvals.col.files')}</Table.Th>
                  <Table.Th>{t('approvals.col.secrecy')}</Table.Th>
                  <Table.Th>{t('approvals.col.status')}</Table.Th>
                  <Table.Th>{t('approvals.col.approvals')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{exports.map(exportRow)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {exports.length === 0 && !error && (
            <Empty text={t('approvals.empty.exports')} testId="export-empty" />
          )}
        </Tabs.Panel>

        <Tabs.Panel value="destruction">
          <ErrorAlert error={destructionError} />
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="sm" data-testid="destruction-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('approvals.col.requester')}</Table.Th>
                  <Table.Th>{t('approvals.col.when')}</Table.Th>
                  <Table.Th>{t('approvals.col.client')}</Table.Th>
                  <Table.Th>{t('approvals.col.reason')}</Table.Th>
                  <Table.Th>{t('approvals.col.status')}</Table.Th>
                  <Table.Th>{t('approvals.col.approvals')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{destructions.map(destructionRow)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {destructions.length === 0 && !destructionError && (
            <Empty text={t('approvals.empty.destruction')} testId="destruction-empty" />
          )}
        </Tabs.Panel>

        {guardian && (
          <Tabs.Panel value="tombstones">
            <ErrorAlert error={store.tombstoneError} />
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="sm" data-testid="tombstone-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('approvals.tomb.destroyedAt')}</Table.Th>
                    <Table.Th>{t('approvals.tomb.file')}</Table.Th>
                    <Table.Th>{t('approvals.tomb.requester')}</Table.Th>
                    <Table.Th>{t('approvals.tomb.reason')}</Table.Th>
                    <Table.Th>{t('approvals.tomb.approvers')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tombstones.map((s) => (
                    <Table.Tr
                      key={s.clientId}
                      data-testid="tombstone-row"
                      data-client-id={s.clientId}
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(s.destroyedAt)}</Table.Td>
                      <Table.Td ff="monospace">
                        {t('approvals.destroyedFile', { id: s.clientId.slice(-8) })}
                      </Table.Td>
                      <Table.Td>{s.requestedByName ?? '—'}</Table.Td>
                      <Table.Td maw={320}>
                        <Text size="sm">{s.reason}</Text>
                      </Table.Td>
                      <Table.Td>{s.approverNames.join('、') || '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {tombstones.length === 0 && !store.tombstoneError && (
              <Empty text={t('approvals.empty.tombstones')} testId="tombstone-empty" />
            )}
          </Tabs.Panel>
        )}
      </Tabs>

      <RejectModal
        opened={!!rejecting}
        subject={rejecting?.subject ?? ''}
        error={rejectError}
        onClose={() => setRejecting(null)}
        onSubmit={submitReject}
      />
      <DestroyModal
        opened={!!destroying}
        clientName={destroying?.clientName ?? ''}
        destroysNow={destroying ? otherApproved(destroying) : false}
        error={destroyError}
        onClose={() => setDestroying(null)}
        onConfirm={confirmDestroy}
      />
      <ExportRequestModal
        opened={newOpen}
        error={newError}
        onClose={() => setNewOpen(false)}
        onSubmit={submitNew}
      />
    </>
  );
}
