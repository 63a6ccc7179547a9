import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconCamera,
  IconFileText,
  IconHistory,
  IconLock,
  IconMessageReport,
  IconPhoneCall,
  IconPencil,
  IconShieldLock,
  IconTrashX,
  IconUserShield,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ClientFile } from '../../../../shared/contract/clientViews';
import type { SessionView } from '../../../../shared/contract/views';
import { FILE_GUARDIANS, MAX_PHOTO_BYTES, PHOTO_TYPES } from '../../../../shared/domain/clients';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { rolesFor } from '../../app/nav';
import { go } from '../../app/route';
import { AlertBadges, ClientAvatar, ClientCard, SecrecyBadge, StatusBadge } from './ClientBits';
import { ClientDocuments } from './ClientDocuments';
import { DestructionModal, ReasonModal, SecrecyModal } from './ClientFileModals';
import { ClientFormModal } from './ClientFormModal';
import { ClientHistory } from './ClientHistory';
import { ClientOverview } from './ClientOverview';
import { clientErrorText } from './errors';
import { MB, readAsDataUrl } from './files';
import { useClientFileStore } from './store';
import { ClientComplaints } from '../complaints/ClientComplaints';
import { ClientFollowUps } from '../followups/ClientFollowUps';

function PhotoControl({ file }: { file: ClientFile }) {
  const t = useT();
  const setPhoto = useClientFileStore((s) => s.setPhoto);
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const max = MAX_PHOTO_BYTES / MB;

  const choose = async (f: File | undefined) => {
    setProblem(null);
    if (!f) return;
    if (!(PHOTO_TYPES as readonly string[]).includes(f.type))
      return setProblem(t('clients.error.photoType'));
    if (f.size > MAX_PHOTO_BYTES) return setProblem(t('clients.error.photoTooLarge', { max }));
    setBusy(true);
    const failure = await setPhoto(await readAsDataUrl(f));
    setBusy(false);
    if (!failure) {
      notifications.show({ color: 'teal', message: t('clients.file.photo.saved') });
    } else if (failure.fields?.dataUrl === 'tooLarge') {
      setProblem(t('clients.error.photoTooLarge', { max }));
    } else if (failure.fields?.dataUrl === 'type') {
      setProblem(t('clients.error.photoType'));
    } else {
      setProblem(clientErrorText(t, failure));
    }
  };

  return (
    <Stack gap={6} align="center" w={140}>
      <ClientAvatar client={file} size={120} />
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconCamera size={14} />}
        loading={busy}
        onClick={() => input.current?.click()}
        data-testid="client-photo-upload"
      >
        {t(file.hasPhoto ? 'clients.file.photo.replace' : 'clients.file.photo.upload')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={PHOTO_TYPES.join(',')}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          void choose(f);
        }}
        data-testid="client-photo-input"
      />
      {problem && (
        <Text size="xs" c="red" ta="center" role="alert" data-testid="client-photo-error">
          {problem}
        </Text>
      )}
    </Stack>
  );
}

function Header({
  file,
  session,
  reason,
  onEdit,
  onSecrecy,
  onDestroy,
}: {
  file: ClientFile;
  session: SessionView;
  reason: string | null;
  onEdit: () => void;
  onSecrecy: () => void;
  onDestroy: () => void;
}) {
  const t = useT();
  const guardian = FILE_GUARDIANS.includes(session.role);
  const destroyRoles = rolesFor('destruction.request');
  const canDestroy = destroyRoles !== 'public' && destroyRoles.includes(session.role);
  return (
    <Paper withBorder radius="lg" p="lg" mb="lg">
      <Group align="flex-start" wrap="nowrap" gap="xl">
        <PhotoControl file={file} />
        <Stack gap={8} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="sm" align="baseline">
            <Title order={2} data-testid="client-file-name">
              {file.name}
            </Title>
            {file.nameLatin && (
              <Text size="lg" c="dimmed">
                {file.nameLatin}
              </Text>
            )}
            {file.kind === 'organisation' && (
              <Badge variant="outline" color="gray">
                {t('clients.kind.organisation')}
              </Badge>
            )}
          </Group>
          <Group gap="md">
            <Text size="xl" ff="monospace" fw={700} data-testid="client-file-card">
              {file.cardNumber ?? t('clients.card.noCard')}
            </Text>
            {file.cardType && <Text c="dimmed">{file.cardType}</Text>}
            <StatusBadge status={file.status} size="xl" testId="client-file-status" />
            {file.expiresOn && <Text>{t('clients.card.validUntil', { day: file.expiresOn })}</Text>}
            <SecrecyBadge
              level={file.secrecy}
              until={file.secrecyUntil}
              size="lg"
              testId="client-file-secrecy"
            />
          </Group>
          <AlertBadges
            alerts={file.alerts}
            expiresOn={file.expiresOn}
            size="lg"
            testId="client-file-alerts"
          />
          {reason && (
            <Group gap={6} c="orange.8" data-testid="client-file-reason">
              <IconLock size={14} />
              <Text size="sm">{t('clients.file.openedWithReason', { reason })}</Text>
            </Group>
          )}
        </Stack>
        <Stack gap="xs" align="stretch">
          <Button leftSection={<IconPencil size={16} />} onClick={onEdit} data-testid="client-edit">
            {t('common.edit')}
          </Button>
          {guardian && (
            <Button
              variant="light"
              color="orange"
              leftSection={<IconShieldLock size={16} />}
              onClick={onSecrecy}
              data-testid="client-set-secrecy"
            >
              {t('clients.file.setSecrecy')}
            </Button>
          )}
          {canDestroy && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrashX size={16} />}
              onClick={onDestroy}
              data-testid="client-request-destruction"
            >
              {t('clients.file.requestDestruction')}
            </Button>
          )}
          {guardian && (
            <Button
              variant="subtle"
              leftSection={<IconUserShield size={16} />}
              onClick={() => go('persondata', file.id)}
              data-testid="client-person-data"
            >
              {t('privacy.fromClientFile')}
            </Button>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

function BackLink() {
  const t = useT();
  return (
    <Button
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      onClick={() => go('clients')}
      mb="sm"
      px={0}
      data-testid="client-back"
    >
      {t('clients.file.back')}
    </Button>
  );
}

/** #/client/<id>: the whole file, after main said this person may open it. */
export function ClientFileScreen({
  session,
  clientId,
}: {
  session: SessionView;
  clientId: string | null;
}) {
  const t = useT();
  const { status, file, summary, error, reason, open, reload, reset } = useClientFileStore();
  const [tab, setTab] = useState<string | null>('overview');
  const [editing, setEditing] = useState(false);
  const [secrecyOpen, setSecrecyOpen] = useState(false);
  const [destroyOpen, setDestroyOpen] = useState(false);

  useEffect(() => {
    setTab('overview');
    if (clientId) void open(clientId);
    // Leaving the page (or locking the screen) forgets the file and anything revealed.
    return () => reset();
  }, [clientId, open, reset]);

  if (!clientId || status === 'notFound') {
    return (
      <>
        <BackLink />
        <Alert color="gray" variant="light" data-testid="client-not-found">
          {t('clients.file.notFound')}
        </Alert>
      </>
    );
  }

  if (status === 'forbidden') {
    return (
      <>
        <BackLink />
        {summary && <ClientCard client={summary} />}
        {/* Who may open 机密/绝密 files: the guardians, the same roles as setting secrecy. */}
        <Forbidden
          channel="clients.setSecrecy"
          feature={t('clients.file.restrictedFeature')}
          role={session.role}
        />
      </>
    );
  }

  if (status === 'needsReason') {
    return (
      <>
        <BackLink />
        {summary && <ClientCard client={summary} />}
        <ReasonModal
          opened
          summary={summary}
          error={error}
          onSubmit={(r) => open(clientId, r)}
          onCancel={() => go('clients')}
        />
      </>
    );
  }

  if (status === 'error') {
    return (
      <>
        <BackLink />
        <ErrorAlert error={error} />
        <Button mt="md" variant="light" onClick={() => void reload()}>
          {t('common.retry')}
        </Button>
      </>
    );
  }

  if (!file) {
    return (
      <Center py={80}>
        <Stack align="center">
          <Loader />
          <Text c="dimmed">{t('clients.file.loading')}</Text>
        </Stack>
      </Center>
    );
  }

  return (
    <>
      <BackLink />
      <Header
        file={file}
        session={session}
        reason={reason}
        onEdit={() => setEditing(true)}
        onSecrecy={() => setSecrecyOpen(true)}
        onDestroy={() => setDestroyOpen(true)}
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab
            value="overview"
            leftSection={<IconFileText size={16} />}
            data-testid="client-tab-overview"
          >
            {t('clients.file.tab.overview')}
          </Tabs.Tab>
          <Tabs.Tab
            value="documents"
            leftSection={<IconCamera size={16} />}
            rightSection={
              file.documents.length > 0 ? (
                <Badge size="sm" variant="light" circle>
                  {file.documents.length}
                </Badge>
              ) : undefined
            }
            data-testid="client-tab-documents"
          >
            {t('clients.file.tab.documents')}
          </Tabs.Tab>
          <Tabs.Tab
            value="history"
            leftSection={<IconHistory size={16} />}
            data-testid="client-tab-history"
          >
            {t('clients.file.tab.history')}
          </Tabs.Tab>
          <Tabs.Tab
            value="complaints"
            leftSection={<IconMessageReport size={16} />}
            data-testid="client-tab-complaints"
          >
            {t('complaint.client.cases')}
          </Tabs.Tab>
          <Tabs.Tab
            value="followUps"
            leftSection={<IconPhoneCall size={16} />}
            data-testid="client-tab-followups"
          >
            {t('followUps.client.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <ClientOverview file={file} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <ClientDocuments file={file} session={session} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <ClientHistory />
        </Tabs.Panel>
        <Tabs.Panel value="complaints">
          <ClientComplaints client={{ id: file.id, name: file.name }} />
        </Tabs.Panel>
        <Tabs.Panel value="followUps">
          <ClientFollowUps clientId={file.id} />
        </Tabs.Panel>
      </Tabs>
      <ClientFormModal
        opened={editing}
        onClose={() => setEditing(false)}
        session={session}
        file={file}
      />
      <SecrecyModal opened={secrecyOpen} file={file} onClose={() => setSecrecyOpen(false)} />
      <DestructionModal opened={destroyOpen} file={file} onClose={() => setDestroyOpen(false)} />
    </>
  );
}
