import { Avatar, Group, Menu, Modal, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconBell,
  IconBellOff,
  IconChevronDown,
  IconKey,
  IconLogout,
  IconMoon,
  IconSun,
  IconSunMoon,
  IconUsers,
  IconVolume,
  IconVolumeOff,
} from '@tabler/icons-react';
import type { ColorScheme, SessionView } from '../../../shared/contract/views';
import { ChangePinForm } from '../features/auth/ChangePinForm';
import { useSessionStore } from '../features/auth/store';
import { useT } from './i18n';
import { playTone, useNoticeSound } from './live/noticeSound';
import { playScanTone, useScanSound } from './live/scanSound';

/**
 * This PC's sounds, for whoever sits at it (the settings page is the admin's): a desk by a
 * quiet waiting area, or with a scanner that beeps itself, turns them off here.
 */
function PcSounds() {
  const t = useT();
  const notice = useNoticeSound();
  const scan = useScanSound();
  return (
    <>
      <Menu.Label>{t('live.sound.title')}</Menu.Label>
      <Menu.Item
        closeMenuOnClick={false}
        leftSection={notice.on ? <IconBell size={16} /> : <IconBellOff size={16} />}
        onClick={() => {
          notice.setOn(!notice.on);
          // Heard once on turning it on, so the person knows what it sounds like.
          if (!notice.on) playTone();
        }}
        aria-checked={notice.on}
        role="menuitemcheckbox"
        data-testid="menu-notice-sound"
      >
        {t(notice.on ? 'live.menu.noticeOn' : 'live.menu.noticeOff')}
      </Menu.Item>
      <Menu.Item
        closeMenuOnClick={false}
        leftSection={scan.on ? <IconVolume size={16} /> : <IconVolumeOff size={16} />}
        onClick={() => {
          scan.setOn(!scan.on);
          if (!scan.on) playScanTone('accepted', true);
        }}
        aria-checked={scan.on}
        role="menuitemcheckbox"
        data-testid="menu-scan-sound"
      >
        {t(scan.on ? 'live.menu.scanOn' : 'live.menu.scanOff')}
      </Menu.Item>
    </>
  );
}

export function UserMenu({ session }: { session: SessionView }) {
  const t = useT();
  const { switchUser, logout, setPreferences } = useSessionStore();
  const [pinOpen, pin] = useDisclosure(false);
  const scheme = (s: ColorScheme) => void setPreferences({ colorScheme: s });
  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md">
        <Menu.Target>
          <UnstyledButton data-testid="user-menu" aria-label={t('shell.menu')}>
            <Group gap="xs" wrap="nowrap">
              <Avatar color="teal" radius="xl" size={34}>
                {session.displayName.slice(0, 1)}
              </Avatar>
              <div style={{ lineHeight: 1.15 }}>
                <Text size="xs" c="dimmed">
                  {t('shell.onDuty')}
                </Text>
                <Text fw={600} size="sm" data-testid="on-duty-name">
                  {session.displayName} · {t(`role.${session.role}`)}
                </Text>
              </div>
              <IconChevronDown size={16} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={pin.open}>
            {t('shell.changePin')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconUsers size={16} />}
            onClick={() => void switchUser()}
            data-testid="menu-switch-user"
          >
            {t('shell.switchUser')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('shell.theme')}</Menu.Label>
          <Menu.Item leftSection={<IconSun size={16} />} onClick={() => scheme('light')}>
            {t('shell.theme.light')}
          </Menu.Item>
          <Menu.Item leftSection={<IconMoon size={16} />} onClick={() => scheme('dark')}>
            {t('shell.theme.dark')}
          </Menu.Item>
          <Menu.Item leftSection={<IconSunMoon size={16} />} onClick={() => scheme('auto')}>
            {t('shell.theme.auto')}
          </Menu.Item>
          <Menu.Divider />
          <PcSounds />
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={16} />}
            onClick={() => void logout()}
            data-testid="menu-sign-out"
          >
            {t('shell.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={pinOpen} onClose={pin.close} title={t('shell.changePin')}>
        <ChangePinForm
          onDone={() => {
            pin.close();
            notifications.show({ color: 'teal', message: t('changePin.done') });
          }}
        />
      </Modal>
    </>
  );
}
