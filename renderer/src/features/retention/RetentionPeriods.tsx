import { Button, Group, NumberInput, Paper, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { RetentionSettings } from '../../../../shared/contract/retentionViews';
import type { RetentionKind } from '../../../../shared/domain/retention';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldErrorText } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { useRetentionStore } from './store';

type Form = Record<string, number | string>;

const formOf = (s: RetentionSettings): Form =>
  Object.fromEntries(s.periods.map((p) => [p.kind, p.months]));

/** Each kind with its period, its default beside it and what a run takes out. */
export function RetentionPeriods({
  settings,
  admin,
}: {
  settings: RetentionSettings;
  admin: boolean;
}) {
  const t = useT();
  const save = useRetentionStore((s) => s.save);
  const [form, setForm] = useState<Form>(() => formOf(settings));
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => setForm(formOf(settings)), [settings]);
  const changed = settings.periods.filter((p) => Number(form[p.kind]) !== p.months);
  const field = (kind: RetentionKind) => {
    const message = error?.fields?.[`periods.${kind}`];
    return message ? fieldErrorText(t, message) : undefined;
  };
  const submit = async () => {
    const periods = Object.fromEntries(changed.map((p) => [p.kind, Number(form[p.kind])]));
    const e = await save(periods);
    setError(e);
    setSaved(!e);
  };
  return (
    <Paper withBorder p="md" data-testid="retention-periods">
      <Table verticalSpacing={6} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{t('retention.kind')}</Table.Th>
            <Table.Th>{t('retention.what')}</Table.Th>
            <Table.Th w={130}>{t('retention.months')}</Table.Th>
            <Table.Th w={100}>{t('retention.default')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {settings.periods.map((p) => (
            <Table.Tr key={p.kind} data-kind={p.kind}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {t(`retention.kind.${p.kind}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {t(`retention.what.${p.kind}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  value={form[p.kind]}
                  onChange={(v) => {
                    setSaved(false);
                    setForm((f) => ({ ...f, [p.kind]: v }));
                  }}
                  min={settings.minMonths}
                  max={settings.maxMonths}
                  allowDecimal={false}
                  disabled={!admin}
                  error={field(p.kind)}
                  aria-label={`${t(`retention.kind.${p.kind}`)} — ${t('retention.months')}`}
                  data-testid={`retention-months-${p.kind}`}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={p.months === p.defaultMonths ? 'dimmed' : undefined}>
                  {t('retention.defaultMonths', { count: p.defaultMonths })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ErrorAlert error={error && !error.fields ? error : null} />
      <Group justify="space-between" mt="sm">
        <Text size="sm" c={saved ? 'teal' : 'dimmed'}>
          {saved ? t('retention.saved') : admin ? '' : t('retention.readOnly')}
        </Text>
        {admin && (
          <Button
            disabled={changed.length === 0}
            onClick={() => void submit()}
            data-testid="retention-save"
          >
            {t('retention.save')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
