import {
  Button,
  Checkbox,
  Group,
  Kbd,
  Paper,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Input } from '../../../../shared/contract';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ShiftView } from '../../../../shared/contract/shiftViews';
import type { LogCategory } from '../../../../shared/domain/shift';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { useStaffDirectoryStore } from '../clients/store';
import { CategoryPicker } from './Category';
import { fromLocalInput, toLocalInput } from './format';
import { useShiftLogStore } from './logStore';

interface FollowUpDraft {
  on: boolean;
  ownerId: string | null;
  due: string;
}

function FollowUpFields({
  value,
  onChange,
  plannedEnd,
  error,
}: {
  value: FollowUpDraft;
  onChange: (v: FollowUpDraft) => void;
  plannedEnd: number;
  error: AppErrorShape | null;
}) {
  const t = useT();
  const staff = useStaffDirectoryStore((s) => s.entries);
  const dueInvalid = value.due !== '' && fromLocalInput(value.due) === null;
  return (
    <Group align="flex-end" gap="sm" grow>
      <Select
        label={t('shift.log.owner')}
        placeholder={t('shift.log.ownerNone')}
        data={staff.map((s) => ({ value: s.id, label: s.displayName }))}
        value={value.ownerId}
        onChange={(ownerId) => onChange({ ...value, ownerId })}
        searchable
        clearable
        error={fieldError(t, error, 'followUp.ownerId')}
        data-testid="shift-log-owner"
      />
      <TextInput
        type="datetime-local"
        label={t('shift.log.due')}
        value={value.due}
        onChange={(e) => onChange({ ...value, due: e.currentTarget.value })}
        error={dueInvalid ? t('shift.log.dueInvalid') : fieldError(t, error, 'followUp.dueAt')}
        rightSectionWidth={110}
        rightSection={
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => onChange({ ...value, due: toLocalInput(plannedEnd) })}
            data-testid="shift-log-due-end"
          >
            {t('shift.log.dueEndOfShift')}
          </Button>
        }
        data-testid="shift-log-due"
      />
    </Group>
  );
}

/** The inputs that show main's field errors; the follow-up's only while they are shown. */
const ENTRY_FIELDS = ['body', 'followUp.ownerId', 'followUp.dueAt'];

/** A new entry of the shift log; Ctrl+Enter adds it from the text field. */
export function AddEntryForm({ shift, staffId }: { shift: ShiftView; staffId: string }) {
  const t = useT();
  const add = useShiftLogStore((s) => s.add);
  const [category, setCategory] = useState<LogCategory>('general');
  const [body, setBody] = useState('');
  const [followUp, setFollowUp] = useState<FollowUpDraft>({ on: false, ownerId: null, due: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const dueAt = fromLocalInput(followUp.due);
  const ready = body.trim() !== '' && !(followUp.on && followUp.due !== '' && dueAt === null);

  const submit = async () => {
    if (!ready || busy) return;
    const input: Input<'shiftLog.add'> = {
      category,
      body,
      ...(followUp.on
        ? {
            followUp: {
              ...(followUp.ownerId ? { ownerId: followUp.ownerId } : {}),
              ...(dueAt !== null ? { dueAt } : {}),
            },
          }
        : {}),
    };
    setBusy(true);
    const e = await add(input);
    setBusy(false);
    setError(e);
    if (!e) {
      setCategory('general');
      setBody('');
      setFollowUp({ on: false, ownerId: null, due: '' });
    }
  };

  return (
    <Paper withBorder radius="lg" p="md" data-testid="shift-log-form">
      <Stack gap="sm">
        <CategoryPicker value={category} onChange={setCategory} testId="shift-log-category" />
        <Textarea
          label={t('shift.log.body')}
          placeholder={t('shift.log.placeholder')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={2000}
          error={fieldError(t, error, 'body')}
          data-testid="shift-log-body"
        />
        <Checkbox
          label={t('shift.log.needsFollowUp')}
          checked={followUp.on}
          onChange={(e) =>
            setFollowUp({
              ...followUp,
              on: e.currentTarget.checked,
              ownerId: followUp.ownerId ?? staffId,
            })
          }
          data-testid="shift-log-followup"
        />
        {followUp.on && (
          <FollowUpFields
            value={followUp}
            onChange={setFollowUp}
            plannedEnd={shift.plannedEnd}
            error={error}
          />
        )}
        <ErrorAlert error={unmarkedError(error, followUp.on ? ENTRY_FIELDS : ['body'])} />
        <Group justify="flex-end" gap="xs">
          <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">Enter</Kbd>
          <Button
            leftSection={<IconPlus size={16} />}
            disabled={!ready}
            loading={busy}
            onClick={() => void submit()}
            data-testid="shift-log-add"
          >
            {t('shift.log.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
