import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type ReactNode } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { INCIDENT_GENDERS, INCIDENT_KINDS } from '../../../../shared/domain/incident';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { useModules } from '../settings/store';
import {
  emptyForm,
  FIELDS,
  formOf,
  localErrors,
  PATH_OF,
  recordInput,
  savesOnEnter,
  updateInput,
  type FormValues,
} from './formState';
import { MemberPicker } from './MemberPicker';
import { useIncidentStore } from './store';

/** 突发事件报告: a new report or a correction; a signed one opens with its settlement only. */
export function IncidentFormModal() {
  const t = useT();
  const { formOpen, editing, formSeq, closeForm, record, update } = useIncidentStore();
  const clientFiles = useModules().includes('clientFiles');
  const [f, setF] = useState<FormValues>(() => emptyForm(Date.now()));
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const signed = !!editing?.signed;
  useEffect(() => {
    setF(editing ? formOf(editing) : emptyForm(Date.now()));
    setError(null);
  }, [formSeq, editing]);
  const set = <K extends keyof FormValues>(k: K, v: FormValues[K]) => {
    setF((x) => ({ ...x, [k]: v }));
    // A field typed again is no longer the one main refused: its mark goes.
    const path = PATH_OF[k] ?? k;
    setError((e) => {
      if (!e?.fields?.[path]) return e;
      const { [path]: _gone, ...rest } = e.fields;
      return Object.keys(rest).length ? { ...e, fields: rest } : null;
    });
  };
  const err = (path: string) => {
    const code = error?.fields?.[path];
    if (code === 'in the future') return t('incidents.error.future');
    return fieldError(t, error, path);
  };
  const text = (
    k: keyof FormValues,
    path: string,
    label: string,
    extra: object = {},
  ): ReactNode => (
    <TextInput
      label={t(label as never)}
      value={f[k] as string}
      onChange={(e) => set(k, e.currentTarget.value as never)}
      error={err(path)}
      data-testid={`incident-${path}`}
      {...extra}
    />
  );
  const area = (k: keyof FormValues, label: string, rows = 2): ReactNode => (
    <Textarea
      label={t(label as never)}
      value={f[k] as string}
      autosize
      minRows={rows}
      maxRows={5}
      onChange={(e) => set(k, e.currentTarget.value as never)}
      error={err(k)}
      data-testid={`incident-${k}`}
    />
  );

  // The search box gives way to the chosen member: the focus goes on to the next field.
  const pickMember = (m: FormValues['member']) => {
    set('member', m);
    setTimeout(() => {
      const next = m ? 'incident-kind' : 'incident-member-search';
      document.querySelector<HTMLElement>(`[data-testid="${next}"]`)?.focus();
    }, 0);
  };
  const send = async () => {
    if (busy) return;
    const local = localErrors(f);
    if (Object.keys(local).length)
      return setError({ code: 'VALIDATION', message: 'Invalid input', fields: local });
    setBusy(true);
    const r = editing
      ? await update(updateInput(editing.id, f, signed))
      : await record(recordInput(f));
    setBusy(false);
    if (!r.ok) return setError(r.error);
    closeForm();
    const key =
      !editing && r.data.shiftName === null ? 'incidents.savedNoShift' : 'incidents.saved';
    notifications.show({ color: 'teal', message: t(key, { number: r.data.number }) });
    go('incident', r.data.id);
  };

  return (
    <Modal
      opened={formOpen}
      onClose={closeForm}
      title={
        editing
          ? t('incidents.form.editTitle', { number: editing.number })
          : t('incidents.form.title')
      }
      size="xl"
      data-testid="incident-form"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
        onKeyDown={(e) => {
          if (!savesOnEnter(e)) return;
          e.preventDefault();
          void send();
        }}
      >
        <Stack gap="sm">
          {signed ? (
            <Alert color="blue" p="xs">
              {t('incidents.form.signedOnly')}
            </Alert>
          ) : (
            <>
              {clientFiles && (
                <MemberPicker member={f.member} onPick={pickMember} error={err('clientId')} />
              )}
              {!f.member && (
                <SimpleGrid cols={4} spacing="sm">
                  {text('personName', 'personName', 'incidents.form.personName', {
                    maxLength: 60,
                    'data-autofocus': clientFiles ? undefined : true,
                  })}
                  <NativeSelect
                    label={t('incidents.form.gender')}
                    value={f.gender}
                    onChange={(e) => set('gender', e.currentTarget.value as FormValues['gender'])}
                    data={[
                      { value: '', label: '—' },
                      ...INCIDENT_GENDERS.map((g) => ({
                        value: g,
                        label: t(`incidents.gender.${g}`),
                      })),
                    ]}
                    error={err('gender')}
                    data-testid="incident-gender"
                  />
                  {text('age', 'age', 'incidents.form.age', { inputMode: 'numeric', maxLength: 3 })}
                  {text('phone', 'phone', 'incidents.form.phone', { maxLength: 20 })}
                </SimpleGrid>
              )}
              <SimpleGrid cols={3} spacing="sm">
                <NativeSelect
                  label={t('incidents.form.kind')}
                  value={f.kind}
                  onChange={(e) => set('kind', e.currentTarget.value as FormValues['kind'])}
                  data={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidents.kind.${k}`) }))}
                  error={err('kind')}
                  data-testid="incident-kind"
                />
                {text('occurredAt', 'occurredAt', 'incidents.form.occurredAt', {
                  type: 'datetime-local',
                })}
                {text('place', 'place', 'incidents.form.place', { maxLength: 120 })}
              </SimpleGrid>
              {area('whatHappened', 'incidents.form.whatHappened', 3)}
              <SimpleGrid cols={2} spacing="sm">
                {area('injury', 'incidents.form.injury')}
                {area('firstAid', 'incidents.form.firstAid')}
              </SimpleGrid>
              <Group align="flex-end" gap="md">
                <Checkbox
                  label={t('incidents.form.hospitalEscort')}
                  checked={f.hospitalEscort}
                  onChange={(e) => set('hospitalEscort', e.currentTarget.checked)}
                  mb={8}
                  data-testid="incident-hospitalEscort"
                />
                {f.hospitalEscort &&
                  text('hospital', 'hospital', 'incidents.form.hospital', {
                    maxLength: 120,
                    style: { flex: 1 },
                  })}
              </Group>
              <SimpleGrid cols={2} spacing="sm">
                {area('witnesses', 'incidents.form.witnesses', 1)}
                {area('staffInvolved', 'incidents.form.staffInvolved', 1)}
              </SimpleGrid>
              {area('memberDemands', 'incidents.form.memberDemands', 1)}
            </>
          )}
          <SimpleGrid cols={signed ? 1 : 2} spacing="sm">
            {text('costs', 'costsCents', 'incidents.form.costs', {
              inputMode: 'decimal',
              maxLength: 12,
              'data-autofocus': signed ? true : undefined,
            })}
            {area('handlingOpinion', 'incidents.form.handlingOpinion', 1)}
          </SimpleGrid>
          <ErrorAlert error={unmarkedError(error, FIELDS)} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('incidents.form.keys')}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={closeForm}>
                {t('incidents.form.cancel')}
              </Button>
              <Button type="submit" loading={busy} data-testid="incident-submit">
                {t('incidents.form.submit')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
