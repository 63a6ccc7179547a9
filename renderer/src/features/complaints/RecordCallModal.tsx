import { Modal, SegmentedControl, Stack, Text, TextInput, Input } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ComplaintFollowUpView } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { CALL_OUTCOMES, type CallOutcome } from '../../../../shared/domain/followUpPlan';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { ModalFormButtons } from '../../app/ModalForm';
import { useCaseStore } from './caseStore';
import { submitsOnEnter } from './labels';

const SCORES = ['1', '2', '3', '4', '5'];
const FIELDS = ['outcome', 'score', 'note', 'callBackAt'];

/** 回访结果: reached with a satisfaction score (3 and up closes the case), or not reached. */
export function RecordCallModal({
  call,
  onClose,
}: {
  call: ComplaintFollowUpView | null;
  onClose: () => void;
}) {
  const t = useT();
  const [outcome, setOutcome] = useState<CallOutcome>('reached');
  const [score, setScore] = useState<string>('');
  const [note, setNote] = useState('');
  const [at, setAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    setOutcome('reached');
    setScore('');
    setNote('');
    setAt('');
    setError(null);
  }, [call]);
  if (!call) return null;
  const ready = (outcome !== 'reached' || score !== '') && (outcome !== 'callBack' || at !== '');
  const submit = async () => {
    if (!ready || busy) return;
    setBusy(true);
    const e = await useCaseStore.getState().recordCall({
      callId: call.callId,
      outcome,
      ...(outcome === 'reached' ? { score: Number(score) } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(outcome === 'callBack' ? { callBackAt: new Date(at).getTime() } : {}),
    });
    setBusy(false);
    setError(e);
    if (!e) onClose();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('complaint.followUps.record')}
      data-testid="record-call-modal"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (!submitsOnEnter(e)) return;
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Stack gap={4}>
            <Input.Label>{t('complaint.followUps.outcome')}</Input.Label>
            <SegmentedControl
              value={outcome}
              onChange={(v) => setOutcome(v as CallOutcome)}
              data={CALL_OUTCOMES.map((o) => ({
                value: o,
                label: t(`complaint.followUps.outcome.${o}`),
              }))}
              data-testid="record-call-outcome"
            />
          </Stack>
          {outcome === 'reached' && (
            <Stack gap={4}>
              <Input.Label>{t('complaint.followUps.scoreLabel')}</Input.Label>
              <SegmentedControl
                value={score}
                onChange={setScore}
                data={SCORES}
                data-testid="record-call-score"
              />
              {fieldError(t, error, 'score') && (
                <Text size="xs" c="red">
                  {fieldError(t, error, 'score')}
                </Text>
              )}
            </Stack>
          )}
          {outcome === 'callBack' && (
            <TextInput
              type="datetime-local"
              label={t('complaint.followUps.callBackAt')}
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
              error={fieldError(t, error, 'callBackAt')}
              data-testid="record-call-at"
            />
          )}
          <TextInput
            label={t('complaint.followUps.note')}
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(t, error, 'note')}
            data-autofocus
            data-testid="record-call-note"
          />
          <ErrorAlert error={unmarkedError(error, FIELDS)} />
          <ModalFormButtons
            onCancel={onClose}
            cancelLabel={t('complaint.cancel')}
            submitLabel={t('complaint.save')}
            ready={ready}
            busy={busy}
            testId="record-call-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
