import { Modal, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract/result';
import type { HandoverSection } from '../../../../../shared/domain/shift';
import { fieldError, unmarkedError } from '../../../app/fieldErrors';
import { useT } from '../../../app/i18n';
import { ModalForm, ModalFormFooter, useModalSave } from '../../../app/ModalForm';

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
  const { busy, error, setError, run } = useModalSave(onClose);
  useEffect(() => {
    setNote('');
    setError(null);
  }, [target?.handoverId, setError]);
  if (!target) return null;
  const flagged = target.flaggedSections.length > 0;
  const submit = () => run(() => onSubmit(note.trim()));
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
      <ModalForm onSubmit={submit} testId="review-form">
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
          error={fieldError(t, error, 'note')}
          data-testid="review-note"
        />
        <ModalFormFooter
          error={unmarkedError(error, ['note'])}
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
          submitLabel={t('handover.review.accept')}
          ready={note.trim() !== ''}
          busy={busy}
          color="green"
          testId="review-submit"
        />
      </ModalForm>
    </Modal>
  );
}
