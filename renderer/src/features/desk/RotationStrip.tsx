import { Badge, Button, Group, Menu, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ConsultantStatus } from '../../../../shared/domain/rotation';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { PinFields, pinReady, type PinValue } from './PinFields';
import { useRotationStore } from './rotationStore';

const STATUS_COLOR: Record<ConsultantStatus, string> = {
  available: 'teal',
  withVisitor: 'blue',
  out: 'gray',
};

/** 轮值: today's order of turns, who is next, and a consultant's own sign-in. */
export function RotationStrip({ canManage }: { canManage: boolean }) {
  const t = useT();
  const { view, error, setStatus, signIn } = useRotationStore();
  const [signing, setSigning] = useState(false);
  const [who, setWho] = useState<PinValue>({ username: '', pin: '' });
  const [signError, setSignError] = useState<AppErrorShape | null>(null);

  const submit = async () => {
    const e = await signIn(who.username, who.pin);
    setSignError(e);
    if (!e) {
      setSigning(false);
      setWho({ username: '', pin: '' });
    }
  };

  return (
    <Paper withBorder radius="lg" p="md" data-testid="rotation-strip">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('deskui.rotation.title')}</Title>
        {canManage && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconUserCheck size={16} />}
            onClick={() => {
              setSignError(null);
              setSigning(true);
            }}
            data-testid="rotation-signin"
          >
            {t('deskui.rotation.signIn')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={error} />
      {!view || view.consultants.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('deskui.rotation.none')}
        </Text>
      ) : (
        <Group gap="xs">
          {view.consultants.map((c) => (
            <Menu key={c.staffId} disabled={!canManage} withinPortal>
              <Menu.Target>
                <Paper
                  withBorder
                  radius="md"
                  px="sm"
                  py={6}
                  style={{
                    cursor: canManage ? 'pointer' : undefined,
                    borderColor: c.isNext ? 'var(--mantine-color-teal-6)' : undefined,
                    borderWidth: c.isNext ? 2 : undefined,
                  }}
                  data-testid={c.isNext ? 'rotation-next' : `rotation-${c.staffId}`}
                  data-staff={c.staffId}
                >
                  <Group gap={6} wrap="nowrap">
                    <Text fw={700} c="dimmed">
                      {c.rank}
                    </Text>
                    <Text fw={600}>{c.displayName}</Text>
                    <Badge size="sm" color={STATUS_COLOR[c.status]} variant="light">
                      {t(`deskui.rotation.status.${c.status}`)}
                      {c.outReason ? ` · ${c.outReason}` : ''}
                    </Badge>
                    {c.isNext && (
                      <Badge size="sm" color="teal" variant="filled">
                        {t('deskui.rotation.next')}
                      </Badge>
                    )}
                  </Group>
                </Paper>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  onClick={() => void setStatus(c.staffId, 'available')}
                  data-testid="rotation-set-available"
                >
                  {t('deskui.rotation.setAvailable')}
                </Menu.Item>
                <Menu.Item
                  onClick={() => void setStatus(c.staffId, 'out', t('deskui.rotation.meal'))}
                  data-testid="rotation-set-meal"
                >
                  {t('deskui.rotation.setMeal')}
                </Menu.Item>
                <Menu.Item
                  onClick={() => void setStatus(c.staffId, 'out', t('deskui.rotation.offSite'))}
                  data-testid="rotation-set-out"
                >
                  {t('deskui.rotation.setOffSite')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ))}
        </Group>
      )}
      <Modal
        opened={signing}
        onClose={() => setSigning(false)}
        title={t('deskui.rotation.signInTitle')}
        data-testid="rotation-signin-modal"
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t('deskui.rotation.signInHint')}
          </Text>
          <PinFields value={who} onChange={setWho} prefix="rotation-signin" />
          <ErrorAlert error={signError} />
          <Button
            disabled={!pinReady(who)}
            onClick={() => void submit()}
            data-testid="rotation-signin-submit"
          >
            {t('deskui.rotation.signInSubmit')}
          </Button>
        </Stack>
      </Modal>
    </Paper>
  );
}
