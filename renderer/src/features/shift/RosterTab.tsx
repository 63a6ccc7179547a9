import {
  ActionIcon,
  Button,
  Group,
  Loader,
  MultiSelect,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ShiftTemplate } from '../../../../shared/contract/shiftViews';
import { ROLES } from '../../../../shared/domain/roles';
import { errorText, useT } from '../../app/i18n';
import { useStaffDirectoryStore } from '../clients/store';
import { templateWindow } from './format';
import { cellKey, useShiftSetupStore } from './setupStore';

const DAY = 'YYYY-MM-DD';

/** The Monday of the week that holds `d`. */
export function weekStart(d: Dayjs): Dayjs {
  return d.startOf('day').subtract((d.day() + 6) % 7, 'day');
}

function useStaffOptions() {
  const t = useT();
  const staff = useStaffDirectoryStore((s) => s.entries);
  return useMemo(
    () =>
      ROLES.map((role) => ({
        group: t(`role.${role}`),
        items: staff
          .filter((s) => s.role === role)
          .map((s) => ({ value: s.id, label: s.displayName })),
      })).filter((g) => g.items.length > 0),
    [staff, t],
  );
}

type CellState = 'saving' | 'saved' | AppErrorShape | null;

function RosterCell({
  date,
  template,
  options,
}: {
  date: string;
  template: ShiftTemplate;
  options: ReturnType<typeof useStaffOptions>;
}) {
  const t = useT();
  const key = cellKey(date, template.id);
  const roster = useShiftSetupStore((s) => s.roster);
  const setRoster = useShiftSetupStore((s) => s.setRoster);
  const value = useMemo(
    () => roster.filter((e) => cellKey(e.businessDate, e.templateId) === key).map((e) => e.staffId),
    [roster, key],
  );
  const [state, setState] = useState<CellState>(null);

  const change = async (staffIds: string[]) => {
    setState('saving');
    const e = await setRoster(date, template.id, staffIds);
    setState(e ?? 'saved');
  };
  const failed = state !== null && typeof state === 'object';

  return (
    <Group gap={4} wrap="nowrap" align="center">
      <MultiSelect
        style={{ flex: 1, minWidth: 0 }}
        data={options}
        value={value}
        onChange={(ids) => void change(ids)}
        searchable
        clearable
        placeholder={value.length ? undefined : t('shiftsetup.roster.nobody')}
        aria-label={t('shiftsetup.roster.cellLabel', { date, name: template.name })}
        error={failed ? errorText(t, state) : undefined}
        data-testid="roster-cell"
        data-cell={key}
      />
      <div style={{ width: 18 }}>
        {state === 'saving' && <Loader size={14} />}
        {state === 'saved' && (
          <Tooltip label={t('shiftsetup.roster.saved')}>
            <IconCheck size={16} color="var(--mantine-color-teal-6)" data-testid="roster-saved" />
          </Tooltip>
        )}
      </div>
    </Group>
  );
}

/** 排班: who is planned on each shift of each day, a week at a time; each cell saves itself. */
export function RosterTab({ today }: { today: string }) {
  const t = useT();
  const templates = useShiftSetupStore((s) => s.templates).filter((tp) => tp.active);
  const loadRoster = useShiftSetupStore((s) => s.loadRoster);
  const options = useStaffOptions();
  const [monday, setMonday] = useState(() => weekStart(dayjs(today)));
  const days = Array.from({ length: 7 }, (_, i) => monday.add(i, 'day'));
  const from = monday.format(DAY);
  const to = monday.add(6, 'day').format(DAY);

  useEffect(() => {
    void loadRoster(from, to);
  }, [loadRoster, from, to]);

  return (
    <div>
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => setMonday(monday.subtract(7, 'day'))}
            aria-label={t('shiftsetup.roster.prev')}
            data-testid="roster-prev"
          >
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Text fw={600} miw={200} ta="center" data-testid="roster-week">
            {t('shiftsetup.roster.week', { from, to: monday.add(6, 'day').format('MM-DD') })}
          </Text>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => setMonday(monday.add(7, 'day'))}
            aria-label={t('shiftsetup.roster.next')}
            data-testid="roster-next"
          >
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button
            variant="subtle"
            onClick={() => setMonday(weekStart(dayjs(today)))}
            data-testid="roster-this-week"
          >
            {t('shiftsetup.roster.thisWeek')}
          </Button>
        </Group>
        <Text c="dimmed" size="sm">
          {t('shiftsetup.roster.hint')}
        </Text>
      </Group>
      {templates.length === 0 ? (
        <Text c="dimmed">{t('shiftsetup.template.none')}</Text>
      ) : (
        <Table withTableBorder withColumnBorders layout="fixed" data-testid="roster-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>{t('shiftsetup.roster.day')}</Table.Th>
              {templates.map((tp) => (
                <Table.Th key={tp.id}>
                  {tp.name}{' '}
                  <Text span size="xs" c="dimmed" ff="monospace">
                    {templateWindow(tp)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {days.map((d) => {
              const date = d.format(DAY);
              const isToday = date === today;
              return (
                <Table.Tr
                  key={date}
                  bg={isToday ? 'var(--mantine-primary-color-light)' : undefined}
                  data-testid="roster-day"
                  data-date={date}
                >
                  <Table.Td>
                    <Text fw={600}>{t(`shiftsetup.weekday.${d.day()}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {d.format('MM-DD')}
                      {isToday && ` · ${t('shiftsetup.roster.today')}`}
                    </Text>
                  </Table.Td>
                  {templates.map((tp) => (
                    <Table.Td key={tp.id}>
                      <RosterCell date={date} template={tp} options={options} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
