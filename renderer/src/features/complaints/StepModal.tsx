import { Modal, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ComplaintView } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { MessageKey } from '../../../../shared/i18n';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { ModalFormButtons } from '../../app/ModalForm';
import { StaffSelect } from '../desk/StaffSelect';
import { useStaffDirectoryStore } from '../clients/store';
import { useCaseStore } from './caseStore';
import { submitsOnEnter } from './labels';

/** The one-text steps of a case; each names the field main checks. */
export type TextStep =
  | 'respond'
  | 'addAction'
  | 'plan'
  | 'wait'
  | 'resume'
  | 'escalate'
  | 'offer'
  | 'accept'
  | 'decline'
  | 'note';

const STEP: Record<
  TextStep,
  { title: MessageKey; label: MessageKey; field: string; optional?: boolean }
> = {
  respond: { title: 'complaint.action.respond', label: 'complaint.field.body', field: 'body' },
  addAction: { title: 'complaint.action.addAction', label: 'complaint.field.body', field: 'body' },
  plan: { title: 'complaint.action.plan', label: 'complaint.field.plan', field: 'plan' },
  wait: {
    title: 'complaint.action.wait',
    label: 'complaint.field.waitNote',
    field: 'body',
    optional: true,
  },
  resume: {
    title: 'complaint.action.resume',
    label: 'complaint.field.waitNote',
    field: 'body',
    optional: true,
  },
  escalate: {
    title: 'complaint.action.escalate',
    label: 'complaint.field.reason',
    field: 'reason',
  },
  offer: { title: 'complaint.action.offer', label: 'complaint.field.reason', field: 'reason' },
  accept: {
    title: 'complaint.action.accept',
    label: 'complaint.field.answerNote',
    field: 'note',
    optional: true,
  },
  decline: {
    title: 'complaint.action.decline',
    label: 'complaint.field.answerNote',
    field: 'note',
    optional: true,
  },
  note: { title: 'complaint.action.note', label: 'complaint.field.internal', field: 'body' },
};

function send(step: TextStep, view: ComplaintView, text: string, toStaffId: string) {
  const s = useCaseStore.getState();
  const complaintId = view.id;
  const body = text.trim();
  const transferId =
    view.transfers.find((x) => x.acceptedAt === null && x.declinedAt === null)?.id ?? '';
  switch (step) {
    case 'respond':
      return s.step('complaints.respond', { complaintId, body });
    case 'addAction':
      return s.step('complaints.addAction', { complaintId, body });
    case 'plan':
      return s.step('complaints.setPlan', { complaintId, plan: body });
    case 'wait':
    case 'resume':
      return s.step('complaints.wait', {
        complaintId,
        waiting: step === 'wait',
        ...(body ? { body } : {}),
      });
    case 'escalate':
      return s.step('complaints.escalate', { complaintId, reason: body });
    case 'offer':
      return s.step('complaints.offerTransfer', { complaintId, toStaffId, reason: body });
    case 'accept':
    case 'decline':
      return s.step('complaints.answerTransfer', {
        transferId,
        accept: step === 'accept',
        ...(body ? { note: body } : {}),
      });
    case 'note':
      return s.addNote(body);
  }
}

/** A step with one text (and for an offer, the colleague): Enter saves, Esc closes. */
export function StepModal({
  step,
  view,
  onClose,
}: {
  step: TextStep | null;
  view: ComplaintView;
  onClose: () => void;
}) {
  const t = useT();
  const staff = useStaffDirectoryStore((s) => s.entries);
  const [text, setText] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    setText(step === 'plan' ? (view.plan ?? '') : '');
    setTo('');
    setError(null);
    if (step === 'offer') void useStaffDirectoryStore.getState().load();
  }, [step, view.plan]);
  if (!step) return null;
  const def = STEP[step];
  const ready = (def.optional || text.trim() !== '') && (step !== 'offer' || to !== '');
  const submit = async () => {
    if (!ready || busy) return;
    setBusy(true);
    const e = await send(step, view, text, to);
    setBusy(false);
    setError(e);
    if (!e) onClose();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(def.title)}
      size="lg"
      data-testid={`step-modal-${step}`}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (!submitsOnEnter(e) || (e.target as HTMLElement).getAttribute('role') === 'combobox')
            return;
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          {step === 'offer' && (
            <StaffSelect
              label={t('complaint.field.toStaff')}
              staff={staff.filter((s) => s.id !== view.ownerId)}
              extra={[]}
              value={to}
              onChange={(v) => setTo(v ?? '')}
              error={fieldError(t, error, 'toStaffId')}
              testId="step-to-staff"
            />
          )}
          <Textarea
            label={t(def.label)}
            value={text}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={2000}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError(t, error, def.field)}
            data-autofocus
            data-testid="step-text"
          />
          <ErrorAlert error={unmarkedError(error, [def.field, 'toStaffId'])} />
          <ModalFormButtons
            onCancel={onClose}
            cancelLabel={t('complaint.cancel')}
            submitLabel={t('complaint.save')}
            ready={ready}
            busy={busy}
            color={step === 'escalate' ? 'red' : undefined}
            testId="step-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
