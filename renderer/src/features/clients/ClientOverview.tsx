import {
  Alert,
  Badge,
  Button,
  Card,
  DataList,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconEye, IconShieldCheck } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import type { ClientFile } from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { useT } from '../../app/i18n';
import { GradeBadge, StatusBadge } from './ClientBits';
import { clientErrorText } from './errors';
import { useClientFileStore, type RevealField } from './store';

function Item({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={testId}>{children ?? '—'}</DataList.ItemValue>
    </DataList.Item>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="lg" padding="lg">
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function RevealButton({
  field,
  busy,
  onReveal,
}: {
  field: RevealField;
  busy: boolean;
  onReveal: (field: RevealField) => void;
}) {
  const t = useT();
  return (
    <Button
      size="compact-sm"
      variant="light"
      leftSection={<IconEye size={14} />}
      loading={busy}
      onClick={() => onReveal(field)}
      data-testid={`reveal-${field}`}
    >
      {t('clients.file.reveal')}
    </Button>
  );
}

function RevealedNote({ field }: { field: RevealField }) {
  const t = useT();
  return (
    <Group gap={4} c="dimmed" data-testid={`revealed-${field}-note`}>
      <IconShieldCheck size={14} />
      <Text size="xs">{t('clients.file.revealedNote')}</Text>
    </Group>
  );
}

function DueDay({ day, testId }: { day: string; testId: string }) {
  const t = useT();
  const overdue = day < dayjs().format('YYYY-MM-DD');
  return (
    <Group gap={6} data-testid={testId}>
      <Text c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
        {day}
      </Text>
      {overdue && (
        <Badge color="red" variant="light" size="sm">
          {t('clients.file.overdue')}
        </Badge>
      )}
    </Group>
  );
}

/** Everything on the file, with phone and ID number masked until someone reveals them. */
export function ClientOverview({ file }: { file: ClientFile }) {
  const t = useT();
  const revealed = useClientFileStore((s) => s.revealed);
  const reveal = useClientFileStore((s) => s.reveal);
  const [busy, setBusy] = useState<RevealField | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  const doReveal = async (field: RevealField) => {
    setBusy(field);
    setError(await reveal(field));
    setBusy(null);
  };

  const phones = revealed.phones ?? file.phonesMasked;
  const idNumber = revealed.idNumber !== undefined ? revealed.idNumber : file.idNumberMasked;
  const person = file.kind === 'person';

  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" variant="light" role="alert" data-testid="reveal-error">
          {clientErrorText(t, error)}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t('clients.file.section.contact')}>
          <DataList size="md" labelWidth={130}>
            <Item label={t('clients.field.phones')}>
              <Stack gap={4}>
                <Group gap="sm" align="center">
                  <Stack gap={2} data-testid="client-phones">
                    {phones.length === 0 && <Text c="dimmed">{t('clients.file.noPhones')}</Text>}
                    {phones.map((p, i) => (
                      <Text key={i} ff="monospace" size="lg" data-testid={`client-phone-${i}`}>
                        {p}
                      </Text>
                    ))}
                  </Stack>
                  {!revealed.phones && file.phonesMasked.length > 0 && (
                    <RevealButton field="phones" busy={busy === 'phones'} onReveal={doReveal} />
                  )}
                </Group>
                {revealed.phones && <RevealedNote field="phones" />}
              </Stack>
            </Item>
            <Item label={t('clients.field.email')}>{file.email}</Item>
            <Item label={t('clients.field.address')}>{file.address}</Item>
          </DataList>
          {!person && file.contacts.length > 0 && (
            <Stack gap={4} mt="md" data-testid="client-contacts">
              <Text fw={600} size="sm">
                {t('clients.file.section.contacts')}
              </Text>
              {file.contacts.map((c, i) => (
                <Group key={i} gap="md">
                  <Text fw={500}>{c.name}</Text>
                  {c.title && <Text c="dimmed">{c.title}</Text>}
                  {c.phone && <Text ff="monospace">{c.phone}</Text>}
                </Group>
              ))}
            </Stack>
          )}
        </Section>

        <Section title={t('clients.file.section.identity')}>
          <DataList size="md" labelWidth={130}>
            <Item label={t('clients.field.kind')}>{t(`clients.kind.${file.kind}`)}</Item>
            {person && (
              <Item label={t('clients.field.gender')}>
                {file.gender ? t(`clients.gender.${file.gender}`) : null}
              </Item>
            )}
            {person && <Item label={t('clients.field.birthday')}>{file.birthday}</Item>}
            <Item label={t('clients.field.idType')}>
              {file.idType ? t(`clients.idType.${file.idType}`) : null}
            </Item>
            <Item label={t('clients.field.idNumber')}>
              {idNumber ? (
                <Stack gap={4}>
                  <Group gap="sm">
                    <Text ff="monospace" size="lg" data-testid="client-id-number">
                      {idNumber}
                    </Text>
                    {revealed.idNumber === undefined && (
                      <RevealButton
                        field="idNumber"
                        busy={busy === 'idNumber'}
                        onReveal={doReveal}
                      />
                    )}
                  </Group>
                  {revealed.idNumber !== undefined && <RevealedNote field="idNumber" />}
                </Stack>
              ) : null}
            </Item>
          </DataList>
        </Section>

        <Section title={t('clients.file.section.membership')}>
          <DataList size="md" labelWidth={130}>
            <Item label={t('clients.field.cardType')}>{file.cardType}</Item>
            <Item label={t('clients.field.cardNumber')}>
              {file.cardNumber && <Text ff="monospace">{file.cardNumber}</Text>}
            </Item>
            <Item label={t('clients.field.membershipStart')}>{file.membershipStart}</Item>
            <Item label={t('clients.field.membershipExpiry')}>{file.expiresOn}</Item>
            <Item label={t('clients.field.membershipStatus')}>
              <StatusBadge status={file.status} />
            </Item>
            <Item label={t('clients.field.consultantId')}>{file.consultantName}</Item>
          </DataList>
        </Section>

        <Section title={t('clients.file.section.credit')}>
          <DataList size="md" labelWidth={130}>
            <Item label={t('clients.field.creditGrade')}>
              <GradeBadge grade={file.creditGrade} />
            </Item>
            <Item label={t('clients.field.fileReviewDue')}>
              <DueDay day={file.fileReviewDue} testId="client-file-review-due" />
            </Item>
            <Item label={t('clients.field.creditReviewDue')}>
              <DueDay day={file.creditReviewDue} testId="client-credit-review-due" />
            </Item>
          </DataList>
        </Section>
      </SimpleGrid>

      <Section title={t('clients.file.section.notes')}>
        <DataList size="md" labelWidth={130}>
          <Item label={t('clients.field.alertNote')}>{file.alertNote}</Item>
          <Item label={t('clients.field.tags')}>
            {file.tags.length > 0 ? (
              <Group gap={6}>
                {file.tags.map((tag) => (
                  <Badge key={tag} variant="outline" radius="sm">
                    {tag}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Item>
          <Item label={t('clients.field.notes')}>
            {file.notes ? <Text style={{ whiteSpace: 'pre-wrap' }}>{file.notes}</Text> : null}
          </Item>
        </DataList>
      </Section>
      <Text size="xs" c="dimmed" ta="right">
        {t('clients.file.updatedAt', { time: dayjs(file.updatedAt).format('YYYY-MM-DD HH:mm') })}
      </Text>
    </Stack>
  );
}
