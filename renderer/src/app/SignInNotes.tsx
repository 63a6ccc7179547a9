import { Alert, Badge, Button, Group, Text } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { SessionView } from '../../../shared/contract/views';
import { signInKey, unreadFor, unseenFor, useMessagesStore } from '../features/desk/messagesStore';
import { useT } from './i18n';
import { go, type Route } from './route';

/**
 * New unread notes, one line, once: closing it, opening the book or going to another page
 * counts as seen, and from then on the badge beside 前台接待 carries the count.
 * The reception screen has its own line next to the message book.
 */
export function SignInNotes({ session, route }: { session: SessionView; route: Route }) {
  const t = useT();
  const signIn = signInKey(session);
  const count = useMessagesStore((s) => unseenFor(s.messages, s.seen, session).length);
  const markSeen = useMessagesStore((s) => s.markSeen);
  const shownOn = useRef(route);

  useEffect(() => {
    void useMessagesStore.getState().load();
  }, [signIn]);
  // Leaving a page is having seen its banner (a ref, not a cleanup: StrictMode remounts).
  useEffect(() => {
    if (shownOn.current === route) return;
    shownOn.current = route;
    useMessagesStore.getState().markSeen(signIn, session.staffId);
  }, [route, signIn, session.staffId]);

  if (route === 'desk' || count === 0) return null;
  const seen = () => markSeen(signIn, session.staffId);
  return (
    <Alert
      color="yellow"
      py={6}
      icon={<IconMessages size={18} />}
      withCloseButton
      onClose={seen}
      mb="md"
      data-testid="signin-notes"
    >
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" fw={600}>
          {t('waiver.notes.title', { count })}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            seen();
            go('desk');
          }}
          data-testid="signin-notes-open"
        >
          {t('waiver.notes.open')}
        </Button>
      </Group>
    </Alert>
  );
}

/** The unread count beside 前台接待 in the navigation, on every page. */
export function UnreadNavBadge({ staffId }: { staffId: string }) {
  const count = useMessagesStore((s) => unreadFor(s.messages, staffId).length);
  if (count === 0) return null;
  return (
    <Badge size="sm" color="red" circle data-testid="nav-unread">
      {count}
    </Badge>
  );
}
