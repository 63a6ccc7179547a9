import { Button, Group, Modal, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { AUTO_RULE_KINDS, type AutoRuleKind } from '../../../../shared/domain/followUpPlan';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useFollowUpsStore } from './store';

/** Days a rule starts with when switched on: what the seeds' desks use. */
const DEFAULT_DAYS: Record<AutoRuleKind, number> = {
  afterFirstVisit: 3,
  beforeExpiry: 30,
  notSeen: 30,
};

function RuleRow({ kind }: { kind: AutoRuleKind }) {
  const t = useT();
  const stored = useFollowUpsStore((s) => s.rules?.[kind] ?? null);
  const setRule = useFollowUpsStore((s) => s.setRule);
  const [days, setDays] = useState<number | string>(stored ?? DEFAULT_DAYS[kind]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => setDays(stored ?? DEFAULT_DAYS[kind]), [stored, kind]);
  const save = async (value: number | null) => setError(await setRule({ kind, days: value }));
  const on = stored !== null;
  return (
    <Stack gap={4} data-testid={`auto-rule-${kind}`}>
      <Group justify="space-between" wrap="nowrap">
        <Switch
          label={t(`followUps.rule.${kind}`)}
          checked={on}
          onChange={(e) => void save(e.currentTarget.checked ? Number(days) || 1 : null)}
          data-testid={`auto-rule-${kind}-on`}
        />
        <Group gap="xs" wrap="nowrap">
          <NumberInput
            w={90}
            min={1}
            max={730}
            value={days}
            onChange={setDays}
            onBlur={() => on && Number(days) !== stored && void save(Number(days))}
            aria-label={t('followUps.auto.days')}
            error={error?.fields?.days ? t('followUps.auto.daysError') : undefined}
            data-testid={`auto-rule-${kind}-days`}
          />
          <Text size="sm">{t('followUps.auto.daysUnit')}</Text>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        {t(`followUps.auto.hint.${kind}`)}
      </Text>
      {error && !error.fields && <ErrorAlert error={error} />}
    </Stack>
  );
}

/** The desk's rules over every member: each reached member gets one call on its day. */
export function AutoRulesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const loadRules = useFollowUpsStore((s) => s.loadRules);
  useEffect(() => {
    if (opened) void loadRules();
  }, [opened, loadRules]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('followUps.auto.title')} size="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('followUps.auto.intro')}
        </Text>
        {AUTO_RULE_KINDS.map((k) => (
          <RuleRow key={k} kind={k} />
        ))}
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="auto-rules-close">
            {t('followUps.auto.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
