import { BlockAlertBox } from './VisitorsPanel';
import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  IconBan,
  IconCake,
  IconCircleCheck,
  IconDoorExit,
  IconLogin2,
  IconShieldLock,
  IconSignature,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { BLOCKED_STATUSES } from '../../../../shared/domain/desk';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { ClientCard } from '../clients/ClientBits';
import { MemberPhoto } from '../clients/MemberPhoto';
import { hhmm } from './format';
import { PinFields, pinReady, type PinValue } from './PinFields';
import { WaiverModal } from '../waiver/WaiverModal';
import { useWaiverStore } from '../waiver/store';
import { markWaiverSigned, useCheckInStore } from './store';
import { useTagsStore } from './tagsStore';

const NO_PIN: PinValue = { username: '', pin: '' };

/** No member on the panel: the last check-in's tag to hand over, or the last check-out. */
function IdlePanel() {
  const t = useT();
  const { done, checkedOut } = useCheckInStore();
  let body = (
    <Text c="dimmed" ta="center" py="lg">
      {t('deskui.checkin.empty')}
    </Text>
  );
  if (done)
    body = (
      <Alert
        color="teal"
        icon={<IconCircleCheck size={20} />}
        title={t('deskui.checkin.doneTitle', { name: done.summary.name })}
        data-testid="checkin-done"
      >
        {t('deskui.checkin.doneTag')}{' '}
        <Text span fz={28} fw={800} data-testid="checkin-done-tag">
          {done.checkIn.tagNumber ?? '—'}
        </Text>
      </Alert>
    );
  else if (checkedOut)
    body = (
      <Alert
        color="violet"
        icon={<IconDoorExit size={20} />}
        title={t('deskui.checkout.doneTitle', { name: checkedOut.name ?? t('deskui.tags.guest') })}
        data-testid="checkout-done"
      >
        {checkedOut.tagNumber ? (
          <>
            {t('deskui.checkout.doneTag')}{' '}
            <Text span fz={28} fw={800} data-testid="checkout-done-tag">
              {checkedOut.tagNumber}
            </Text>
          </>
        ) : (
          t('deskui.checkout.doneNoTag')
        )}
      </Alert>
    );
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="checkin-panel">
      {body}
    </Paper>
  );
}

/** The member's card, what is wrong, the tag to lend, and Confirm (Enter). */
export function CheckInPanel({ onDone }: { onDone: () => void }) {
  const t = useT();
  const { entry, busy, error, skipped, checkIn, close } = useCheckInStore();
  const [tag, setTag] = useState('');
  const [manager, setManager] = useState<PinValue>(NO_PIN);
  const [reason, setReason] = useState('');
  const tagInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setTag('');
    setManager(NO_PIN);
    setReason('');
    if (entry && !entry.onSite) tagInput.current?.focus();
  }, [entry?.summary.id, entry?.onSite]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!entry) return <IdlePanel />;

  const s = entry.summary;
  const blocked =
    (s.status !== null && BLOCKED_STATUSES.includes(s.status)) ||
    error?.reason === 'desk.statusBlocked';
  const overrideOk = pinReady(manager) && reason.trim().length >= 2;

  const confirm = async () => {
    if (blocked || busy) return;
    if (await checkIn(tag)) onDone();
  };
  const override = async () => {
    if (!overrideOk || busy) return;
    const r = await checkIn(tag, {
      overrideStaff: manager.username.trim(),
      overridePin: manager.pin,
      overrideReason: reason.trim(),
    });
    if (r) onDone();
  };
  const checkOut = async () => {
    if (!entry.onSite) return;
    const tags = useTagsStore.getState();
    await tags.openTag({
      checkInId: entry.onSite.checkInId,
      tagNumber: entry.onSite.tagNumber,
      memberName: s.name,
      since: entry.onSite.since,
    });
    // On success the store clears the panel and says the member has left.
    if (await useTagsStore.getState().checkOut()) onDone();
  };

  return (
    <Paper withBorder radius="lg" p="lg" data-testid="checkin-panel">
      <Stack gap="md">
        {skipped && (
          <Alert color="yellow" py={6} data-testid="checkin-skipped">
            {t('deskui.checkin.skipped', { name: skipped })}
          </Alert>
        )}
        <ClientCard client={s} photo={<MemberPhoto client={s} />} />
        {/* Main decides (the file's birthday, else the PRC ID's); the desk greets, not just badges. */}
        {s.alerts.some((a) => a.kind === 'birthday') && (
          <Alert
            color="pink"
            icon={<IconCake size={20} />}
            title={t('deskui.checkin.birthdayTitle', { name: s.name })}
            data-testid="checkin-birthday"
          >
            {t('deskui.checkin.birthdayBody')}
          </Alert>
        )}
        {entry.blockAlert && <BlockAlertBox alert={entry.blockAlert} />}
        {entry.waiverMissing && (
          <Alert
            color="orange"
            icon={<IconSignature size={20} />}
            title={t('waiver.missing')}
            data-testid="checkin-waiver-missing"
          >
            <Group justify="space-between">
              <Text size="sm">{t('waiver.missingBody')}</Text>
              <Button
                color="orange"
                onClick={() => void useWaiverStore.getState().open(s.id, s.name)}
                data-testid="checkin-waiver-sign"
              >
                {t('waiver.signButton')}
              </Button>
            </Group>
          </Alert>
        )}
        <WaiverModal onSigned={markWaiverSigned} />
        {entry.onSite ? (
          <Alert
            color="violet"
            icon={<IconLogin2 size={20} />}
            title={t('deskui.checkin.alreadyIn')}
            data-testid="checkin-already-in"
          >
            <Group justify="space-between">
              <Text>
                {t('deskui.checkin.alreadyInBody', { time: hhmm(entry.onSite.since) })}{' '}
                <Text span fz={24} fw={800} data-testid="checkin-current-tag">
                  {entry.onSite.tagNumber ?? '—'}
                </Text>
              </Text>
              <Button
                color="violet"
                leftSection={<IconDoorExit size={18} />}
                onClick={() => void checkOut()}
                data-testid="checkin-checkout"
              >
                {t('deskui.checkin.checkOut')}
              </Button>
            </Group>
          </Alert>
        ) : (
          <>
            {blocked && (
              <Alert
                color="red"
                variant="filled"
                icon={<IconBan size={22} />}
                title={t('deskui.checkin.refused')}
                data-testid="checkin-refused"
              >
                {t('deskui.checkin.refusedBody', {
                  status: t(s.status ? `clients.status.${s.status}` : 'clients.status.none'),
                })}
              </Alert>
            )}
            <Group align="flex-end">
              <TextInput
                ref={tagInput}
                label={t('deskui.checkin.tag')}
                placeholder={t('deskui.checkin.tagPlaceholder')}
                value={tag}
                onChange={(e) => setTag(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                    e.preventDefault();
                    void confirm();
                  } else if (e.key === 'Escape') close();
                }}
                size="lg"
                w={200}
                maxLength={10}
                autoComplete="off"
                data-testid="checkin-tag"
              />
              <Button
                size="lg"
                color="teal"
                leftSection={<IconLogin2 size={20} />}
                disabled={blocked}
                loading={busy && !blocked}
                onClick={() => void confirm()}
                data-testid="checkin-confirm"
              >
                {t('deskui.checkin.confirm')}
              </Button>
              <Button size="lg" variant="default" onClick={close} data-testid="checkin-cancel">
                {t('deskui.cancel')}
              </Button>
            </Group>
            {blocked && (
              <Paper withBorder p="md" radius="md" data-testid="checkin-override">
                <Group gap="xs" mb="xs">
                  <IconShieldLock size={18} />
                  <Title order={5}>{t('deskui.checkin.override')}</Title>
                </Group>
                <Text size="sm" c="dimmed" mb="xs">
                  {t('deskui.checkin.overrideHint')}
                </Text>
                <Stack gap="xs">
                  <PinFields
                    value={manager}
                    onChange={setManager}
                    prefix="checkin-override"
                    userLabel={t('deskui.pin.manager')}
                    onSubmit={() => void override()}
                  />
                  <Textarea
                    label={t('deskui.reason')}
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    maxLength={300}
                    rows={1}
                    data-testid="checkin-override-reason"
                  />
                  <Group>
                    <Button
                      color="red"
                      disabled={!overrideOk}
                      loading={busy}
                      onClick={() => void override()}
                      data-testid="checkin-override-submit"
                    >
                      {t('deskui.checkin.overrideSubmit')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            )}
          </>
        )}
        {error?.reason !== 'desk.statusBlocked' && <ErrorAlert error={error} />}
      </Stack>
    </Paper>
  );
}
