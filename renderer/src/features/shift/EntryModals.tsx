import { Modal, Paper, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { LogEntryView } from '../../../../shared/contract/shiftViews';
import type { LogCategory } from '../../../../shared/domain/shift';
import { useT } from '../../app/i18n';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { ModalForm, ModalFormFooter, useModalSave } from '../../app/ModalForm';
import { CategoryPicker } from './Category';
import { useShiftLogStore } from './logStore';

export type EntryAction = 'edit' | 'correct' | 'complete';

function Original({ entry }: { entry: LogEntryView }) {
  const t = useT();
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-default-hover)">
      <Text size="xs" c="dimmed">
        {t('shift.entry.original', { name: entry.byName })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {entry.body}
      </Text>
    </Paper>
  );
}

function EntryForm({
  entry,
  action,
  onClose,
}: {
  entry: LogEntryView;
  action: EntryAction;
  onClose: () => void;
}) {
  const t = useT();
  const { edit, correct, completeFollowUp } = useShiftLogStore();
  const [category, setCategory] = useState<LogCategory>(entry.category);
  const [text, setText] = useState(action === 'edit' ? entry.body : '');
  const { busy, error, run } = useModalSave(onClose);
  // The one text box is main's `body`, or the completion's `note`.
  const textPath = action === 'complete' ? 'note' : 'body';

  const submit = async () => {
    if (!text.trim()) return;
    await run(() =>
      action === 'edit'
        ? edit(entry.id, category, text)
        : action === 'correct'
          ? correct(entry.id, text)
          : completeFollowUp(entry.id, text),
    );
  };

  return (
    <ModalForm onSubmit={submit}>
      {action !== 'edit' && <Original entry={entry} />}
      {action === 'edit' && (
        <CategoryPicker value={category} onChange={setCategory} testId="shift-edit-category" />
      )}
      <Textarea
        label={t(`shift.entry.${action}.label`)}
        description={action === 'correct' ? t('shift.entry.correct.hint') : undefined}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={action === 'complete' ? 500 : 2000}
        data-autofocus
        error={fieldError(t, error, textPath)}
        data-testid="shift-entry-text"
      />
      <ModalFormFooter
        error={unmarkedError(error, [textPath])}
        onCancel={onClose}
        cancelLabel={t('shift.cancel')}
        submitLabel={t(`shift.entry.${action}.submit`)}
        ready={!!text.trim()}
        busy={busy}
        testId="shift-entry-save"
      />
    </ModalForm>
  );
}

/** Edit (author, before hand-over), correct (a new linked entry) or close a follow-up. */
export function EntryModal({
  entry,
  action,
  onClose,
}: {
  entry: LogEntryView;
  action: EntryAction | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={action ? t(`shift.entry.${action}.title`) : ''}
      size="lg"
      centered
    >
      {action && <EntryForm key={action} entry={entry} action={action} onClose={onClose} />}
    </Modal>
  );
}
