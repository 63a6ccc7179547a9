import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { SessionView } from '../../../shared/contract/views';
import { unreadFor, useMessagesStore } from '../features/desk/messagesStore';
import { useT } from './i18n';
import { go, type Route } from './route';

/**
 * Unread notes, on every screen, once per sign-in: dismissed until the next sign-in.
 * Not on the reception screen, which has its own banner next to the message book.
 */
export function SignInNotes({ session, route }: { session: SessionView; route: Route }) {
  const t = useT();
  const signIn = `${session.staffId}@${session.startedAt}`;
  const count = useMessagesStore((s) => unreadFor(s.messages, session.staffId).length);
  const dismissed = useMessagesStore((s) => s.signInNoticeDismissed === signIn);
  const dismiss = useMessagesStore((s) => s.dismissSignInNotice);

  useEffect(() => {
    void useMessagesStore.getState().load();
  }, [signIn]);

  if (route === 'desk' || count === 0 || dismissed) return null;
  return (
    <Alert
      color="yellow"
      icon={<IconMessages size={20} />}
      title={t('waiver.notes.title', { count })}
      withCloseButton
      onClose={() => dismiss(signIn)}
      mb="md"
      data-testid="signin-notes"
    >
      <Stack gap="xs">
        <Text size="sm">{t('waiver.notes.body')}</Text>
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              dismiss(signIn);
              go('desk');
            }}
            data-testid="signin-notes-open"
          >
            {t('waiver.notes.open')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
