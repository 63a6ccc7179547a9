import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowsExchange, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { CurrentShift } from '../../../../shared/contract/shiftViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { centsToYuan, yuanToCents } from '../deskadmin/pricesStore';
import { templateWindow } from './format';
import { useShiftStore } from './shiftStore';

/** The previous shift waits for the incoming signature: the first thing to do at the desk. */
export function AwaitingHandover({ awaiting }: { awaiting: CurrentShift['awaitingHandover'] }) {
  const t = useT();
  if (!awaiting) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconArrowsExchange size={22} />}
      title={t('shift.awaiting.title', { name: awaiting.name, by: awaiting.outgoingName })}
      data-testid="shift-awaiting"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('shift.awaiting.body')}</Text>
        <Button
          color="orange"
          leftSection={<IconArrowsExchange size={16} />}
          onClick={() => go('handover', awaiting.handoverId)}
          data-testid="shift-awaiting-receive"
        >
          {t('shift.awaiting.receive')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** 开班: which shift, and the cash in the drawer at the start. */
export function OpenShiftCard({ current }: { current: CurrentShift }) {
  const t = useT();
  const open = useShiftStore((s) => s.open);
  const templates = current.templates.filter((tp) => tp.active);
  const [templateId, setTemplateId] = useState<string | null>(
    current.suggestedTemplateId ?? templates[0]?.id ?? null,
  );
  const [yuan, setYuan] = useState(centsToYuan(current.suggestedFloatCents));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const cents = yuanToCents(yuan);
  const ready = templateId !== null && cents !== null;

  const submit = async () => {
    if (!ready || templateId === null || cents === null) return;
    setBusy(true);
    setError(await open(templateId, cents));
    setBusy(false);
  };

  return (
    <Paper withBorder radius="lg" p="lg" maw={560} data-testid="shift-open-card">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <div>
            <Title order={3}>{t('shift.open.title')}</Title>
            <Text c="dimmed" size="sm">
              {t('shift.open.hint')}
            </Text>
          </div>
          {templates.length === 0 ? (
            <Text c="dimmed" data-testid="shift-no-templates">
              {t('shift.open.noTemplates')}
            </Text>
          ) : (
            <Select
              label={t('shift.open.template')}
              data={templates.map((tp) => ({
                value: tp.id,
                label: `${tp.name}  ${templateWindow(tp)}`,
              }))}
              value={templateId}
              onChange={setTemplateId}
              allowDeselect={false}
              data-testid="shift-open-template"
            />
          )}
          <TextInput
            label={t('shift.open.float')}
            description={t('shift.open.floatHint')}
            value={yuan}
            onChange={(e) => setYuan(e.currentTarget.value)}
            inputMode="decimal"
            leftSection="¥"
            placeholder="0.00"
            error={yuan.trim() !== '' && cents === null ? t('shift.open.floatInvalid') : undefined}
            data-testid="shift-open-float"
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button
              type="submit"
              size="md"
              leftSection={<IconPlayerPlay size={18} />}
              disabled={!ready}
              loading={busy}
              data-testid="shift-open-submit"
            >
              {t('shift.open.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
