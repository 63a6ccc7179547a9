import {
  Group,
  Input,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ComplaintView } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { REMEDY_KINDS, type RemedyKind } from '../../../../shared/domain/complaint';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { ModalFormButtons } from '../../app/ModalForm';
import { StaffSelect } from '../desk/StaffSelect';
import { useStaffDirectoryStore } from '../clients/store';
import { useCaseStore } from './caseStore';
import { yuanToCents } from './format';
import { submitsOnEnter } from './labels';

const FIELDS = [
  'result',
  'remedy.cents',
  'remedy.sessions',
  'remedy.days',
  'followUpOn',
  'followUpBy',
];
const OWNER = '__owner__';

/** 处理完成: the result, the agreed remedy and the follow-up call (回访) it schedules. */
export function ResolveModal({
  view,
  opened,
  onClose,
}: {
  view: ComplaintView;
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const staff = useStaffDirectoryStore((s) => s.entries);
  const [result, setResult] = useState('');
  const [kind, setKind] = useState<RemedyKind>('none');
  const [yuan, setYuan] = useState('');
  const [count, setCount] = useState<number | string>(1);
  const [day, setDay] = useState('');
  const [by, setBy] = useState(OWNER);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    if (!opened) return;
    setResult('');
    setKind('none');
    setYuan('');
    setCount(1);
    setDay('');
    setBy(OWNER);
    setError(null);
    void useStaffDirectoryStore.getState().load();
  }, [opened]);
  if (!opened) return null;

  const remedy = () => {
    if (kind === 'money') {
      const cents = yuanToCents(yuan);
      return cents === null ? null : { kind, cents };
    }
    const n = typeof count === 'number' ? count : Number(count);
    if (kind === 'freeSession') return { kind, sessions: n };
    if (kind === 'extension') return { kind, days: n };
    return { kind };
  };
  const submit = async () => {
    if (busy || !result.trim()) return;
    const r = remedy();
    if (!r)
      return setError({
        code: 'VALIDATION',
        message: 'amount',
        fields: { 'remedy.cents': 'amount' },
      });
    setBusy(true);
    const e = await useCaseStore.getState().step('complaints.resolve', {
      complaintId: view.id,
      result: result.trim(),
      remedy: r,
      ...(day.trim() ? { followUpOn: day.trim() } : {}),
      ...(by !== OWNER ? { followUpBy: by } : {}),
    });
    setBusy(false);
    setError(e);
    if (!e) onClose();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('complaint.action.resolve')}
      size="lg"
      data-testid="resolve-modal"
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
          <Textarea
            label={t('complaint.field.result')}
            value={result}
            autosize
            minRows={2}
            maxLength={2000}
            onChange={(e) => setResult(e.currentTarget.value)}
            error={fieldError(t, error, 'result')}
            data-autofocus
            data-testid="resolve-result"
          />
          <Stack gap={4}>
            <Input.Label>{t('complaint.field.remedy')}</Input.Label>
            <SegmentedControl
              value={kind}
              onChange={(v) => setKind(v as RemedyKind)}
              data={REMEDY_KINDS.map((k) => ({ value: k, label: t(`complaint.remedy.${k}`) }))}
              data-testid="resolve-remedy"
            />
          </Stack>
          {kind === 'money' && (
            <TextInput
              label={t('complaint.field.yuan')}
              value={yuan}
              inputMode="decimal"
              leftSection="¥"
              onChange={(e) => setYuan(e.currentTarget.value)}
              error={error?.fields?.['remedy.cents'] ? t('clients.error.invalid') : undefined}
              data-testid="resolve-yuan"
            />
          )}
          {(kind === 'freeSession' || kind === 'extension') && (
            <NumberInput
              label={t(
                kind === 'freeSession' ? 'complaint.field.sessions' : 'complaint.field.days',
              )}
              value={count}
              min={1}
              max={kind === 'freeSession' ? 100 : 3650}
              allowDecimal={false}
              onChange={setCount}
              error={fieldError(
                t,
                error,
                kind === 'freeSession' ? 'remedy.sessions' : 'remedy.days',
              )}
              data-testid="resolve-count"
            />
          )}
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('complaint.field.followUpOn')}
              description={t('complaint.field.followUpOnHint')}
              value={day}
              onChange={(e) => setDay(e.currentTarget.value)}
              error={fieldError(t, error, 'followUpOn')}
              data-testid="resolve-followup-day"
            />
            <StaffSelect
              label={t('complaint.field.followUpBy')}
              staff={staff}
              extra={[{ value: OWNER, label: t('complaint.field.followUpByOwner') }]}
              value={by}
              onChange={(v) => setBy(v ?? OWNER)}
              error={fieldError(t, error, 'followUpBy')}
              testId="resolve-followup-by"
            />
          </Group>
          <ErrorAlert error={unmarkedError(error, FIELDS)} />
          <ModalFormButtons
            onCancel={onClose}
            cancelLabel={t('complaint.cancel')}
            submitLabel={t('complaint.action.resolve')}
            ready={result.trim() !== ''}
            busy={busy}
            color="teal"
            testId="resolve-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
