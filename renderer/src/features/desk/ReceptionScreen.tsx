import { Button, Grid, Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconDoorExit, IconHelp, IconMessageReport, IconPhoneCall } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeskLookupEntry } from '../../../../shared/contract/deskViews';
import type { SessionView } from '../../../../shared/contract/views';
import type { MessageKey } from '../../../../shared/i18n';
import { useT } from '../../app/i18n';
import { rolesFor } from '../../app/nav';
import { PageHeader } from '../../app/PageHeader';
import { useStaffDirectoryStore } from '../clients/store';
import { CallModal } from './CallModal';
import { CheckInPanel } from './CheckInPanel';
import { CountsStrip } from './CountsStrip';
import { LookupPanel } from './LookupPanel';
import { MessageDrawer, MessagesButton, UnreadBanner } from './MessageBook';
import { useMessagesStore } from './messagesStore';
import { RotationStrip } from './RotationStrip';
import { useCountsStore } from './countsStore';
import { useRotationStore } from './rotationStore';
import { useCheckInStore, useLookupStore } from './store';
import { TagPromptModal } from './TagPrompt';
import { TagsBoard } from './TagsBoard';
import { useScanner } from './useScanner';
import { useTagsStore } from './tagsStore';
import { NewVisitorModal, VisitorsPanel } from './VisitorsPanel';
import { useVisitorsStore } from './visitorsStore';
import { SAFETY_NET_MS } from '../../app/live/connectionStore';
import { playScanTone } from '../../app/live/scanSound';
import { scanToneFor } from './scanTone';
import type { Module } from '../../../../shared/domain/modules';
import { useModules } from '../settings/store';
import { useIntakeStore } from '../complaints/intakeStore';

/** Main pushes every change; reading again now and then is only a safety net. */
export const REFRESH_MS = SAFETY_NET_MS;

/** The desk's keys, each with the module it works in (null: every desk has it). */
const SHORTCUTS: [string[], MessageKey, Module | null][] = [
  [['F2'], 'deskui.help.checkIn', 'handTags'],
  [['F3'], 'deskui.help.checkOut', 'handTags'],
  [['F4'], 'deskui.help.visitor', 'visitors'],
  [['F5'], 'deskui.help.call', null],
  [['F6'], 'deskui.help.drink', 'handTags'],
  [['F7'], 'complaint.intake.title', null],
  [['F8'], 'deskui.help.settle', 'handTags'],
  [['Ctrl', 'L'], 'deskui.help.lock', null],
  [['?', 'F1'], 'deskui.help.help', null],
  [['Enter'], 'deskui.help.enter', null],
  [['Esc'], 'deskui.help.escape', null],
];

/** The keys this site's modules use: an office's help lists no hand-tag keys. */
function shortcutsFor(modules: readonly Module[]): [string[], MessageKey][] {
  return SHORTCUTS.filter(([, , m]) => m === null || modules.includes(m)).map(([k, l]) => [k, l]);
}

/** Reads what this screen shows; a module the site does not use is neither shown nor read. */
function reloadAll(deskRole: boolean, modules: readonly Module[]) {
  if (modules.includes('handTags')) void useTagsStore.getState().load();
  void useCountsStore.getState().load();
  if (modules.includes('consultants')) void useRotationStore.getState().load();
  void useMessagesStore.getState().load();
  if (deskRole && modules.includes('visitors')) void useVisitorsStore.getState().load();
}

function HelpOverlay({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const modules = useModules();
  return (
    <Modal opened={opened} onClose={onClose} title={t('deskui.help.title')} data-testid="desk-help">
      <Table>
        <Table.Tbody>
          {shortcutsFor(modules).map(([keys, label]) => (
            <Table.Tr key={label}>
              <Table.Td>
                <Group gap={4}>
                  {keys.map((k) => (
                    <Kbd key={k}>{k}</Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{t(label)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        {t('deskui.help.scan')}
      </Text>
    </Modal>
  );
}

export function ReceptionScreen({ session }: { session: SessionView }) {
  const t = useT();
  const lookupRef = useRef<HTMLInputElement>(null);
  const [modal, setModal] = useState<'visitor' | 'call' | 'checkout' | 'drink' | 'help' | null>(
    null,
  );
  const [messagesOpen, setMessagesOpen] = useState(false);
  const desk = rolesFor('visitors.register');
  const deskRole = desk !== 'public' && desk.includes(session.role);
  const modules = useModules();
  const tags = modules.includes('handTags');
  const visitors = modules.includes('visitors');
  const rotation = modules.includes('consultants');

  const focusLookup = useCallback(() => {
    lookupRef.current?.focus();
    lookupRef.current?.select();
  }, []);

  const pick = useCallback((entry: DeskLookupEntry) => {
    useCheckInStore.getState().select(entry);
    useLookupStore.getState().clear();
  }, []);

  /** A prompt left without doing anything: back to the lookup box. */
  const cancelModal = useCallback(() => {
    setModal(null);
    focusLookup();
  }, [focusLookup]);

  const afterCheckIn = useCallback(() => {
    void useTagsStore.getState().load();
    void useCountsStore.getState().load();
    focusLookup();
  }, [focusLookup]);

  useEffect(() => {
    reloadAll(deskRole, modules);
    if (modules.includes('handTags')) void useTagsStore.getState().loadPrices();
    void useStaffDirectoryStore.getState().load();
    const timer = setInterval(() => reloadAll(deskRole, modules), REFRESH_MS);
    return () => clearInterval(timer);
  }, [deskRole, modules]);

  // On leaving the screen only: a change of modules must not drop the member on the panel.
  useEffect(
    () => () => {
      useLookupStore.getState().clear();
      // Who checked in last is not for the next person at this PC to see.
      useCheckInStore.getState().reset();
      useTagsStore.getState().close();
    },
    [],
  );

  // A scan into the lookup box itself (its own Enter ends the burst) sounds the same.
  const onScanned = useCallback((found: DeskLookupEntry | undefined) => {
    playScanTone(scanToneFor(found));
  }, []);

  // A scan anywhere, the tag box included, looks the card up and opens that member.
  const onScan = useCallback(
    (code: string) => {
      if (!tags) return;
      const lookup = useLookupStore.getState();
      lookup.setQuery(code);
      focusLookup();
      void lookup.flush().then((found) => {
        playScanTone(scanToneFor(found[0]));
        if (found[0]) pick(found[0]);
      });
    },
    [focusLookup, pick, tags],
  );
  useScanner(onScan, lookupRef);

  // Function keys work from anywhere, fields included; "?" only outside text fields.
  useHotkeys(
    [
      ['F1', () => setModal('help')],
      ['F2', focusLookup],
      ['F3', () => tags && setModal('checkout')],
      ['F4', () => deskRole && visitors && setModal('visitor')],
      ['F5', () => deskRole && setModal('call')],
      // With a tag's drawer open, F6 belongs to the drawer (its drink picker).
      ['F6', () => tags && !useTagsStore.getState().open && setModal('drink')],
      ['F7', () => useIntakeStore.getState().open({ channel: 'desk' })],
    ],
    [],
  );
  useHotkeys([
    ['shift+?', () => setModal('help')],
    ['?', () => setModal('help')],
  ]);

  return (
    <>
      <PageHeader
        title={t('deskui.title')}
        actions={
          <>
            <MessagesButton staffId={session.staffId} onOpen={() => setMessagesOpen(true)} />
            {deskRole && (
              <Button
                variant="light"
                leftSection={<IconPhoneCall size={18} />}
                onClick={() => setModal('call')}
                data-testid="call-new"
              >
                {t('deskui.call.new')} (F5)
              </Button>
            )}
            <Button
              variant="light"
              color="red"
              leftSection={<IconMessageReport size={18} />}
              onClick={() => useIntakeStore.getState().open({ channel: 'desk' })}
              data-testid="complaint-new"
            >
              {t('complaint.intake.shortcut')}
            </Button>
            <Button
              variant="subtle"
              leftSection={<IconHelp size={18} />}
              onClick={() => setModal('help')}
              data-testid="desk-help-open"
            >
              {t('deskui.help.open')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <UnreadBanner session={session} onOpen={() => setMessagesOpen(true)} />
        <CountsStrip
          actions={
            tags && (
              <Button
                variant="default"
                leftSection={<IconDoorExit size={18} />}
                onClick={() => setModal('checkout')}
                data-testid="checkout-by-tag"
              >
                {t('deskui.checkout.byTag')} (F3)
              </Button>
            )
          }
        />
        <Grid gap="md">
          {tags && (
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="md">
                <LookupPanel inputRef={lookupRef} onPick={pick} onScanned={onScanned} />
                <CheckInPanel onDone={afterCheckIn} />
              </Stack>
            </Grid.Col>
          )}
          {(rotation || (deskRole && visitors)) && (
            <Grid.Col span={{ base: 12, lg: tags ? 5 : 8 }}>
              <Stack gap="md">
                {rotation && <RotationStrip canManage={deskRole} />}
                {deskRole && visitors && (
                  <VisitorsPanel onNew={() => setModal('visitor')} canManage={deskRole} />
                )}
              </Stack>
            </Grid.Col>
          )}
          {tags && (
            <Grid.Col span={12}>
              <TagsBoard />
            </Grid.Col>
          )}
        </Grid>
      </Stack>
      <NewVisitorModal
        opened={modal === 'visitor'}
        onClose={cancelModal}
        onRegistered={() => setModal(null)}
      />
      <CallModal opened={modal === 'call'} onClose={() => setModal(null)} />
      <TagPromptModal
        mode={modal === 'checkout' || modal === 'drink' ? modal : null}
        onClose={() => setModal(null)}
        onCancel={cancelModal}
      />
      <HelpOverlay opened={modal === 'help'} onClose={() => setModal(null)} />
      <MessageDrawer
        opened={messagesOpen}
        onClose={() => setMessagesOpen(false)}
        staffId={session.staffId}
      />
    </>
  );
}
