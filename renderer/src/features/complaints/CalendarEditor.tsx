import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ServiceSettings } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { OpeningHours } from '../../../../shared/domain/siteCalendar';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { useServiceSettingsStore } from './settingsStore';

interface Day {
  day: string;
  name: string;
  asWeekday?: number;
}
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function DayList({
  title,
  days,
  onChange,
  makeUp,
  error,
  path,
  testId,
}: {
  title: string;
  days: Day[];
  onChange: (d: Day[]) => void;
  makeUp?: boolean;
  error: AppErrorShape | null;
  path: string;
  testId: string;
}) {
  const t = useT();
  const set = (i: number, patch: Partial<Day>) =>
    onChange(days.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const weekdays = WEEK.map((w) => ({
    value: String(w),
    label: t(`servicelevels.weekday.${w}` as 'servicelevels.weekday.1'),
  }));
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={5}>{title}</Title>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...days, { day: '', name: '' }])}
          data-testid={`${testId}-add`}
        >
          {t('servicelevels.add')}
        </Button>
      </Group>
      <Stack gap={6}>
        {days.map((d, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              type="date"
              aria-label={t('servicelevels.day')}
              value={d.day}
              onChange={(e) => set(i, { day: e.currentTarget.value })}
              error={fieldError(t, error, `${path}.${i}.day`)}
              w={160}
            />
            <TextInput
              aria-label={t('servicelevels.name')}
              placeholder={t('servicelevels.name')}
              value={d.name}
              maxLength={40}
              onChange={(e) => set(i, { name: e.currentTarget.value })}
              style={{ flex: 1 }}
            />
            {makeUp && (
              <Select
                aria-label={t('servicelevels.asWeekday')}
                placeholder={t('servicelevels.asWeekday')}
                data={weekdays}
                value={d.asWeekday === undefined ? '1' : String(d.asWeekday)}
                onChange={(v) => set(i, { asWeekday: v === null ? undefined : Number(v) })}
                w={130}
              />
            )}
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('servicelevels.remove')}
              onClick={() => onChange(days.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** 营业日历: opening hours per weekday, public holidays and 调休 make-up workdays. */
export function CalendarEditor({
  settings,
  editable,
}: {
  settings: ServiceSettings;
  editable: boolean;
}) {
  const t = useT();
  const save = useServiceSettingsStore((s) => s.setCalendar);
  const [weekly, setWeekly] = useState<(OpeningHours | null)[]>([]);
  const [holidays, setHolidays] = useState<Day[]>([]);
  const [makeUp, setMakeUp] = useState<Day[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    const c = settings.calendar;
    setWeekly([...c.weekly]);
    setHolidays(c.holidays.map((day) => ({ day, name: settings.dayNames[day] ?? '' })));
    setMakeUp(
      c.makeUpWorkdays.map((m) => ({
        day: m.date,
        asWeekday: m.asWeekday,
        name: settings.dayNames[m.date] ?? '',
      })),
    );
  }, [settings]);
  const submit = async () => {
    setBusy(true);
    const e = await save({
      weekly,
      holidays: holidays
        .filter((d) => d.day)
        .map((d) => ({ day: d.day, ...(d.name.trim() ? { name: d.name.trim() } : {}) })),
      makeUpWorkdays: makeUp
        .filter((d) => d.day)
        .map((d) => ({
          day: d.day,
          ...(d.asWeekday !== undefined ? { asWeekday: d.asWeekday } : {}),
          ...(d.name.trim() ? { name: d.name.trim() } : {}),
        })),
    });
    setBusy(false);
    setError(e);
    if (!e) notifications.show({ color: 'teal', message: t('servicelevels.saved') });
  };
  const setDay = (w: number, h: OpeningHours | null) =>
    setWeekly(weekly.map((x, i) => (i === w ? h : x)));
  return (
    <Stack gap="md">
      <Group align="flex-start" grow wrap="nowrap" gap="md">
        <Paper withBorder radius="md" p="md" data-testid="calendar-weekly">
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {WEEK.map((w) => {
                const h = weekly[w] ?? null;
                return (
                  <Table.Tr key={w} data-testid={`calendar-day-${w}`}>
                    <Table.Td w={90}>
                      <Text fw={600} size="sm">
                        {t(`servicelevels.weekday.${w}` as 'servicelevels.weekday.1')}
                      </Text>
                    </Table.Td>
                    <Table.Td w={100}>
                      <Switch
                        size="sm"
                        label={t(h ? 'servicelevels.openDay' : 'servicelevels.closed')}
                        checked={h !== null}
                        disabled={!editable}
                        onChange={(e) =>
                          setDay(
                            w,
                            e.currentTarget.checked ? { open: '09:00', close: '21:00' } : null,
                          )
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      {h && (
                        <Group gap={6} wrap="nowrap">
                          <TextInput
                            maxLength={5}
                            w={80}
                            placeholder="09:00"
                            size="xs"
                            aria-label={t('servicelevels.opens')}
                            value={h.open}
                            disabled={!editable}
                            onChange={(e) => setDay(w, { ...h, open: e.currentTarget.value })}
                            error={fieldError(t, error, `weekly.${w}.open`)}
                          />
                          <Text size="sm">–</Text>
                          <TextInput
                            maxLength={5}
                            w={80}
                            placeholder="09:00"
                            size="xs"
                            aria-label={t('servicelevels.closes')}
                            value={h.close}
                            disabled={!editable}
                            onChange={(e) => setDay(w, { ...h, close: e.currentTarget.value })}
                            error={fieldError(t, error, `weekly.${w}.close`)}
                          />
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
        <Stack gap="md">
          <DayList
            title={t('servicelevels.holidays')}
            days={holidays}
            onChange={setHolidays}
            error={error}
            path="holidays"
            testId="calendar-holidays"
          />
          <DayList
            title={t('servicelevels.makeUp')}
            days={makeUp}
            onChange={setMakeUp}
            makeUp
            error={error}
            path="makeUpWorkdays"
            testId="calendar-makeup"
          />
        </Stack>
      </Group>
      <ErrorAlert error={error} />
      {editable && (
        <Group justify="flex-end">
          <Button loading={busy} onClick={() => void submit()} data-testid="calendar-save">
            {t('servicelevels.saveCalendar')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
