import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { ReviewDue } from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { CREDIT_GRADES, type CreditGrade } from '../../../../shared/domain/clients';
import type { Role } from '../../../../shared/domain/roles';
import { useT } from '../../app/i18n';
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
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!target) return;
    setGrade(target.client.creditGrade);
    setNote('');
    setError(null);
  }, [target]);

  if (!target) return null;
  const credit = target.kind === 'credit';
  const current = target.client.creditGrade;
  const name = target.client.name;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const trimmed = note.trim();
    const failure = await onSubmit({
      ...(credit ? { grade } : {}),
      ...(trimmed ? { note: trimmed } : {}),
    });
    setBusy(false);
    setError(failure);
    if (!failure) onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(credit ? 'reviews.creditTitle' : 'reviews.fileTitle', { name })}
      size="md"
    >
      <form onSubmit={submit} data-testid="review-form">
        <Stack>
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="review-submit">
              {t('reviews.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
