import { Button } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import type { LogEntryView } from '../../../../shared/contract/shiftViews';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { useIntakeStore } from './intakeStore';

/** On a shift-log entry of category complaint: "make a case", or the case it became. */
export function LogEntryCase({ entry, canWrite }: { entry: LogEntryView; canWrite: boolean }) {
  const t = useT();
  if (entry.category !== 'complaint') return null;
  if (entry.complaintId)
    return (
      <Button
        size="compact-sm"
        variant="light"
        color="red"
        leftSection={<IconMessageReport size={14} />}
        onClick={() => go('complaint', entry.complaintId!)}
        data-testid="shift-entry-case"
      >
        {t('complaint.log.linked', { number: entry.complaintNumber ?? '' })}
      </Button>
    );
  if (!canWrite || entry.correctedBy.length > 0) return null;
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      color="red"
      leftSection={<IconMessageReport size={14} />}
      onClick={() =>
        useIntakeStore
          .getState()
          .open({ channel: 'desk', summary: entry.body, logEntryId: entry.id })
      }
      data-testid="shift-entry-make-case"
    >
      {t('complaint.log.make')}
    </Button>
  );
}
