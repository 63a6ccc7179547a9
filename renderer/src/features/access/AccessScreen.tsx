import {
  Alert,
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconAlertTriangle, IconFilterOff } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useMemo } from 'react';
import type { FileAccessEntry, UnusualReading } from '../../../../shared/contract/clientViews';
import type { SessionView } from '../../../../shared/contract/views';
import { UNUSUAL_OPENINGS } from '../../../../shared/domain/clients';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT, type T } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { useUiStore } from '../../app/uiStore';
import { kindLabel, windowText } from './format';
import { SecrecyBadge } from './SecrecyBadge';
import { ACCESS_LIMIT, useAccessStore } from './store';

const KIND_COLOR: Record<FileAccessEntry['kind'], string> = {
  open: 'teal',
  reveal: 'violet',
  document: 'blue',
  export: 'grape',
  refused: 'red',
};

function UnusualPanel({
  flags,
  names,
}: {
  flags: UnusualReading[];
  names: Record<string, string>;
}) {
  const t = useT();
  const showFlag = useAccessStore((s) => s.showFlag);
  if (flags.length === 0) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={t('access.unusual.title')}
      mb="md"
      data-testid="access-unusual"
    >
      <Text size="sm" mb="xs">
        {t('access.unusual.intro', { threshold: UNUSUAL_OPENINGS })}
      </Text>
      <Stack gap={6}>
        {flags.map((f) => {
          const name = f.staffName ?? names[f.staffId] ?? t('access.unknownStaff');
          return (
            <UnstyledButton
              key={`${f.staffId}-${f.from}`}
              onClick={() => void showFlag(f)}
              data-testid="access-unusual-flag"
              data-staff-id={f.staffId}
              style={{
                borderRadius: 'var(--mantine-radius-md)',
                padding: '6px 10px',
                background: 'var(--mantine-color-body)',
                border: '1px solid var(--mantine-color-red-light)',
              }}
            >
              <Group gap="sm" wrap="nowrap">
                <Badge
                  tt="none"
                  miw="max-content"
                  color={f.count >= UNUSUAL_OPENINGS * 2 ? 'red' : 'orange'}
                  variant="filled"
                >
                  {t('access.unusual.badge')}
                </Badge>
                <Text size="sm" fw={500}>
                  {t('access.unusual.flag', { name, count: f.count, ...windowText(f.from, f.to) })}
                </Text>
              </Group>
            </UnstyledButton>
          );
        })}
      </Stack>
    </Alert>
  );
}

function FiltersBar({ names }: { names: Record<string, string> }) {
  const t = useT();
  const language = useUiStore((s) => s.language);
  const { filters, setFilters, clearFilters } = useAccessStore();
  const staffOptions = Object.entries(names)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const win = filters.window;
  return (
    <Group align="flex-end" mb="md" gap="sm">
      <Select
        label={t('access.filter.staff')}
        placeholder={t('access.filter.anyone')}
        data={staffOptions}
        value={filters.staffId}
        onChange={(v) => void setFilters({ staffId: v })}
        clearable
        searchable
        w={200}
        data-testid="access-filter-staff"
      />
      <DatePickerInput
        type="range"
        label={t('access.filter.when')}
        placeholder="YYYY-MM-DD – YYYY-MM-DD"
        value={[filters.fromDay, filters.toDay]}
        onChange={(v) => {
          const [from, to] = v as [string | null, string | null];
          if ((from && to) || (!from && !to)) void setFilters({ fromDay: from, toDay: to });
        }}
        valueFormat="YYYY-MM-DD"
        locale={language === 'zh-CN' ? 'zh-cn' : 'en'}
        clearable
        allowSingleDateInRange
        w={260}
        data-testid="access-filter-when"
      />
      <Switch
        label={t('access.filter.restrictedOnly')}
        checked={filters.restrictedOnly}
        onChange={(e) => void setFilters({ restrictedOnly: e.currentTarget.checked })}
        mb={8}
        data-testid="access-filter-restricted"
      />
      {win && (
        <Badge
          tt="none"
          miw="max-content"
          size="lg"
          color="red"
          variant="light"
          mb={6}
          data-testid="access-filter-window"
          rightSection={
            <CloseButton
              size="xs"
              aria-label={t('access.filter.clear')}
              onClick={() => void setFilters({ window: null })}
            />
          }
        >
          {t('access.filter.window', {
            name: (filters.staffId && names[filters.staffId]) || t('access.unknownStaff'),
            ...windowText(win.from, win.to),
          })}
        </Badge>
      )}
      <Button
        variant="subtle"
        leftSection={<IconFilterOff size={16} />}
        onClick={() => void clearFilters()}
        data-testid="access-filter-clear"
      >
        {t('access.filter.clear')}
      </Button>
      {!win && !filters.fromDay && (
        <Text size="xs" c="dimmed" mb={10}>
          {t('access.defaultWindow')}
        </Text>
      )}
    </Group>
  );
}

function Row({ e, t }: { e: FileAccessEntry; t: T }) {
  return (
    <Table.Tr data-testid="access-row" data-kind={e.kind} data-client-id={e.clientId}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}
      </Table.Td>
      <Table.Td>{e.staffName ?? <Text c="dimmed">{t('access.unknownStaff')}</Text>}</Table.Td>
      <Table.Td>
        {e.clientName ? (
          <Anchor component="button" type="button" onClick={() => go('client', e.clientId)}>
            {e.clientName}
          </Anchor>
        ) : (
          <Badge
            tt="none"
            miw="max-content"
            color="gray"
            variant="outline"
            size="lg"
            data-testid="access-destroyed"
          >
            {t('access.destroyed')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <SecrecyBadge level={e.secrecy} />
      </Table.Td>
      <Table.Td>
        <Badge
          tt="none"
          miw="max-content"
          size="lg"
          color={KIND_COLOR[e.kind]}
          variant={e.kind === 'refused' ? 'filled' : 'light'}
        >
          {kindLabel(t, e)}
        </Badge>
        {e.kind === 'document' && e.field && (
          <Text size="xs" c="dimmed" mt={2}>
            {e.field}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={360}>
        <Text size="sm" lineClamp={3}>
          {e.reason || '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

export function AccessScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { rows, unusual, staff, error, load } = useAccessStore();
  useEffect(() => {
    void load();
  }, [load]);

  /** Staff names from the directory, completed from the records themselves. */
  const names = useMemo(() => {
    const out: Record<string, string> = {};
    for (const r of rows) if (r.staffName) out[r.staffId] = r.staffName;
    for (const f of unusual) if (f.staffName) out[f.staffId] = f.staffName;
    for (const s of staff) out[s.id] = s.displayName;
    return out;
  }, [rows, unusual, staff]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="access.list" feature={t('nav.access')} role={session.role} />;

  return (
    <>
      <PageHeader title={t('access.title')} subtitle={t('access.subtitle')} />
      <UnusualPanel flags={unusual} names={names} />
      <ErrorAlert error={error} />
      <FiltersBar names={names} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="xs" data-testid="access-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('access.col.time')}</Table.Th>
              <Table.Th>{t('access.col.staff')}</Table.Th>
              <Table.Th>{t('access.col.client')}</Table.Th>
              <Table.Th>{t('access.col.secrecy')}</Table.Th>
              <Table.Th>{t('access.col.kind')}</Table.Th>
              <Table.Th>{t('access.col.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Row key={e.id} e={e} t={t} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && !error && (
        <Text c="dimmed" ta="center" py="xl" data-testid="access-empty">
          {t('access.empty')}
        </Text>
      )}
      {rows.length >= ACCESS_LIMIT && (
        <Text c="dimmed" size="sm" ta="center" py="md">
          {t('access.limited', { count: ACCESS_LIMIT })}
        </Text>
      )}
    </>
  );
}
