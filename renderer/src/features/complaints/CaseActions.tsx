import { Button, FileButton, Group } from '@mantine/core';
import {
  IconArrowBigUpLines,
  IconCheck,
  IconClipboardText,
  IconHandStop,
  IconLock,
  IconMessageReply,
  IconPaperclip,
  IconPlayerPlay,
  IconPlus,
  IconUserShare,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import type { ComplaintView } from '../../../../shared/contract/complaintViews';
import { stepFrom } from '../../../../shared/domain/complaint';
import type { MessageKey } from '../../../../shared/i18n';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { useCaseStore } from './caseStore';
import { ResolveModal } from './ResolveModal';
import { StepModal, type TextStep } from './StepModal';

const MAX_ATTACHMENT = 6 * 1024 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Which buttons show: only what main's `may` allows and the case's state lets follow. */
export function availableSteps(
  view: ComplaintView,
  staffId: string,
): (TextStep | 'resolve' | 'attach')[] {
  const { may, state } = view;
  const out: (TextStep | 'resolve' | 'attach')[] = [];
  const pending = view.transfers.find((x) => x.acceptedAt === null && x.declinedAt === null);
  if (may.handle) {
    if (stepFrom(state, 'respond')) out.push('respond');
    if (state !== 'closed') out.push('addAction', 'plan');
    if (stepFrom(state, 'waitForClient')) out.push('wait');
    if (stepFrom(state, 'resume')) out.push('resume');
    if (stepFrom(state, 'resolve')) out.push('resolve');
    out.push('attach');
  }
  if (may.escalate && state !== 'resolved' && state !== 'closed') out.push('escalate');
  if (may.transfer && !pending && state !== 'closed') out.push('offer');
  if (may.answerTransfer && pending && pending.toId === staffId) out.push('accept', 'decline');
  if (may.readInternal) out.push('note');
  return out;
}

const LOOK: Record<
  TextStep | 'resolve',
  { label: MessageKey; icon: React.ReactNode; color?: string; variant?: string }
> = {
  respond: {
    label: 'complaint.action.respond',
    icon: <IconMessageReply size={16} />,
    variant: 'filled',
  },
  addAction: { label: 'complaint.action.addAction', icon: <IconPlus size={16} /> },
  plan: { label: 'complaint.action.plan', icon: <IconClipboardText size={16} /> },
  wait: { label: 'complaint.action.wait', icon: <IconHandStop size={16} /> },
  resume: { label: 'complaint.action.resume', icon: <IconPlayerPlay size={16} /> },
  resolve: {
    label: 'complaint.action.resolve',
    icon: <IconCheck size={16} />,
    color: 'teal',
    variant: 'filled',
  },
  escalate: {
    label: 'complaint.action.escalate',
    icon: <IconArrowBigUpLines size={16} />,
    color: 'red',
  },
  offer: { label: 'complaint.action.offer', icon: <IconUserShare size={16} /> },
  accept: {
    label: 'complaint.action.accept',
    icon: <IconCheck size={16} />,
    color: 'teal',
    variant: 'filled',
  },
  decline: { label: 'complaint.action.decline', icon: <IconX size={16} />, color: 'gray' },
  note: { label: 'complaint.action.note', icon: <IconLock size={16} />, color: 'grape' },
};

/** The case's action bar; each opens its modal (Enter saves, Esc closes). */
export function CaseActions({ view, staffId }: { view: ComplaintView; staffId: string }) {
  const t = useT();
  const [step, setStep] = useState<TextStep | null>(null);
  const [resolving, setResolving] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const steps = availableSteps(view, staffId);
  const attach = async (file: File | null) => {
    if (!file) return;
    if (file.size > MAX_ATTACHMENT)
      return setError({
        code: 'VALIDATION',
        message: t('complaint.attachments.tooLarge', { max: 6 }),
      });
    setBusy(true);
    const e = await useCaseStore
      .getState()
      .attach(file.name, file.type || 'application/octet-stream', await readBase64(file));
    setBusy(false);
    setError(e);
  };
  return (
    <>
      <Group gap="xs" data-testid="complaint-actions">
        {steps.map((s) =>
          s === 'attach' ? (
            <FileButton key={s} onChange={(f) => void attach(f)} accept="image/*,application/pdf">
              {(props) => (
                <Button
                  {...props}
                  variant="default"
                  loading={busy}
                  leftSection={<IconPaperclip size={16} />}
                  data-testid="complaint-action-attach"
                >
                  {t('complaint.action.attach')}
                </Button>
              )}
            </FileButton>
          ) : (
            <Button
              key={s}
              variant={LOOK[s].variant ?? 'light'}
              color={LOOK[s].color}
              leftSection={LOOK[s].icon}
              onClick={() => (s === 'resolve' ? setResolving(true) : setStep(s))}
              data-testid={`complaint-action-${s}`}
            >
              {t(LOOK[s].label)}
            </Button>
          ),
        )}
      </Group>
      <ErrorAlert error={error} />
      <StepModal step={step} view={view} onClose={() => setStep(null)} />
      <ResolveModal view={view} opened={resolving} onClose={() => setResolving(false)} />
    </>
  );
}
