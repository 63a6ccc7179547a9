import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import type { BackupRun } from '../../../../shared/contract/backupViews';
import { labelOr, useT } from '../../app/i18n';
import { formatSize } from './format';

const COLOR = { ok: 'teal', failed: 'red', missing: 'orange' } as const;

export function BackupHistory({ runs }: { runs: BackupRun[] }) {
  const t = useT();
  return (
    <Paper withBorder p="md" data-testid="backup-history">
      <Title order={4} mb="sm">
        {t('backups.history.title')}
      </Title>
      {runs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('backups.noneYet')}
        </Text>
      ) : (
        <Table striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('backups.history.time')}</Table.Th>
              <Table.Th>{t('backups.history.what')}</Table.Th>
              <Table.Th>{t('backups.history.result')}</Table.Th>
              <Table.Th>{t('backups.history.size')}</Table.Th>
              <Table.Th>{t('backups.history.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.map((r) => (
              <Table.Tr key={r.id} data-testid="backup-history-row" data-outcome={r.outcome}>
                <Table.Td>{dayjs(r.at).format('YYYY-MM-DD HH:mm')}</Table.Td>
                <Table.Td>
                  {t(`backups.kind.${r.kind}`)}
                  {r.trigger && r.kind === 'backup'
                    ? ` · ${t(`backups.trigger.${r.trigger}`)}`
                    : ''}
                  {r.target ? ` · ${t(`backups.target.${r.target}`)}` : ''}
                </Table.Td>
                <Table.Td>
                  <Badge color={COLOR[r.outcome]} variant="light">
                    {t(`backups.outcome.${r.outcome}`)}
                  </Badge>
                  {r.reason && r.outcome !== 'ok' && (
                    <Text span size="xs" c="dimmed" ml={6}>
                      {labelOr(t, `errors.reason.${r.reason}`, r.reason)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.size ? formatSize(r.size) : '—'}</Table.Td>
                <Table.Td>{r.byName ?? t('backups.history.system')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
