import {
  Badge,
  Button,
  Card,
  Group,
  Image,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowLeft,
  IconPencil,
  IconPhonePlus,
  IconPrinter,
  IconSignature,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { IncidentView } from '../../../../shared/contract/incidentViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { dateTime } from '../handover/format';
import { IncidentFormModal } from './IncidentFormModal';
import { eventRows, followUpText, handlingRows, personRows, type Rows } from './reportRows';
import { SignModal } from './SignModal';
import { useIncidentStore } from './store';

function Section({ title, rows }: { title: string; rows: Rows }) {
  return (
    <Card withBorder padding="sm">
      <Text fw={700} mb={4}>
        {title}
      </Text>
      <Table verticalSpacing={4} layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value, id]) => (
            <Table.Tr key={id}>
              <Table.Td w={150} c="dimmed" style={{ verticalAlign: 'top' }}>
                {label}
              </Table.Td>
              <Table.Td
                style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
                data-testid={`incident-field-${id}`}
              >
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function FollowUps({ v }: { v: IncidentView }) {
  const t = useT();
  const scheduleFollowUp = useIncidentStore((s) => s.scheduleFollowUp);
  const [day, setDay] = useState(() => dayjs().add(1, 'day').format('YYYY-MM-DD'));
  const [error, setError] = useState<AppErrorShape | null>(null);
  const send = async () => {
    const r = await scheduleFollowUp({ incidentId: v.id, dueDay: day });
    setError(r.ok ? null : r.error);
    if (r.ok) notifications.show({ color: 'teal', message: t('incidents.detail.scheduled') });
  };
  const dayError =
    error?.fields?.dueDay === 'in the past'
      ? t('incidents.error.past')
      : fieldError(t, error, 'dueDay');
  return (
    <Card withBorder padding="sm" data-testid="incident-followups">
      <Text fw={700} mb={4}>
        {t('incidents.detail.followUps')}
      </Text>
      {v.followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('incidents.detail.noFollowUps')}
        </Text>
      ) : (
        <Stack gap={2} mb="xs">
          {v.followUps.map((f) => (
            <Text key={f.id} size="sm" data-testid="incident-followup">
              {followUpText(t, f)}
            </Text>
          ))}
        </Stack>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <Group align="flex-start" gap="xs" mt="xs">
          <TextInput
            type="date"
            aria-label={t('incidents.detail.dueDay')}
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
            error={dayError}
            data-testid="incident-followup-day"
          />
          <Button
            type="submit"
            variant="light"
            leftSection={<IconPhonePlus size={16} />}
            data-testid="incident-followup-add"
          >
            {t('incidents.detail.schedule')}
          </Button>
        </Group>
        {error && !dayError && <ErrorAlert error={error} />}
      </form>
    </Card>
  );
}

function Signature({ v }: { v: IncidentView }) {
  const t = useT();
  return (
    <Card withBorder padding="sm" data-testid="incident-signature">
      <Text fw={700} mb={4}>
        {t('incidents.detail.signature')}
      </Text>
      {v.signatureDataUrl ? (
        <>
          <Image
            src={v.signatureDataUrl}
            alt={v.signerName ?? ''}
            h={110}
            w="auto"
            fit="contain"
            bg="white"
          />
          <Text size="sm" c="dimmed" data-testid="incident-signed-by">
            {t('incidents.detail.signedBy', {
              name: v.signerName ?? '',
              time: dateTime(v.signedAt ?? 0),
            })}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('incidents.detail.notSigned')}
        </Text>
      )}
    </Card>
  );
}

/** One report: facts, handling, the member's signature and the follow-up calls. */
export function IncidentScreen({ incidentId }: { incidentId: string | null }) {
  const t = useT();
  const { current: v, error, load, openForm, setSignOpen } = useIncidentStore();
  useEffect(() => {
    if (incidentId) void load(incidentId);
  }, [incidentId, load]);
  if (error) return <ErrorAlert error={error} />;
  if (!v || v.id !== incidentId) return <Loader size="sm" />;
  return (
    <Stack gap="sm" data-testid="incident-screen">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm">
          <Button
            variant="subtle"
            leftSection={<IconArrowLeft size={16} />}
            onClick={() => go('incidents')}
          >
            {t('incidents.detail.back')}
          </Button>
          <Title order={3} ff="monospace" data-testid="incident-number">
            {v.number}
          </Title>
          <Badge color={v.signed ? 'teal' : 'orange'} variant="light" data-testid="incident-state">
            {t(v.signed ? 'incidents.signed' : 'incidents.unsigned')}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => openForm(v)}
            data-testid="incident-edit"
          >
            {t(v.signed ? 'incidents.detail.settle' : 'incidents.detail.edit')}
          </Button>
          {!v.signed && (
            <Button
              leftSection={<IconSignature size={16} />}
              onClick={() => setSignOpen(true)}
              data-testid="incident-sign"
            >
              {t('incidents.detail.sign')}
            </Button>
          )}
          <Button
            variant="light"
            leftSection={<IconPrinter size={16} />}
            onClick={() => go('print', `incident:${v.id}`)}
            data-testid="incident-print"
          >
            {t('incidents.detail.print')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('incidents.detail.recorded', { name: v.recordedByName, time: dateTime(v.recordedAt) })}
        {' · '}
        {v.shiftName
          ? t('incidents.detail.shift', { shift: v.shiftName })
          : t('incidents.detail.noShift')}
      </Text>
      <SimpleGrid cols={2} spacing="sm">
        <Stack gap="sm">
          <Section title={t('incidents.detail.person')} rows={personRows(t, v)} />
          <Section title={t('incidents.detail.handling')} rows={handlingRows(t, v)} />
        </Stack>
        <Stack gap="sm">
          <Section title={t('incidents.detail.event')} rows={eventRows(t, v)} />
          <Signature v={v} />
          <FollowUps v={v} />
        </Stack>
      </SimpleGrid>
      <SignModal incident={v} />
      <IncidentFormModal />
    </Stack>
  );
}
