import {
  Avatar,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
  type MantineSize,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconBan,
  IconCake,
  IconCalendarX,
  IconCash,
  IconClockHour4,
  IconLock,
  IconMessage,
  IconSnowflake,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import type {
  ClientAlert,
  ClientAlertKind,
  ClientSummary,
} from '../../../../shared/contract/clientViews';
import {
  isRestricted,
  type CreditGrade,
  type MembershipStatus,
  type SecrecyLevel,
} from '../../../../shared/domain/clients';
import { useT } from '../../app/i18n';
import { usePhotoStore } from './store';

export const STATUS_COLOR: Record<MembershipStatus, string> = {
  active: 'teal',
  frozen: 'blue',
  expired: 'red',
  unpaid: 'orange',
  banned: 'dark',
};

/** Status by colour and word together, readable from across the desk. */
export function StatusBadge({
  status,
  size = 'md',
  testId,
}: {
  status: MembershipStatus | null;
  size?: MantineSize;
  testId?: string;
}) {
  const t = useT();
  return (
    <Badge
      size={size}
      color={status ? STATUS_COLOR[status] : 'gray'}
      variant={status === 'active' ? 'light' : status ? 'filled' : 'outline'}
      data-testid={testId}
      data-status={status ?? 'none'}
    >
      {t(status ? `clients.status.${status}` : 'clients.status.none')}
    </Badge>
  );
}

const SECRECY_COLOR: Record<SecrecyLevel, string> = {
  none: 'gray',
  secret: 'yellow',
  confidential: 'orange',
  topSecret: 'red',
};

export function SecrecyBadge({
  level,
  until,
  size = 'md',
  showNone = false,
  testId,
}: {
  level: SecrecyLevel;
  until?: number | null;
  size?: MantineSize;
  showNone?: boolean;
  testId?: string;
}) {
  const t = useT();
  if (level === 'none' && !showNone) return null;
  const untilText = until
    ? ` · ${t('clients.secrecy.until', { day: dayjs(until).format('YYYY-MM-DD') })}`
    : '';
  return (
    <Badge
      size={size}
      color={SECRECY_COLOR[level]}
      variant={level === 'none' ? 'outline' : isRestricted(level) ? 'filled' : 'light'}
      leftSection={isRestricted(level) ? <IconLock size={12} /> : undefined}
      data-testid={testId}
      data-level={level}
    >
      {t(`clients.secrecy.${level}`)}
      {level !== 'none' && untilText}
    </Badge>
  );
}

const GRADE_COLOR: Record<CreditGrade, string> = { A: 'teal', B: 'cyan', C: 'yellow', D: 'red' };

export function GradeBadge({ grade, size = 'md' }: { grade: CreditGrade; size?: MantineSize }) {
  const t = useT();
  return (
    <Badge size={size} color={GRADE_COLOR[grade]} variant="light" radius="sm">
      {t('clients.grade', { grade })}
    </Badge>
  );
}

const ALERT_LOOK: Record<ClientAlertKind, { color: string; icon: ReactNode }> = {
  expired: { color: 'red', icon: <IconCalendarX size={14} /> },
  expiresSoon: { color: 'orange', icon: <IconClockHour4 size={14} /> },
  frozen: { color: 'blue', icon: <IconSnowflake size={14} /> },
  unpaid: { color: 'orange', icon: <IconCash size={14} /> },
  banned: { color: 'dark', icon: <IconBan size={14} /> },
  birthday: { color: 'pink', icon: <IconCake size={14} /> },
  note: { color: 'grape', icon: <IconMessage size={14} /> },
};

function alertText(t: ReturnType<typeof useT>, a: ClientAlert, expiresOn: string | null): string {
  switch (a.kind) {
    case 'expired':
    case 'expiresSoon':
      return t(`clients.alert.${a.kind}`, { day: a.text ?? expiresOn ?? '' });
    case 'note':
      return t('clients.alert.note', { text: a.text ?? '' });
    default:
      return t(`clients.alert.${a.kind}`);
  }
}

/** Icons and words for what the desk must notice before letting someone in. */
export function AlertBadges({
  alerts,
  expiresOn,
  size = 'md',
  compact = false,
  testId,
}: {
  alerts: ClientAlert[];
  expiresOn: string | null;
  size?: MantineSize;
  /** In table rows: icons only, the words in a tooltip and for screen readers. */
  compact?: boolean;
  testId?: string;
}) {
  const t = useT();
  if (alerts.length === 0) return null;
  return (
    <Group gap={6} data-testid={testId}>
      {alerts.map((a, i) => {
        const look = ALERT_LOOK[a.kind] ?? { color: 'gray', icon: <IconAlertTriangle size={14} /> };
        const text = alertText(t, a, expiresOn);
        if (compact) {
          return (
            <Tooltip key={`${a.kind}-${i}`} label={text} withinPortal>
              <ThemeIcon
                size="md"
                radius="xl"
                color={look.color}
                variant="light"
                role="img"
                aria-label={text}
                data-testid={`client-alert-${a.kind}`}
              >
                {look.icon}
              </ThemeIcon>
            </Tooltip>
          );
        }
        return (
          <Badge
            key={`${a.kind}-${i}`}
            size={size}
            color={look.color}
            variant="light"
            leftSection={look.icon}
            data-testid={`client-alert-${a.kind}`}
            maw={420}
          >
            {text}
          </Badge>
        );
      })}
    </Group>
  );
}

/** The photo when there is one, else the first character of the name. */
export function ClientAvatar({
  client,
  size = 40,
}: {
  client: Pick<ClientSummary, 'id' | 'name' | 'hasPhoto'>;
  size?: number | MantineSize;
}) {
  const photo = usePhotoStore((s) => s.photos[client.id]);
  const load = usePhotoStore((s) => s.load);
  useEffect(() => {
    if (client.hasPhoto) void load(client.id);
  }, [client.id, client.hasPhoto, load]);
  return (
    <Avatar
      src={client.hasPhoto ? (photo ?? null) : null}
      alt={client.name}
      size={size}
      radius="xl"
      color="initials"
      name={client.name}
      data-testid={`client-avatar-${client.id}`}
    >
      {Array.from(client.name)[0]}
    </Avatar>
  );
}

/** What check-in needs, for any file, restricted or not (every role sees it). */
export function ClientCard({
  client,
  onOpen,
  photo,
}: {
  client: ClientSummary;
  /** Offered only when this role may open the file. */
  onOpen?: () => void;
  /** In place of the small avatar: check-in shows the photo large, with Take photo. */
  photo?: ReactNode;
}) {
  const t = useT();
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="client-card">
      <Group align="flex-start" wrap="nowrap" gap="lg">
        {photo ?? <ClientAvatar client={client} size={96} />}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="sm" align="baseline">
            <Title order={3} data-testid="client-card-name">
              {client.name}
            </Title>
            {client.nameLatin && <Text c="dimmed">{client.nameLatin}</Text>}
          </Group>
          <Group gap="sm">
            <Text size="lg" ff="monospace" fw={600} data-testid="client-card-number">
              {client.cardNumber ?? t('clients.card.noCard')}
            </Text>
            {client.cardType && <Text c="dimmed">{client.cardType}</Text>}
            <StatusBadge status={client.status} size="lg" testId="client-card-status" />
            <SecrecyBadge level={client.secrecy} />
          </Group>
          {client.expiresOn && (
            <Text>{t('clients.card.validUntil', { day: client.expiresOn })}</Text>
          )}
          <AlertBadges alerts={client.alerts} expiresOn={client.expiresOn} size="lg" />
          <Group gap="xl" mt={4}>
            {client.phoneMasked && (
              <Text size="sm">
                <Text span c="dimmed">
                  {t('clients.card.phone')}:{' '}
                </Text>
                <Text span ff="monospace">
                  {client.phoneMasked}
                </Text>
              </Text>
            )}
            {client.consultantName && (
              <Text size="sm">
                <Text span c="dimmed">
                  {t('clients.card.consultant')}:{' '}
                </Text>
                {client.consultantName}
              </Text>
            )}
            <GradeBadge grade={client.creditGrade} size="sm" />
          </Group>
          {client.restricted && (
            <Group gap={6} mt={4} c="orange.8" wrap="nowrap" align="flex-start">
              <IconLock size={16} style={{ flexShrink: 0, marginTop: 3 }} />
              <Text size="sm" c="orange.8">
                {t('clients.restricted.hint')}
              </Text>
            </Group>
          )}
          {onOpen && !client.restricted && (
            <Group mt="xs">
              <Button variant="light" onClick={onOpen} data-testid="client-card-open">
                {t('clients.card.open')}
              </Button>
            </Group>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
