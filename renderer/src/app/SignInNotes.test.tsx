import { MantineProvider } from '@mantine/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MessageView } from '../../../shared/contract/receptionViews';
import { fail, ok, sessionAs } from '../features/clients/fixtures';
import { useMessagesStore } from '../features/desk/messagesStore';
import { fakeBridge, renderWithMantine } from '../test/render';
import { SignInNotes } from './SignInNotes';
import { theme } from './theme';
import { useUiStore } from './uiStore';

const session = sessionAs('supervisor');
const note = (patch: Partial<MessageView> = {}): MessageView => ({
  id: 'm-1',
  at: 1,
  fromStaffId: 's-wang',
  fromName: '王芳',
  toStaffId: session.staffId,
  toName: '李经理',
  body: '请回电张先生',
  readAt: null,
  readByName: null,
  call: null,
  ...patch,
});

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useMessagesStore.setState({ messages: [], error: null, seen: [] });
  window.location.hash = '#/clients';
});

describe('SignInNotes', () => {
  it('shows unread notes and goes to the reception screen', async () => {
    const calls = fakeBridge({
      'messages.list': ok([
        note(),
        note({ id: 'm-2', toStaffId: null }),
        note({ id: 'm-3', readAt: 5 }),
      ]),
    });
    renderWithMantine(<SignInNotes session={session} route="clients" />);
    expect((await screen.findByTestId('signin-notes')).textContent).toContain(
      'You have 2 unread notes',
    );
    expect(calls.map((c) => c.channel)).toEqual(['messages.list']);
    fireEvent.click(screen.getByTestId('signin-notes-open'));
    expect(window.location.hash).toBe('#/desk');
    expect(screen.queryByTestId('signin-notes')).toBeNull();
  });

  it('stays dismissed for this sign-in and returns at the next', async () => {
    fakeBridge({ 'messages.list': ok([note()]) });
    const { rerender } = renderWithMantine(<SignInNotes session={session} route="clients" />);
    const banner = await screen.findByTestId('signin-notes');
    fireEvent.click(banner.querySelector('button.mantine-Alert-closeButton')!);
    expect(screen.queryByTestId('signin-notes')).toBeNull();
    rerender(
      <MantineProvider theme={theme}>
        <SignInNotes session={{ ...session, startedAt: session.startedAt + 1 }} route="clients" />
      </MantineProvider>,
    );
    expect(await screen.findByTestId('signin-notes')).toBeTruthy();
  });

  it('is not shown on the reception screen, nor without unread notes', async () => {
    const calls = fakeBridge({ 'messages.list': ok([note()]) });
    renderWithMantine(<SignInNotes session={session} route="desk" />);
    await waitFor(() => expect(useMessagesStore.getState().messages).toHaveLength(1));
    expect(screen.queryByTestId('signin-notes')).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('shows nothing when the list is refused', async () => {
    fakeBridge({ 'messages.list': fail({ code: 'FORBIDDEN' }) });
    renderWithMantine(<SignInNotes session={session} route="home" />);
    await waitFor(() => expect(useMessagesStore.getState().error).not.toBeNull());
    expect(screen.queryByTestId('signin-notes')).toBeNull();
  });
});
