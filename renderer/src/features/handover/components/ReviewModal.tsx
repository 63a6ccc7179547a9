import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract/result';
import type { HandoverSection } from '../../../../../shared/domain/shift';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { useT } from '../../../app/i18n';

export interface ReviewTarget {
  handoverId: string;
  shiftName: string;
  businessDate: string;
  flaggedSections: HandoverSection[];
}

/** 审阅通过 with a note; for a flagged handover the note says how the discrepancy was resolved. */
export function ReviewModal({
  target,
  onClose,
  onSubmit,
}: {
  target: ReviewTarget | null;
  onClose: () => void;
  onSubmit: (note: string) => Promise<AppErrorShape | null>;
}) {
  const t = useT();
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setNote('');
    setError(null);
  }, [target?.handoverId]);
  if (!target) return null;
  const flagged = target.flaggedSections.length > 0;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const failure = await onSubmit(note.trim());
    setBusy(false);
    setError(failure);
    if (!failure) onClose();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('handover.review.modalTitle', {
        shift: target.shiftName,
        date: target.businessDate,
      })}
      centered
    >
      <form onSubmit={submit} data-testid="review-form">
        <Stack>
          <Text size="sm" c={flagged ? 'orange.8' : undefined}>
            {flagged
              ? t('handover.review.flaggedHint', {
                  sections: target.flaggedSections
                    .map((s) => t(`handover.section.${s}`))
                    .join(t('handover.listSeparator')),
                })
              : t('handover.review.hint')}
          </Text>
          <Textarea
            label={t('handover.review.note')}
            withAsterisk
            autosize
            minRows={3}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-autofocus
            data-testid="review-note"
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color="green"
              loading={busy}
              disabled={note.trim() === ''}
              data-testid="review-submit"
            >
              {t('handover.review.accept')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
