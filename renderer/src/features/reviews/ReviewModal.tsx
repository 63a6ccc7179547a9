import { Alert, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ReviewDue } from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { CREDIT_GRADES, type CreditGrade } from '../../../../shared/domain/clients';
import type { Role } from '../../../../shared/domain/roles';
import { useT } from '../../app/i18n';
import { ModalForm, ModalFormButtons, useModalSave } from '../../app/ModalForm';
import { oversightErrorText } from '../approvals/reasonText';

export interface ReviewOutcome {
  grade?: CreditGrade;
  note?: string;
}

/** "Mark done": a note for a file re-verification; the grade (kept or changed) and a note for credit. */
export function ReviewModal({
  target,
  role,
  onClose,
  onSubmit,
}: {
  target: ReviewDue | null;
  role: Role;
  onClose: () => void;
  onSubmit: (outcome: ReviewOutcome) => Promise<AppErrorShape | null>;
}) {
  const t = useT();
  const [grade, setGrade] = useState<CreditGrade>('A');
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useModalSave(onClose);

  useEffect(() => {
    if (!target) return;
    setGrade(target.client.creditGrade);
    setNote('');
    setError(null);
  }, [target, setError]);

  if (!target) return null;
  const credit = target.kind === 'credit';
  const current = target.client.creditGrade;
  const name = target.client.name;

  const submit = () => {
    const trimmed = note.trim();
    return run(() =>
      onSubmit({ ...(credit ? { grade } : {}), ...(trimmed ? { note: trimmed } : {}) }),
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(credit ? 'reviews.creditTitle' : 'reviews.fileTitle', { name })}
      size="md"
    >
      <ModalForm onSubmit={submit} testId="review-form">
        <Text size="sm">
          {credit ? t('reviews.creditIntro', { grade: current }) : t('reviews.fileIntro')}
        </Text>
        {credit && (
          <Stack gap={6}>
            <Text size="sm" fw={500} id="review-grade-label">
              {t('reviews.grade')}
            </Text>
            <SegmentedControl
              aria-labelledby="review-grade-label"
              value={grade}
              onChange={(v) => setGrade(v as CreditGrade)}
              data={CREDIT_GRADES.map((g) => ({ value: g, label: g }))}
              fullWidth
              size="md"
              data-testid="review-grade"
            />
            <Text
              size="sm"
              c={grade === current ? 'dimmed' : 'orange'}
              fw={grade === current ? 400 : 600}
              data-testid="review-grade-outcome"
            >
              {grade === current
                ? t('reviews.gradeKept', { grade })
                : t('reviews.gradeChanged', { from: current, to: grade })}
            </Text>
          </Stack>
        )}
        <Textarea
          label={t('reviews.note')}
          placeholder={t('reviews.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={500}
          rows={3}
          data-autofocus
          data-testid="review-note"
        />
        {error && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            role="alert"
            data-testid="review-error"
          >
            {oversightErrorText(t, error, role)}
          </Alert>
        )}
        <ModalFormButtons
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
          submitLabel={t('reviews.submit')}
          busy={busy}
          testId="review-submit"
        />
      </ModalForm>
    </Modal>
  );
}
