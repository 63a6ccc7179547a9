import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { FollowUpCallView, FollowUpPlanView } from '../../../../shared/contract/followUpViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { describeRule, reasonOf, STATE_COLOR } from './labels';
import { PlanModal } from './PlanModal';
import { useFollowUpsStore } from './store';

function PlanLine({ plan, onChange }: { plan: FollowUpPlanView; onChange(): void }) {
  const t = useT();
  const endPlan = useFollowUpsStore((s) => s.endPlan);
  const ended = plan.endedAt !== null;
  const end = async () => {
    const e = await endPlan(plan.id);
    if (e) notifications.show({ color: 'red', message: e.message });
    else notifications.show({ color: 'teal', message: t('followUps.plan.endedDone') });
  };
  return (
    <Group justify="space-between" wrap="nowrap" data-testid="followup-plan" data-ended={ended}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} c={ended ? 'dimmed' : undefined}>
          {describeRule(t, plan.rule)}
        </Text>
        <Text size="xs" c="dimmed">
          {plan.rule.kind === 'recurring'
            ? `${t('followUps.plan.since', { day: plan.startsOn })} · `
            : ''}
          {t('followUps.plan.by', { name: plan.assignedToName ?? t('followUps.desk') })}
          {plan.autoRule
            ? ` · ${t('followUps.plan.automatic')} · ${plan.startsOn}`
            : ended
              ? ` · ${t('followUps.plan.ended', { day: dayjs(plan.endedAt).format('YYYY-MM-DD') })}`
              : ''}
          {plan.note ? ` · ${plan.note}` : ''}
        </Text>
      </Stack>
      {!ended && (
        <Group gap={4} wrap="nowrap">
          <Button size="compact-sm" variant="subtle" onClick={onChange}>
            {t('followUps.plan.change')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => void end()}
            data-testid="followup-plan-end"
          >
            {t('followUps.plan.end')}
          </Button>
        </Group>
      )}
    </Group>
  );
}

function Calls({ calls, past }: { calls: FollowUpCallView[]; past: boolean }) {
  const t = useT();
  return (
    <Table verticalSpacing={4} data-testid={past ? 'followup-past' : 'followup-upcoming'}>
      <Table.Tbody>
        {calls.map((c) => (
          <Table.Tr key={c.id} data-testid="followup-call" data-state={c.state}>
            <Table.Td w={110}>{c.dueDay}</Table.Td>
            <Table.Td>
              {reasonOf(t, c)}
              {c.attempt > 1
                ? ` · ${t('followUps.attempt', { attempt: c.attempt, max: c.maxAttempts })}`
                : ''}
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap">
                <Badge size="sm" tt="none" variant="light" color={STATE_COLOR[c.state]}>
                  {t(`followUps.state.${c.state}`)}
                </Badge>
                {c.score !== null && (
                  <Badge size="sm" tt="none" color={c.score >= 3 ? 'teal' : 'red'}>
                    {t('followUps.scoreBadge', { score: c.score })}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              {past
                ? [c.doneByName, c.note].filter(Boolean).join(' · ') || '—'
                : (c.assignedToName ?? t('followUps.desk'))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 回访 on the client file: plans (set, change, end), the next calls, past outcomes and scores. */
export function ClientFollowUps({ clientId }: { clientId: string }) {
  const t = useT();
  const { client, clientError, loadClient } = useFollowUpsStore();
  const [editing, setEditing] = useState<FollowUpPlanView | null | 'new'>(null);
  useEffect(() => {
    void loadClient(clientId);
  }, [clientId, loadClient]);
  const data = client?.clientId === clientId ? client : null;
  return (
    <Stack gap="md" data-testid="client-followups">
      <ErrorAlert error={clientError} />
      {data?.flag && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="followup-flag">
          {t(`followUps.client.flag.${data.flag}`)}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="xs">
          <Title order={5}>{t('followUps.client.plans')}</Title>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing('new')}
            data-testid="followup-plan-new"
          >
            {t('followUps.plan.set')}
          </Button>
        </Group>
        {data && data.plans.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('followUps.client.noPlans')}
          </Text>
        )}
        <Stack gap="xs">
          {data?.plans.map((p) => (
            <PlanLine key={p.id} plan={p} onChange={() => setEditing(p)} />
          ))}
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={5} mb="xs">
          {t('followUps.client.upcoming')}
        </Title>
        {data && data.upcoming.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('followUps.client.noUpcoming')}
          </Text>
        ) : (
          data && <Calls calls={data.upcoming} past={false} />
        )}
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={5} mb="xs">
          {t('followUps.client.past')}
        </Title>
        {data && data.past.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('followUps.client.noPast')}
          </Text>
        ) : (
          data && <Calls calls={data.past} past />
        )}
      </Paper>
      <PlanModal
        opened={editing !== null}
        clientId={clientId}
        plan={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
