import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconDoorEnter } from '@tabler/icons-react';
import type { CurrentShift } from '../../../../shared/contract/shiftViews';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { when } from './format';

/**
 * At the reception desk while main says no shift is open: what is taken now waits for the
 * next shift's handover ("before opening"), so the desk is told before it serves anyone.
 */
export function NoShiftNotice({
  notice,
  now,
}: {
  notice: NonNullable<CurrentShift['deskNotice']>;
  now: number;
}) {
  const t = useT();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={22} />}
      title={t('shift.noShift.title')}
      mb="md"
      data-testid="no-shift-notice"
    >
      <Group justify="space-between" gap="sm" wrap="wrap">
        <div>
          <Text size="sm">{t('shift.noShift.body')}</Text>
          {notice.since !== null && (
            <Text size="xs" c="dimmed">
              {t('shift.noShift.since', { time: when(notice.since, now) })}
            </Text>
          )}
        </div>
        <Button
          size="compact-md"
          color="red"
          leftSection={<IconDoorEnter size={16} />}
          onClick={() => go('shift')}
          data-testid="no-shift-open"
        >
          {t('shift.noShift.open')}
        </Button>
      </Group>
    </Alert>
  );
}
