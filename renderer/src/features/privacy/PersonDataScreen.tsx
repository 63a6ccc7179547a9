import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { PersonRequestView } from '../../../../shared/contract/personDataViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { SessionView } from '../../../../shared/contract/views';
import { FILE_GUARDIANS } from '../../../../shared/domain/clients';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { RejectModal } from '../approvals/RejectModal';
import { EraseConfirm } from './EraseConfirm';
import { personDataErrorText } from './errors';
import { FoundGroups } from './FoundGroups';
import { RequestModal } from './RequestModal';
import { RequestsTable } from './RequestsTable';
import { usePersonDataStore, type Subject } from './store';
import { SubjectForm } from './SubjectForm';

/** The approval this person would give completes an erasure (the other slot is filled). */
const completesErasure = (r: PersonRequestView) =>
  r.kind === 'erase' && (r.supervisorApprovedByName !== null || r.adminApprovedByName !== null);

/** 个人信息请求: find a person's data, request an export or an erasure, decide the requests. */
export function PersonDataScreen({
  session,
  clientId,
}: {
  session: SessionView;
  clientId: string | null;
}) {
  const t = useT();
  const store = usePersonDataStore();
  const { found, findError, finding, requests, listError, fileName } = store;
  const [asked, setAsked] = useState<{ subject: Subject; reason: string } | null>(null);
  const [requesting, setRequesting] = useState<'export' | 'erase' | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<PersonRequestView | null>(null);
  const [confirming, setConfirming] = useState<PersonRequestView | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const say = (e: AppErrorShape) => personDataErrorText(t, e, session.role);

  useEffect(() => {
    void usePersonDataStore.getState().loadRequests();
    usePersonDataStore.getState().clear();
    if (clientId) void usePersonDataStore.getState().loadFile(clientId);
  }, [clientId]);

  if (!FILE_GUARDIANS.includes(session.role) || listError?.code === 'FORBIDDEN')
    return (
      <Forbidden channel="personData.find" feature={t('nav.persondata')} role={session.role} />
    );

  const approve = async (r: PersonRequestView) => {
    setBusyId(r.id);
    const res = await store.approve(r.id);
    setBusyId(null);
    setConfirming(null);
    if (!res.ok) return setActionError(say(res.error));
    setActionError(null);
    notifications.show({
      color: 'teal',
      message: t(res.data.status === 'erased' ? 'privacy.erasedToast' : 'approvals.approvedToast'),
    });
  };
  const actions = {
    onApprove: (r: PersonRequestView) => (completesErasure(r) ? setConfirming(r) : void approve(r)),
    onReject: (r: PersonRequestView) => setRejecting(r),
    onWrite: async (r: PersonRequestView) => {
      const out = await store.write(r.id);
      if (!out.ok) return setActionError(say(out.error));
      notifications.show({
        color: 'teal',
        message: t('privacy.writtenToast', { fileName: out.job.result?.fileName ?? '' }),
      });
    },
  };

  return (
    <Stack gap="md" data-testid="persondata-screen">
      <PageHeader title={t('privacy.title')} subtitle={t('privacy.subtitle')} />
      <SubjectForm
        fileId={clientId}
        fileName={fileName}
        busy={finding}
        error={findError ? say(findError) : null}
        onClearFile={() => go('persondata')}
        onSubmit={(v) => {
          setAsked(v);
          void store.find(v.subject, v.reason);
        }}
      />
      {found && asked && (
        <>
          <FoundGroups view={found} />
          <Group>
            <Button
              leftSection={<IconFileExport size={16} />}
              variant="light"
              onClick={() => setRequesting('export')}
              data-testid="persondata-request-export"
            >
              {t('privacy.requestExport')}
            </Button>
            <Button
              leftSection={<IconTrash size={16} />}
              variant="light"
              color="red"
              onClick={() => setRequesting('erase')}
              data-testid="persondata-request-erase"
            >
              {t('privacy.requestErase')}
            </Button>
          </Group>
        </>
      )}
      {actionError && (
        <Group c="red" role="alert" data-testid="persondata-action-error">
          {actionError}
        </Group>
      )}
      <RequestsTable requests={requests} session={session} busyId={busyId} actions={actions} />
      <RequestModal
        kind={requesting}
        initialReason={asked?.reason ?? ''}
        error={requestError}
        onClose={() => setRequesting(null)}
        onSubmit={async (reason) => {
          const r = await store.request(requesting!, asked!.subject, reason);
          if (!r.ok) return setRequestError(say(r.error));
          setRequestError(null);
          setRequesting(null);
          notifications.show({ color: 'teal', message: t('privacy.requestedToast') });
        }}
      />
      <RejectModal
        opened={rejecting !== null}
        subject={
          rejecting ? `${t(`privacy.requestKind.${rejecting.kind}`)} · ${rejecting.reason}` : ''
        }
        error={null}
        onClose={() => setRejecting(null)}
        onSubmit={async (note) => {
          const r = await store.reject(rejecting!.id, note);
          setRejecting(null);
          if (!r.ok) setActionError(say(r.error));
        }}
      />
      <EraseConfirm
        opened={confirming !== null}
        busy={busyId !== null}
        onClose={() => setConfirming(null)}
        onConfirm={() => void approve(confirming!)}
      />
    </Stack>
  );
}
