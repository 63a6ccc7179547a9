import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconLogin, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ShiftStaffView, ShiftView } from '../../../../shared/contract/shiftViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { labelOr, useT } from '../../app/i18n';
import { hhmm } from '../desk/format';
import { PinFields, pinReady, type PinValue } from '../desk/PinFields';
import { useShiftStore } from './shiftStore';

function StaffRow({ s }: { s: ShiftStaffView }) {
  const t = useT();
  const out = s.clockOutAt !== null;
  return (
    <Table.Tr data-testid="shift-staff-row" data-staff={s.staffId} data-out={out}>
      <Table.Td>
        <Text fw={600} c={out ? 'dimmed' : undefined}>
          {s.displayName}
        </Text>
        <Text size="xs" c="dimmed">
          {labelOr(t, `role.${s.role}`, s.role)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text ff="monospace">{hhmm(s.clockInAt)}</Text>
        {out && (
          <Text size="xs" c="dimmed">
            {t('shift.staff.outAt', { time: hhmm(s.clockOutAt!) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {s.lateMinutes > 0 && (
            <Badge color="red" variant="light" data-testid="shift-staff-late">
              {t('shift.staff.late', { n: s.lateMinutes })}
            </Badge>
          )}
          {!s.rostered && (
            <Badge color="yellow" variant="light" data-testid="shift-staff-unrostered">
              {t('shift.staff.unrostered')}
            </Badge>
          )}
          {s.lateMinutes === 0 && s.rostered && (
            <Badge color="teal" variant="light">
              {t('shift.staff.onTime')}
            </Badge>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** 考勤: who is on duty, and a colleague clocking in or out with their own name and PIN. */
export function StaffPanel({ shift }: { shift: ShiftView }) {
  const t = useT();
  const clock = useShiftStore((s) => s.clock);
  const [pin, setPin] = useState<PinValue>({ username: '', pin: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (direction: 'in' | 'out') => {
    if (!pinReady(pin)) return;
    setBusy(true);
    const e = await clock(direction, pin.username, pin.pin);
    setBusy(false);
    setError(e);
    setDone(
      e ? null : direction === 'in' ? t('shift.staff.clockedIn') : t('shift.staff.clockedOut'),
    );
    if (!e) setPin({ username: '', pin: '' });
  };

  return (
    <Paper withBorder radius="lg" p="md" data-testid="shift-staff">
      <Title order={4} mb="xs">
        {t('shift.staff.title')}
      </Title>
      <Table verticalSpacing={6} mb="md">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shift.staff.name')}</Table.Th>
            <Table.Th>{t('shift.staff.clockIn')}</Table.Th>
            <Table.Th>{t('shift.staff.attendance')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shift.staff.map((s) => (
            <StaffRow key={s.staffId} s={s} />
          ))}
        </Table.Tbody>
      </Table>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit('in');
        }}
      >
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('shift.staff.colleague')}
          </Text>
          <PinFields value={pin} onChange={setPin} prefix="shift-clock" />
          <ErrorAlert error={error} />
          {done && (
            <Text size="sm" c="teal" data-testid="shift-clock-done">
              {done}
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button
              variant="default"
              leftSection={<IconLogout size={16} />}
              disabled={!pinReady(pin) || busy}
              onClick={() => void submit('out')}
              data-testid="shift-clock-out"
            >
              {t('shift.staff.clockOutSubmit')}
            </Button>
            <Button
              type="submit"
              leftSection={<IconLogin size={16} />}
              disabled={!pinReady(pin)}
              loading={busy}
              data-testid="shift-clock-in"
            >
              {t('shift.staff.clockInSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
