import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { BoardShift, HandoverFlag } from '../../../../../shared/contract/handoverViews';
import type { HandoverSection } from '../../../../../shared/domain/shift';
import { useT } from '../../../app/i18n';
import { dateTime } from '../format';

type State = BoardShift['state'];

/** Colour and word together: a badge is never read by its colour alone. */
export const STATE_COLOR: Record<State, string> = {
  draft: 'gray',
  awaitingIncoming: 'blue',
  signed: 'teal',
  flagged: 'orange',
  accepted: 'green',
  missing: 'red',
  inProgress: 'cyan',
  upcoming: 'gray',
};

export function StateBadge({ state, size = 'md' }: { state: State; size?: 'sm' | 'md' | 'lg' }) {
  const t = useT();
  const word =
    state === 'missing' || state === 'inProgress' || state === 'upcoming'
      ? t(`handover.state.${state}`)
      : t(`handover.status.${state}`);
  return (
    <Badge
      color={STATE_COLOR[state]}
      // Missing and flagged need action: solid, so they stand out on a tinted row too.
      variant={
        state === 'upcoming'
          ? 'outline'
          : state === 'missing' || state === 'flagged'
            ? 'filled'
            : 'light'
      }
      size={size}
      data-testid="state-badge"
      data-state={state}
    >
      {word}
    </Badge>
  );
}

/** One part of the handover as a card; a flagged part is outlined and shows its notes. */
export function SectionCard({
  section,
  title,
  icon,
  right,
  flags = [],
  below,
  children,
}: {
  section: HandoverSection | 'checklist';
  title: string;
  icon: ReactNode;
  right?: ReactNode;
  flags?: HandoverFlag[];
  /** Under the heading, above the content: the incoming side's note for a flag. */
  below?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const flagged = flags.length > 0;
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      data-testid={`section-${section}`}
      data-flagged={flagged || undefined}
      style={flagged ? { borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" align="center" mb="sm" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap">
          {icon}
          <Title order={4}>{title}</Title>
        </Group>
        {right}
      </Group>
      {flags.map((f) => (
        <Paper
          key={`${f.section}-${f.at}`}
          radius="md"
          p="sm"
          mb="sm"
          bg="var(--mantine-color-orange-light)"
          data-testid={`flag-${section}`}
        >
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconFlag size={18} color="var(--mantine-color-orange-7)" style={{ flex: 'none' }} />
            <Stack gap={2}>
              <Text fw={600} size="sm">
                {f.note}
              </Text>
              <Text size="xs" c="dimmed">
                {t('handover.flags.by', { name: f.byName, time: dateTime(f.at) })}
              </Text>
            </Stack>
          </Group>
        </Paper>
      ))}
      {below}
      {children}
    </Paper>
  );
}

/** A small heading inside a section, with a count when it lists things. */
export function SubHead({ label, count }: { label: string; count?: number }) {
  return (
    <Group gap={6} mb={4} mt="sm">
      <Text fw={700} size="sm">
        {label}
      </Text>
      {count !== undefined && (
        <Badge size="sm" variant="light" color={count > 0 ? 'orange' : 'gray'} circle>
          {count}
        </Badge>
      )}
    </Group>
  );
}

export function Empty({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Text c="dimmed" size="sm" data-testid={testId}>
      {children}
    </Text>
  );
}

/** A big number with its label, e.g. visitors 12. */
export function Stat({
  label,
  value,
  testId,
}: {
  label: string;
  value: ReactNode;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="xs" px="sm">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.2} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}
