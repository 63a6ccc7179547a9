import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Switch,
  Table,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ServiceLevelRow, ServiceSettings } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import {
  COMPLAINT_SEVERITIES,
  type ComplaintCategory,
  type ComplaintSeverity,
} from '../../../../shared/domain/complaint';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { categoryOptions, severityOptions } from './labels';
import { useServiceSettingsStore } from './settingsStore';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const minutes = (h: number | string) => Math.round(Number(h) * 60);

/** One service level: hours to the first response and to resolution, how counted, pauses. */
function LevelRow({ row, editable }: { row: ServiceLevelRow; editable: boolean }) {
  const t = useT();
  const save = useServiceSettingsStore((s) => s.setLevel);
  const [first, setFirst] = useState<number | string>(hours(row.firstResponseMinutes));
  const [resolution, setResolution] = useState<number | string>(hours(row.resolutionMinutes));
  const [clock, setClock] = useState(row.clock);
  const [pauses, setPauses] = useState(row.pausesWhileWaiting);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    setFirst(hours(row.firstResponseMinutes));
    setResolution(hours(row.resolutionMinutes));
    setClock(row.clock);
    setPauses(row.pausesWhileWaiting);
  }, [row]);
  const submit = async (remove = false) => {
    const e = await save({
      category: row.category,
      severity: row.severity,
      ...(remove
        ? {}
        : {
            level: {
              firstResponseMinutes: minutes(first),
              resolutionMinutes: minutes(resolution),
              clock,
              pausesWhileWaiting: pauses,
            },
          }),
    });
    setError(e);
    if (!e) notifications.show({ color: 'teal', message: t('servicelevels.saved') });
  };
  return (
    <>
      <Table.Tr data-testid="level-row" data-category={row.category} data-severity={row.severity}>
        <Table.Td>{t(`complaint.category.${row.category}`)}</Table.Td>
        <Table.Td>{t(`complaint.severity.${row.severity}`)}</Table.Td>
        <Table.Td>
          <NumberInput
            size="xs"
            w={90}
            min={0.1}
            step={1}
            decimalScale={2}
            value={first}
            onChange={setFirst}
            disabled={!editable}
            error={fieldError(t, error, 'level.firstResponseMinutes')}
            aria-label={t('servicelevels.firstResponseHours')}
          />
        </Table.Td>
        <Table.Td>
          <NumberInput
            size="xs"
            w={90}
            min={0.1}
            step={1}
            decimalScale={2}
            value={resolution}
            onChange={setResolution}
            disabled={!editable}
            error={fieldError(t, error, 'level.resolutionMinutes')}
            aria-label={t('servicelevels.resolutionHours')}
          />
        </Table.Td>
        <Table.Td>
          <Select
            size="xs"
            w={130}
            data={[
              { value: 'opening', label: t('servicelevels.clock.opening') },
              { value: 'clock', label: t('servicelevels.clock.clock') },
            ]}
            value={clock}
            onChange={(v) => v && setClock(v as 'opening' | 'clock')}
            disabled={!editable}
            aria-label={t('servicelevels.clock')}
          />
        </Table.Td>
        <Table.Td>
          <Switch
            checked={pauses}
            onChange={(e) => setPauses(e.currentTarget.checked)}
            disabled={!editable}
            aria-label={t('servicelevels.pauses')}
          />
        </Table.Td>
        <Table.Td>
          {editable && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="light"
                onClick={() => void submit()}
                aria-label={t('servicelevels.saveLevel')}
                data-testid="level-save"
              >
                <IconDeviceFloppy size={16} />
              </ActionIcon>
              {row.category !== '*' && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => void submit(true)}
                  aria-label={t('servicelevels.removeOverride')}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          )}
        </Table.Td>
      </Table.Tr>
      {error && !error.fields && (
        <Table.Tr>
          <Table.Td colSpan={7}>
            <ErrorAlert error={error} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** 处理时限 per severity, and overrides for a category. */
export function LevelsEditor({
  settings,
  editable,
}: {
  settings: ServiceSettings;
  editable: boolean;
}) {
  const t = useT();
  const [category, setCategory] = useState<ComplaintCategory>('safety');
  const [severity, setSeverity] = useState<ComplaintSeverity>('high');
  const [extra, setExtra] = useState<ServiceLevelRow[]>([]);
  const rows = [
    ...settings.levels,
    ...extra.filter(
      (x) => !settings.levels.some((l) => l.category === x.category && l.severity === x.severity),
    ),
  ];
  const order = (r: ServiceLevelRow) =>
    (r.category === '*' ? '' : r.category) + COMPLAINT_SEVERITIES.indexOf(r.severity);
  const addOverride = () => {
    const base = settings.levels.find((l) => l.category === '*' && l.severity === severity);
    if (base) setExtra([...extra, { ...base, category }]);
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="levels-editor">
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('servicelevels.category')}</Table.Th>
            <Table.Th>{t('servicelevels.severity')}</Table.Th>
            <Table.Th>{t('servicelevels.firstResponseHours')}</Table.Th>
            <Table.Th>{t('servicelevels.resolutionHours')}</Table.Th>
            <Table.Th>{t('servicelevels.clock')}</Table.Th>
            <Table.Th>{t('servicelevels.pauses')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows
            .sort((a, b) => order(a).localeCompare(order(b)))
            .map((r) => (
              <LevelRow key={`${r.category}/${r.severity}`} row={r} editable={editable} />
            ))}
        </Table.Tbody>
      </Table>
      {editable && (
        <Group mt="md" gap="xs" align="flex-end">
          <Select
            size="xs"
            label={t('servicelevels.override')}
            data={categoryOptions(t)}
            value={category}
            onChange={(v) => v && setCategory(v as ComplaintCategory)}
            w={150}
          />
          <Select
            size="xs"
            data={severityOptions(t)}
            value={severity}
            onChange={(v) => v && setSeverity(v as ComplaintSeverity)}
            w={120}
            aria-label={t('servicelevels.severity')}
          />
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={addOverride}
            data-testid="level-add-override"
          >
            {t('servicelevels.add')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
