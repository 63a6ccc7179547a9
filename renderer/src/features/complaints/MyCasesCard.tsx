import { Anchor, Badge, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { ComplaintSummary } from '../../../../shared/contract/complaintViews';
import type { Role } from '../../../../shared/domain/roles';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { Countdown } from './Countdown';
import { useMyComplaintsStore } from './mineStore';

/** The desk and the consultants always see the card; others when something waits for them. */
const ALWAYS: readonly Role[] = ['receptionist', 'consultant'];

function Line({ c, offsetMs, tag }: { c: ComplaintSummary; offsetMs: number; tag?: string }) {
  const t = useT();
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      data-testid="home-case"
      data-number={c.number}
    >
      <Anchor
        component="button"
        size="sm"
        onClick={() => go('complaint', c.id)}
        style={{ minWidth: 0 }}
      >
        <Text span ff="monospace" fw={600}>
          {c.number}
        </Text>{' '}
        <Text span size="sm" c="dimmed">
          {c.clientName ?? t('complaints.anonymous')}
        </Text>
      </Anchor>
      <Group gap={4} wrap="nowrap">
        {tag && (
          <Badge size="xs" tt="none" variant="light" color="yellow">
            {tag}
          </Badge>
        )}
        <Countdown c={c} offsetMs={offsetMs} size="sm" />
      </Group>
    </Group>
  );
}

/** 我的投诉 on the home page: offered to me, escalated to me, then what I own. */
export function MyCasesCard({ role }: { role: Role }) {
  const t = useT();
  const { mine, offsetMs, load } = useMyComplaintsStore();
  useEffect(() => {
    void load();
  }, [load]);
  if (!mine) return null;
  const count = mine.owned.length + mine.offered.length + mine.escalatedToMe.length;
  if (count === 0 && !ALWAYS.includes(role)) return null;
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="home-my-cases">
      <Group mb="xs" justify="space-between">
        <Group gap="xs">
          <ThemeIcon variant="light" size="lg" color="red">
            <IconMessageReport size={20} />
          </ThemeIcon>
          <Text fw={600}>{t('complaint.home.title')}</Text>
          <Badge variant="light">{count}</Badge>
        </Group>
        <Anchor size="sm" onClick={() => go('complaints')}>
          {t('complaint.home.all')}
        </Anchor>
      </Group>
      <Stack gap={6}>
        {count === 0 && (
          <Text size="sm" c="dimmed">
            {t('complaint.home.none')}
          </Text>
        )}
        {mine.offered.map((c) => (
          <Line key={`o${c.id}`} c={c} offsetMs={offsetMs} tag={t('complaints.mine.offered')} />
        ))}
        {mine.escalatedToMe.map((c) => (
          <Line key={`e${c.id}`} c={c} offsetMs={offsetMs} tag={t('complaints.mine.escalated')} />
        ))}
        {mine.owned.slice(0, 6).map((c) => (
          <Line key={c.id} c={c} offsetMs={offsetMs} />
        ))}
      </Stack>
    </Card>
  );
}
