import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconEye, IconPlus, IconTrash } from '@tabler/icons-react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Input } from '../../../../shared/contract';
import { clientCreateInput } from '../../../../shared/contract/clientFields';
import type { ClientFile } from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { SessionView } from '../../../../shared/contract/views';
import {
  CLIENT_KINDS,
  CREDIT_GRADES,
  FILE_GUARDIANS,
  GENDERS,
  ID_TYPES,
  MEMBERSHIP_STATUSES,
  SECRECY_LEVELS,
  type ClientKind,
  type CreditGrade,
  type Gender,
  type IdType,
  type MembershipStatus,
  type SecrecyLevel,
} from '../../../../shared/domain/clients';
import { birthdayFromPrcId, isValidPrcId } from '../../../../shared/domain/idNumber';
import { useT } from '../../app/i18n';
import { useUiStore } from '../../app/uiStore';
import { unmarkedError } from '../../app/fieldErrors';
import { clientErrorText, issuesToFields, serverFields } from './errors';
import {
  useClientFileStore,
  useClientListStore,
  useStaffDirectoryStore,
  type RevealField,
} from './store';

const MAX_PHONES = 5;
/** Digits in a fixed-width face, labels in the normal one. */
/** The fields this form has an input for (a path's first part: "phones.1" → phones). */
const MARKED_FIELDS = new Set([
  'name',
  'nameLatin',
  'birthday',
  'phones',
  'email',
  'address',
  'idType',
  'idNumber',
  'cardType',
  'cardNumber',
  'membershipStatus',
  'membershipStart',
  'membershipExpiry',
  'consultantId',
  'creditGrade',
  'tags',
  'alertNote',
  'notes',
  'secrecy',
  'secrecyUntil',
]);
const MONO = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };
const MAX_CONTACTS = 10;

interface ContactRow {
  name: string;
  title: string;
  phone: string;
}

export interface ClientFormValues {
  kind: ClientKind;
  name: string;
  nameLatin: string;
  gender: Gender | null;
  birthday: string | null;
  phones: string[];
  email: string;
  address: string;
  idType: IdType | null;
  idNumber: string;
  contacts: ContactRow[];
  notes: string;
  alertNote: string;
  tags: string[];
  consultantId: string | null;
  creditGrade: CreditGrade | null;
  cardType: string;
  cardNumber: string;
  membershipStart: string | null;
  membershipExpiry: string | null;
  membershipStatus: MembershipStatus | null;
  secrecy: SecrecyLevel;
  secrecyUntil: string | null;
}

const EMPTY: ClientFormValues = {
  kind: 'person',
  name: '',
  nameLatin: '',
  gender: null,
  birthday: null,
  phones: [''],
  email: '',
  address: '',
  idType: 'prcId',
  idNumber: '',
  contacts: [],
  notes: '',
  alertNote: '',
  tags: [],
  consultantId: null,
  creditGrade: null,
  cardType: '',
  cardNumber: '',
  membershipStart: null,
  membershipExpiry: null,
  membershipStatus: null,
  secrecy: 'none',
  secrecyUntil: null,
};

function fromFile(
  f: ClientFile,
  revealed: { phones?: string[]; idNumber?: string | null },
): ClientFormValues {
  return {
    kind: f.kind,
    name: f.name,
    nameLatin: f.nameLatin ?? '',
    gender: f.gender,
    birthday: f.birthday,
    phones: revealed.phones ?? f.phonesMasked,
    email: f.email ?? '',
    address: f.address ?? '',
    idType: f.idType,
    idNumber: (revealed.idNumber !== undefined ? revealed.idNumber : f.idNumberMasked) ?? '',
    contacts: f.contacts.map((c) => ({ name: c.name, title: c.title ?? '', phone: c.phone ?? '' })),
    notes: f.notes ?? '',
    alertNote: f.alertNote ?? '',
    tags: f.tags,
    consultantId: f.consultantId,
    creditGrade: f.creditGrade,
    cardType: f.cardType ?? '',
    cardNumber: f.cardNumber ?? '',
    membershipStart: f.membershipStart,
    membershipExpiry: f.expiresOn,
    membershipStatus: f.membershipStatus,
    secrecy: f.secrecy,
    secrecyUntil: f.secrecyUntil ? dayjs(f.secrecyUntil).format('YYYY-MM-DD') : null,
  };
}

const text = (s: string) => (s.trim() ? s.trim() : null);

/** Every editable field as the contract names it (secrecy only where the form offers it). */
function toPayload(v: ClientFormValues, withSecrecy: boolean): Record<string, unknown> {
  const idNumber = text(v.idNumber);
  return {
    kind: v.kind,
    name: v.name.trim(),
    nameLatin: text(v.nameLatin),
    gender: v.kind === 'person' ? v.gender : null,
    birthday: v.kind === 'person' ? v.birthday || null : null,
    phones: v.phones.map((p) => p.trim()).filter(Boolean),
    email: text(v.email),
    address: text(v.address),
    idType: idNumber ? v.idType : null,
    idNumber,
    contacts: v.contacts
      .filter((c) => c.name.trim() || c.phone.trim())
      .map((c) => ({
        name: c.name.trim(),
        ...(c.title.trim() ? { title: c.title.trim() } : {}),
        ...(c.phone.trim() ? { phone: c.phone.trim() } : {}),
      })),
    notes: text(v.notes),
    alertNote: text(v.alertNote),
    tags: v.tags,
    consultantId: v.consultantId,
    ...(v.creditGrade ? { creditGrade: v.creditGrade } : {}),
    cardType: text(v.cardType),
    cardNumber: text(v.cardNumber),
    membershipStart: v.membershipStart || null,
    membershipExpiry: v.membershipExpiry || null,
    membershipStatus: v.membershipStatus,
    ...(withSecrecy
      ? {
          secrecy: v.secrecy,
          secrecyUntil:
            v.secrecy !== 'none' && v.secrecyUntil
              ? dayjs(v.secrecyUntil).endOf('day').valueOf()
              : null,
        }
      : {}),
  };
}

/** A new file sends what was filled in; empty values are left to main's defaults. */
function createPayload(v: ClientFormValues, withSecrecy: boolean): Record<string, unknown> {
  const all = toPayload(v, withSecrecy);
  return Object.fromEntries(
    Object.entries(all).filter(
      ([k, val]) =>
        val !== null &&
        !(Array.isArray(val) && val.length === 0) &&
        !(k === 'secrecy' && val === 'none'),
    ),
  );
}

/** An edit sends only what changed; masked values that were never revealed are never sent. */
function changedFields(
  now: Record<string, unknown>,
  before: Record<string, unknown>,
  masked: Set<RevealField>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(now)) {
    if (masked.has(k as RevealField)) continue;
    if (k === 'idType' && masked.has('idNumber')) {
      // The number is unknown here; only an explicit type change is meaningful.
      continue;
    }
    if (JSON.stringify(val) !== JSON.stringify(before[k])) out[k] = val;
  }
  return out;
}

/** A day as YYYY-MM-DD, typed or picked. */
export function DayInput({
  label,
  value,
  onChange,
  error,
  description,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (day: string | null) => void;
  error?: string;
  description?: string;
  testId: string;
}) {
  const t = useT();
  const language = useUiStore((s) => s.language);
  return (
    <DateInput
      label={label}
      value={value}
      onChange={(v) => onChange(v ? dayjs(v).format('YYYY-MM-DD') : null)}
      valueFormat="YYYY-MM-DD"
      placeholder={t('clients.form.datePlaceholder')}
      locale={language === 'zh-CN' ? 'zh-cn' : 'en'}
      clearable
      error={error}
      description={description}
      data-testid={testId}
      popoverProps={{ withinPortal: true }}
    />
  );
}

/** A masked value in the form: editing it first reveals it, and the reveal is recorded. */
function RevealToEdit(p: { hint: string; label: string; onReveal: () => void; testId: string }) {
  return (
    <Group gap="sm">
      <Text size="xs" c="dimmed">
        {p.hint}
      </Text>
      <Button
        size="xs"
        variant="light"
        leftSection={<IconEye size={14} />}
        onClick={p.onReveal}
        data-testid={p.testId}
      >
        {p.label}
      </Button>
    </Group>
  );
}

/** Create a client file, or edit the one open on the file page. */
export function ClientFormModal({
  opened,
  onClose,
  session,
  file,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  session: SessionView;
  /** The file to edit; absent for a new file. */
  file?: ClientFile | null;
  onSaved?: (file: ClientFile) => void;
}) {
  const t = useT();
  const create = useClientListStore((s) => s.create);
  const update = useClientFileStore((s) => s.update);
  const reveal = useClientFileStore((s) => s.reveal);
  const reload = useClientFileStore((s) => s.reload);
  const staff = useStaffDirectoryStore((s) => s.entries);
  const loadStaff = useStaffDirectoryStore((s) => s.load);

  const editing = !!file;
  const guardian = FILE_GUARDIANS.includes(session.role);
  const withSecrecy = !editing && guardian;

  const [values, setValues] = useState<ClientFormValues>(EMPTY);
  const [initial, setInitial] = useState<ClientFormValues>(EMPTY);
  const [masked, setMasked] = useState<Set<RevealField>>(new Set());
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [birthdayFromId, setBirthdayFromId] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!opened) return;
    void loadStaff();
    const revealed = useClientFileStore.getState().revealed;
    const start = file ? fromFile(file, revealed) : EMPTY;
    const hidden = new Set<RevealField>();
    if (file && !revealed.phones && file.phonesMasked.length > 0) hidden.add('phones');
    if (file && revealed.idNumber === undefined && file.idNumberMasked) hidden.add('idNumber');
    setValues(start);
    setInitial(start);
    setMasked(hidden);
    setFieldErrors({});
    setError(null);
    setBirthdayFromId(false);
  }, [opened, file, loadStaff]);

  const set = <K extends keyof ClientFormValues>(key: K, value: ClientFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setFieldErrors((errs) => {
      const next = Object.fromEntries(
        Object.entries(errs).filter(([p]) => p !== key && !p.startsWith(`${key}.`)),
      );
      if (key === 'membershipStart') delete next.membershipExpiry;
      if (key === 'idNumber') delete next.idType;
      if (key === 'membershipStatus') delete next.cardNumber;
      return next;
    });
  };
  const err = (path: string) => fieldErrors[path];
  // The alert only for what no input shows: never "check the marked fields" with none marked.
  const alertError = unmarkedError(
    error,
    Object.keys(error?.fields ?? {}).filter((p) => MARKED_FIELDS.has(p.split('.')[0]!)),
  );

  const onIdNumber = (raw: string) => {
    set('idNumber', raw);
    const id = raw.trim().toUpperCase();
    if (values.idType === 'prcId' && !values.birthday && isValidPrcId(id)) {
      setValues((v) => ({ ...v, idNumber: raw, birthday: birthdayFromPrcId(id) }));
      setBirthdayFromId(true);
    }
  };

  /** The live checksum hint: a count while typing, the verdict at 18 characters. */
  const idHint = useMemo(() => {
    const id = values.idNumber.trim().toUpperCase();
    if (values.idType !== 'prcId' || masked.has('idNumber') || !id) return {};
    if (id.length < 18) return { description: t('clients.form.idDigits', { count: id.length }) };
    if (isValidPrcId(id))
      return {
        description: t('clients.form.idValid', { day: birthdayFromPrcId(id) }),
        valid: true,
      };
    return { error: t('clients.error.checksum') };
  }, [values.idNumber, values.idType, masked, t]);

  const revealToEdit = async (field: RevealField) => {
    const failure = await reveal(field);
    if (failure) return setError(failure);
    const revealed = useClientFileStore.getState().revealed;
    const patch: Partial<ClientFormValues> =
      field === 'phones'
        ? { phones: revealed.phones?.length ? revealed.phones : [''] }
        : { idNumber: revealed.idNumber ?? '' };
    setValues((v) => ({ ...v, ...patch }));
    setInitial((v) => ({ ...v, ...patch }));
    setMasked((m) => {
      const next = new Set(m);
      next.delete(field);
      return next;
    });
  };

  const checkLocally = (): Record<string, string> => {
    const payload = toPayload(values, withSecrecy);
    for (const f of masked) delete payload[f];
    if (masked.has('idNumber')) delete payload.idType;
    const parsed = clientCreateInput.safeParse(payload);
    return parsed.success ? {} : issuesToFields(t, parsed.error.issues);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const local = checkLocally();
    if (idHint.error) local.idNumber = idHint.error;
    if (Object.keys(local).length > 0) {
      setFieldErrors(local);
      return;
    }
    let result;
    setBusy(true);
    if (file) {
      const patch = changedFields(toPayload(values, false), toPayload(initial, false), masked);
      if (Object.keys(patch).length === 0) {
        setBusy(false);
        notifications.show({ color: 'gray', message: t('clients.form.noChanges') });
        onClose();
        return;
      }
      result = await update(patch as Omit<Input<'clients.update'>, 'id' | 'version'>);
    } else {
      // Checked above with the same schema main uses.
      result = await create(createPayload(values, withSecrecy) as Input<'clients.create'>);
    }
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setFieldErrors(serverFields(t, result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      message: t(file ? 'clients.form.saved' : 'clients.form.created', { name: result.data.name }),
    });
    onSaved?.(result.data);
    onClose();
  };

  const consultantData = [...staff]
    .sort((a, b) => Number(b.role === 'consultant') - Number(a.role === 'consultant'))
    .map((s) => ({ value: s.id, label: `${s.displayName} · ${t(`role.${s.role}`)}` }));
  const person = values.kind === 'person';
  const phonesMasked = masked.has('phones');
  const idMasked = masked.has('idNumber');

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        file ? t('clients.form.editTitle', { name: file.name }) : t('clients.form.createTitle')
      }
      size="xl"
      data-testid="client-form"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Fieldset legend={t('clients.form.section.identity')}>
            <Stack gap="sm">
              <SegmentedControl
                value={values.kind}
                onChange={(v) => set('kind', v as ClientKind)}
                data={CLIENT_KINDS.map((k) => ({ value: k, label: t(`clients.kind.${k}`) }))}
                data-testid="client-form-kind"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('clients.field.name')}
                  value={values.name}
                  onChange={(e) => set('name', e.currentTarget.value)}
                  required
                  data-autofocus
                  error={err('name')}
                  data-testid="client-form-name"
                />
                <TextInput
                  label={t('clients.field.nameLatin')}
                  value={values.nameLatin}
                  onChange={(e) => set('nameLatin', e.currentTarget.value)}
                  error={err('nameLatin')}
                  data-testid="client-form-name-latin"
                />
              </SimpleGrid>
              {person && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Stack gap={4}>
                    <Text size="sm" fw={500}>
                      {t('clients.field.gender')}
                    </Text>
                    <SegmentedControl
                      value={values.gender ?? ''}
                      onChange={(v) => set('gender', (v || null) as Gender | null)}
                      data={GENDERS.map((g) => ({ value: g, label: t(`clients.gender.${g}`) }))}
                      data-testid="client-form-gender"
                    />
                  </Stack>
                  <DayInput
                    label={t('clients.field.birthday')}
                    value={values.birthday}
                    onChange={(d) => {
                      set('birthday', d);
                      setBirthdayFromId(false);
                    }}
                    error={err('birthday')}
                    description={birthdayFromId ? t('clients.form.birthdayFromId') : undefined}
                    testId="client-form-birthday"
                  />
                </SimpleGrid>
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('clients.form.section.contact')}>
            <Stack gap="sm">
              <Text size="sm" fw={500}>
                {t('clients.field.phones')}
              </Text>
              {phonesMasked && (
                <RevealToEdit
                  hint={t('clients.form.phonesMasked')}
                  label={t('clients.form.revealToEdit')}
                  onReveal={() => void revealToEdit('phones')}
                  testId="client-form-reveal-phones"
                />
              )}
              {values.phones.map((p, i) => (
                <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput
                    value={p}
                    onChange={(e) => {
                      const phones = [...values.phones];
                      phones[i] = e.currentTarget.value;
                      set('phones', phones);
                    }}
                    readOnly={phonesMasked}
                    aria-label={`${t('clients.field.phones')} ${i + 1}`}
                    inputMode="tel"
                    error={err(`phones.${i}`) ?? (i === 0 ? err('phones') : undefined)}
                    styles={MONO}
                    style={{ flex: 1 }}
                    data-testid={`client-form-phone-${i}`}
                  />
                  {!phonesMasked && (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      onClick={() =>
                        set(
                          'phones',
                          values.phones.length > 1 ? values.phones.filter((_, j) => j !== i) : [''],
                        )
                      }
                      aria-label={t('clients.form.removePhone')}
                      data-testid={`client-form-remove-phone-${i}`}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  )}
                </Group>
              ))}
              {!phonesMasked && values.phones.length < MAX_PHONES && (
                <Group>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => set('phones', [...values.phones, ''])}
                    data-testid="client-form-add-phone"
                  >
                    {t('clients.form.addPhone')}
                  </Button>
                </Group>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('clients.field.email')}
                  type="email"
                  value={values.email}
                  onChange={(e) => set('email', e.currentTarget.value)}
                  error={err('email')}
                  data-testid="client-form-email"
                />
                <TextInput
                  label={t('clients.field.address')}
                  value={values.address}
                  onChange={(e) => set('address', e.currentTarget.value)}
                  error={err('address')}
                  data-testid="client-form-address"
                />
              </SimpleGrid>
              {!person && (
                <Stack gap="xs" data-testid="client-form-contacts">
                  <Text size="sm" fw={500}>
                    {t('clients.field.contacts')}
                  </Text>
                  {values.contacts.map((c, i) => {
                    const put = (patch: Partial<ContactRow>) =>
                      set(
                        'contacts',
                        values.contacts.map((row, j) => (j === i ? { ...row, ...patch } : row)),
                      );
                    return (
                      <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                        <TextInput
                          placeholder={t('clients.form.contactName')}
                          aria-label={t('clients.form.contactName')}
                          value={c.name}
                          onChange={(e) => put({ name: e.currentTarget.value })}
                          error={err(`contacts.${i}.name`)}
                          style={{ flex: 2 }}
                          data-testid={`client-form-contact-name-${i}`}
                        />
                        <TextInput
                          placeholder={t('clients.form.contactTitle')}
                          aria-label={t('clients.form.contactTitle')}
                          value={c.title}
                          onChange={(e) => put({ title: e.currentTarget.value })}
                          error={err(`contacts.${i}.title`)}
                          style={{ flex: 2 }}
                          data-testid={`client-form-contact-title-${i}`}
                        />
                        <TextInput
                          placeholder={t('clients.form.contactPhone')}
                          aria-label={t('clients.form.contactPhone')}
                          value={c.phone}
                          onChange={(e) => put({ phone: e.currentTarget.value })}
                          error={err(`contacts.${i}.phone`)}
                          inputMode="tel"
                          style={{ flex: 2 }}
                          data-testid={`client-form-contact-phone-${i}`}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="lg"
                          onClick={() =>
                            set(
                              'contacts',
                              values.contacts.filter((_, j) => j !== i),
                            )
                          }
                          aria-label={t('clients.form.removeContact')}
                          data-testid={`client-form-remove-contact-${i}`}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Group>
                    );
                  })}
                  {values.contacts.length < MAX_CONTACTS && (
                    <Group>
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconPlus size={14} />}
                        onClick={() =>
                          set('contacts', [...values.contacts, { name: '', title: '', phone: '' }])
                        }
                        data-testid="client-form-add-contact"
                      >
                        {t('clients.form.addContact')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('clients.form.section.id')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('clients.field.idType')}
                value={values.idType}
                onChange={(v) => set('idType', (v as IdType | null) ?? null)}
                data={ID_TYPES.map((k) => ({ value: k, label: t(`clients.idType.${k}`) }))}
                clearable
                error={err('idType')}
                data-testid="client-form-id-type"
                comboboxProps={{ withinPortal: true }}
              />
              <Stack gap={4}>
                <TextInput
                  label={t('clients.field.idNumber')}
                  value={values.idNumber}
                  onChange={(e) => onIdNumber(e.currentTarget.value)}
                  readOnly={idMasked}
                  error={err('idNumber') ?? idHint.error}
                  description={idHint.description}
                  styles={MONO}
                  autoComplete="off"
                  maxLength={40}
                  data-testid="client-form-id-number"
                  data-valid={idHint.valid ? 'true' : undefined}
                />
                {idMasked && (
                  <RevealToEdit
                    hint={t('clients.form.idMasked')}
                    label={t('clients.form.revealToEdit')}
                    onReveal={() => void revealToEdit('idNumber')}
                    testId="client-form-reveal-id"
                  />
                )}
              </Stack>
            </SimpleGrid>
          </Fieldset>

          <Fieldset legend={t('clients.form.section.membership')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t('clients.field.cardType')}
                value={values.cardType}
                onChange={(e) => set('cardType', e.currentTarget.value)}
                error={err('cardType')}
                data-testid="client-form-card-type"
              />
              <TextInput
                label={t('clients.field.cardNumber')}
                value={values.cardNumber}
                onChange={(e) => set('cardNumber', e.currentTarget.value)}
                error={err('cardNumber')}
                styles={MONO}
                autoComplete="off"
                data-testid="client-form-card-number"
              />
              <Select
                label={t('clients.field.membershipStatus')}
                value={values.membershipStatus}
                onChange={(v) => set('membershipStatus', (v as MembershipStatus | null) ?? null)}
                data={MEMBERSHIP_STATUSES.map((s) => ({
                  value: s,
                  label: t(`clients.status.${s}`),
                }))}
                clearable
                placeholder={t('clients.status.none')}
                error={err('membershipStatus')}
                data-testid="client-form-status"
                comboboxProps={{ withinPortal: true }}
              />
              <DayInput
                label={t('clients.field.membershipStart')}
                value={values.membershipStart}
                onChange={(d) => set('membershipStart', d)}
                error={err('membershipStart')}
                testId="client-form-start"
              />
              <DayInput
                label={t('clients.field.membershipExpiry')}
                value={values.membershipExpiry}
                onChange={(d) => set('membershipExpiry', d)}
                error={err('membershipExpiry')}
                testId="client-form-expiry"
              />
              <Select
                label={t('clients.field.consultantId')}
                value={values.consultantId}
                onChange={(v) => set('consultantId', v)}
                data={consultantData}
                clearable
                searchable
                placeholder={t('clients.form.consultantNone')}
                error={err('consultantId')}
                data-testid="client-form-consultant"
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
            <Stack gap={4} mt="sm">
              <Text size="sm" fw={500}>
                {t('clients.field.creditGrade')}
              </Text>
              <SegmentedControl
                value={values.creditGrade ?? ''}
                onChange={(v) => set('creditGrade', (v || null) as CreditGrade | null)}
                data={CREDIT_GRADES.map((g) => ({ value: g, label: g }))}
                w={240}
                data-testid="client-form-grade"
              />
              {err('creditGrade') && (
                <Text size="xs" c="red">
                  {err('creditGrade')}
                </Text>
              )}
            </Stack>
          </Fieldset>

          <Fieldset legend={t('clients.form.section.notes')}>
            <Stack gap="sm">
              <TagsInput
                label={t('clients.field.tags')}
                description={t('clients.form.tagsHint')}
                value={values.tags}
                onChange={(v) => set('tags', v)}
                maxTags={12}
                clearable
                error={err('tags')}
                data-testid="client-form-tags"
              />
              <TextInput
                label={t('clients.field.alertNote')}
                value={values.alertNote}
                onChange={(e) => set('alertNote', e.currentTarget.value)}
                maxLength={200}
                error={err('alertNote')}
                data-testid="client-form-alert-note"
              />
              <Textarea
                label={t('clients.field.notes')}
                value={values.notes}
                onChange={(e) => set('notes', e.currentTarget.value)}
                rows={4}
                error={err('notes')}
                data-testid="client-form-notes"
              />
            </Stack>
          </Fieldset>

          {withSecrecy && (
            <Fieldset legend={t('clients.form.section.secrecy')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Select
                  label={t('clients.field.secrecy')}
                  description={t('clients.form.secrecyHint')}
                  value={values.secrecy}
                  onChange={(v) => set('secrecy', (v as SecrecyLevel | null) ?? 'none')}
                  data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`clients.secrecy.${s}`) }))}
                  allowDeselect={false}
                  error={err('secrecy')}
                  data-testid="client-form-secrecy"
                  comboboxProps={{ withinPortal: true }}
                />
                {values.secrecy !== 'none' && (
                  <DayInput
                    label={t('clients.field.secrecyUntil')}
                    description={t('clients.form.secrecyUntilHint')}
                    value={values.secrecyUntil}
                    onChange={(d) => set('secrecyUntil', d)}
                    error={err('secrecyUntil')}
                    testId="client-form-secrecy-until"
                  />
                )}
              </SimpleGrid>
            </Fieldset>
          )}

          {alertError && (
            <Alert color="red" variant="light" role="alert" data-testid="client-form-error">
              <Stack gap="xs">
                <Text size="sm">
                  {clientErrorText(t, alertError, { role: t(`role.${session.role}`) })}
                </Text>
                {alertError.reason === 'clients.stale' && (
                  <Group>
                    <Button
                      size="xs"
                      variant="white"
                      color="red"
                      onClick={() => {
                        void reload();
                        onClose();
                      }}
                      data-testid="client-form-reload"
                    >
                      {t('clients.form.reload')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-testid="client-form-cancel">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="client-form-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
