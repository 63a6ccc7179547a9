import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BlockAlert } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { CallRoute } from '../../../../shared/domain/rotation';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError, unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { useStaffDirectoryStore } from '../clients/store';
import { useMessagesStore } from './messagesStore';
import { StaffSelect } from './StaffSelect';
import { BlockAlertBox } from './VisitorsPanel';
import { useIntakeStore } from '../complaints/intakeStore';

const NEXT_SHIFT = '__next__';
/** The inputs that show main's field errors; any other named field goes to the alert. */
const CALL_FIELDS = ['callerName', 'callbackPhone', 'purpose', 'toStaffId'];

/** 来电登记: who called, the number to call back, why; to the rotation or as a message. */
export function CallModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const recordCall = useMessagesStore((s) => s.recordCall);
  const staff = useStaffDirectoryStore((s) => s.entries);
  const [caller, setCaller] = useState('');
  const [phone, setPhone] = useState('');
  const [purpose, setPurpose] = useState('');
  const [appointment, setAppointment] = useState(false);
  const [route, setRoute] = useState<CallRoute>('rotation');
  const [to, setTo] = useState<string>(NEXT_SHIFT);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; block: BlockAlert | null } | null>(null);
  useEffect(() => {
    if (!opened) return;
    setCaller('');
    setPhone('');
    setPurpose('');
    setAppointment(false);
    setRoute('rotation');
    setTo(NEXT_SHIFT);
    setError(null);
    setOutcome(null);
  }, [opened]);

  const ready = caller.trim() !== '' && phone.trim().length >= 4 && purpose.trim() !== '';
  const submit = async () => {
    if (!ready || busy) return;
    setBusy(true);
    const r = await recordCall({
      callerName: caller.trim(),
      callbackPhone: phone.trim(),
      purpose: purpose.trim(),
      appointment,
      route,
      ...(route === 'message' ? { toStaffId: to === NEXT_SHIFT ? null : to } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const c = r.data.call;
    const text =
      c.route === 'rotation'
        ? c.consultantName
          ? t('deskui.call.routed', { name: c.consultantName })
          : t('deskui.call.noneFree')
        : t('deskui.call.messageLeft');
    setOutcome({ text, block: r.data.blockAlert });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('deskui.call.title')}
      size="lg"
      data-testid="call-modal"
    >
      {outcome ? (
        <Stack>
          {outcome.block && <BlockAlertBox alert={outcome.block} />}
          <Alert color="teal" data-testid="call-outcome">
            {outcome.text}
          </Alert>
          <Button onClick={onClose} data-testid="call-outcome-close">
            {t('deskui.close')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Group grow>
            <TextInput
              label={t('deskui.call.caller')}
              value={caller}
              onChange={(e) => setCaller(e.currentTarget.value)}
              maxLength={60}
              data-autofocus
              error={fieldError(t, error, 'callerName')}
              data-testid="call-caller"
            />
            <TextInput
              label={t('deskui.call.phone')}
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
              maxLength={20}
              error={fieldError(t, error, 'callbackPhone')}
              data-testid="call-phone"
            />
          </Group>
          <Textarea
            label={t('deskui.call.purpose')}
            value={purpose}
            onChange={(e) => setPurpose(e.currentTarget.value)}
            maxLength={500}
            rows={2}
            error={fieldError(t, error, 'purpose')}
            data-testid="call-purpose"
          />
          <Checkbox
            label={t('deskui.call.appointment')}
            checked={appointment}
            onChange={(e) => setAppointment(e.currentTarget.checked)}
            data-testid="call-appointment"
          />
          <SegmentedControl
            value={route}
            onChange={(v) => setRoute(v as CallRoute)}
            data={[
              { value: 'rotation', label: t('deskui.call.route.rotation') },
              { value: 'message', label: t('deskui.call.route.message') },
            ]}
            data-testid="call-route"
          />
          {route === 'message' && (
            <StaffSelect
              label={t('deskui.call.to')}
              staff={staff}
              extra={[{ value: NEXT_SHIFT, label: t('deskui.msg.nextShift') }]}
              value={to}
              onChange={(v) => setTo(v ?? NEXT_SHIFT)}
              error={fieldError(t, error, 'toStaffId')}
              testId="call-to"
            />
          )}
          <Text size="xs" c="dimmed">
            {t('deskui.call.hint')}
          </Text>
          <ErrorAlert error={unmarkedError(error, CALL_FIELDS)} />
          <Group grow>
            <Button
              variant="light"
              color="red"
              onClick={() => {
                // A complaint by phone is a case, not a call to pass on: the intake takes it over.
                onClose();
                useIntakeStore.getState().open({
                  channel: 'phone',
                  contactName: caller.trim(),
                  callBackPhone: phone.trim(),
                  summary: purpose.trim(),
                });
              }}
              data-testid="call-as-complaint"
            >
              {t('complaint.fromCall')}
            </Button>
            <Button
              disabled={!ready}
              loading={busy}
              onClick={() => void submit()}
              data-testid="call-submit"
            >
              {t('deskui.call.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
