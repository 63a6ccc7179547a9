import { Badge, Group, Paper, Table, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import type { FairnessRow } from '../../../../shared/contract/receptionViews';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { useFairnessStore } from './fairnessStore';

const COLUMNS = ['received', 'gotByPass', 'passedOn', 'missed', 'calls'] as const;
type Column = (typeof COLUMNS)[number];

/** 接待公平: per consultant for one business day, for the supervisor. */
export function FairnessScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { day, view, error, load, setDay } = useFairnessStore();

  useEffect(() => {
    void load();
  }, [load]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="fairness.today" feature={t('nav.fairness')} role={session.role} />;

  const rows = view?.consultants ?? [];
  const total = (c: Column) => rows.reduce((sum, r) => sum + r[c], 0);
  const shownDay = day ?? view?.businessDate ?? null;

  return (
    <>
      <PageHeader
        title={t('deskadmin.fair.title')}
        subtitle={t('deskadmin.fair.subtitle')}
        actions={
          <DatePickerInput
            label={t('deskadmin.fair.day')}
            value={shownDay}
            onChange={(v) => void setDay((v as string | null) ?? null)}
            maxDate={dayjs().format('YYYY-MM-DD')}
            valueFormat="YYYY-MM-DD"
            w={170}
            data-testid="fair-day"
          />
        }
      />
      <ErrorAlert error={error} />
      <Paper withBorder radius="lg" p="md">
        {rows.length === 0 ? (
          <Text c="dimmed" data-testid="fair-empty">
            {t('deskadmin.fair.none')}
          </Text>
        ) : (
          <Table highlightOnHover data-testid="fair-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deskadmin.fair.consultant')}</Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Th key={c} ta="right">
                    {t(`deskadmin.fair.${c}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r: FairnessRow) => (
                <Table.Tr key={r.staffId} data-testid="fair-row" data-staff-id={r.staffId}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={500}>{r.displayName}</Text>
                      {!r.signedIn && (
                        <Badge size="xs" variant="light" color="gray">
                          {t('deskadmin.fair.notSignedIn')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  {COLUMNS.map((c) => (
                    <Table.Td
                      key={c}
                      ta="right"
                      fw={c === 'missed' && r.missed > 0 ? 700 : undefined}
                      c={c === 'missed' && r.missed > 0 ? 'red' : undefined}
                      data-testid={`fair-${c}`}
                    >
                      {r[c]}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-testid="fair-total">
                <Table.Th>{t('deskadmin.fair.total')}</Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Th key={c} ta="right">
                    {total(c)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
      </Paper>
    </>
  );
}
