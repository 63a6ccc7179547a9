import { Modal, NumberInput, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { FollowUpPlanView } from '../../../../shared/contract/followUpViews';
import { NEW_MEMBER_PLAN, type FollowUpRule } from '../../../../shared/domain/followUpPlan';
import { unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { ModalForm, ModalFormFooter, useModalSave } from '../../app/ModalForm';
import { fieldText } from './labels';
import { useFollowUpsStore } from './store';

/** What the desk chooses from; each is one rule of shared/domain/followUpPlan. */
const KINDS = [
  'newMember',
  'monthly',
  'quarterly',
  'afterFirstVisit',
  'beforeExpiry',
  'notSeen',
] as const;
type Kind = (typeof KINDS)[number];
const DEFAULT_DAYS = { afterFirstVisit: 3, beforeExpiry: 30, notSeen: 30 } as const;

function ruleOf(kind: Kind, days: number): FollowUpRule {
  if (kind === 'newMember') return NEW_MEMBER_PLAN;
  if (kind === 'monthly') return { kind: 'recurring', steps: [{ everyMonths: 1, times: null }] };
  if (kind === 'quarterly') return { kind: 'recurring', steps: [{ everyMonths: 3, times: null }] };
  return { kind, days };
}

function kindOf(rule: FollowUpRule): Kind {
  if (rule.kind !== 'recurring') return rule.kind;
  if (rule.steps.length > 1) return 'newMember';
  return rule.steps[0]?.everyMonths === 3 ? 'quarterly' : 'monthly';
}

interface Props {
  opened: boolean;
  clientId: string;
  /** The plan being changed (it is replaced), or null for a new one. */
  plan: FollowUpPlanView | null;
  onClose(): void;
}

/** 设置回访计划: which calls, counted from when, made by whom (a colleague or the desk). */
export function PlanModal({ opened, clientId, plan, onClose }: Props) {
  const t = useT();
  const { setPlan, staff, loadStaff } = useFollowUpsStore();
  const [kind, setKind] = useState<Kind>('newMember');
  const [days, setDays] = useState<number | string>(30);
  const [startsOn, setStartsOn] = useState(dayjs().format('YYYY-MM-DD'));
  const [assignedTo, setAssignedTo] = useState<string>('desk');
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useModalSave(onClose);
  useEffect(() => {
    if (!opened) return;
    void loadStaff();
    setError(null);
    setKind(plan ? kindOf(plan.rule) : 'newMember');
    setDays(plan && plan.rule.kind !== 'recurring' ? plan.rule.days : 30);
    setStartsOn(plan?.startsOn ?? dayjs().format('YYYY-MM-DD'));
    setAssignedTo(plan?.assignedToId ?? 'desk');
    setNote(plan?.note ?? '');
  }, [opened, plan, loadStaff, setError]);
  const oneOff = kind === 'afterFirstVisit' || kind === 'beforeExpiry' || kind === 'notSeen';
  const save = () =>
    run(async () => {
      const e = await setPlan({
        clientId,
        ...(plan ? { planId: plan.id } : {}),
        rule: ruleOf(kind, Number(days)),
        startsOn,
        assignedTo: assignedTo === 'desk' ? null : assignedTo,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      if (!e) notifications.show({ color: 'teal', message: t('followUps.plan.saved') });
      return e;
    });
  const field = (path: string) => fieldText(t, error?.fields?.[path]);
  return (
    <Modal opened={opened} onClose={onClose} title={t('followUps.plan.title')} size="lg">
      <ModalForm onSubmit={save} testId="followup-plan-form">
        <Select
          label={t('followUps.plan.kind')}
          data={KINDS.map((k) => ({ value: k, label: t(`followUps.plan.kind.${k}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(v) => {
            const k = (v ?? 'newMember') as Kind;
            setKind(k);
            if (k in DEFAULT_DAYS) setDays(DEFAULT_DAYS[k as keyof typeof DEFAULT_DAYS]);
          }}
          data-autofocus
          error={field('rule')}
          data-testid="followup-plan-kind"
        />
        {oneOff && (
          <NumberInput
            label={t('followUps.plan.days')}
            value={days}
            onChange={setDays}
            min={0}
            max={730}
            error={field('rule.days')}
            data-testid="followup-plan-days"
          />
        )}
        {!oneOff && (
          <TextInput
            type="date"
            label={t('followUps.plan.startsOn')}
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            error={field('startsOn')}
            data-testid="followup-plan-starts"
          />
        )}
        <Select
          label={t('followUps.plan.assignedTo')}
          data={[
            { value: 'desk', label: t('followUps.desk') },
            ...staff.map((s) => ({ value: s.id, label: s.displayName })),
          ]}
          value={assignedTo}
          allowDeselect={false}
          searchable
          onChange={(v) => setAssignedTo(v ?? 'desk')}
          error={field('assignedTo')}
          data-testid="followup-plan-assignee"
        />
        <TextInput
          label={t('followUps.note')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={field('note')}
        />
        <ModalFormFooter
          error={unmarkedError(error, ['rule', 'rule.days', 'startsOn', 'assignedTo', 'note'])}
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
          submitLabel={t('followUps.plan.save')}
          busy={busy}
          testId="followup-plan-save"
        />
      </ModalForm>
    </Modal>
  );
}
