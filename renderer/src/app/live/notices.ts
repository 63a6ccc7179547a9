/** Notices main sends to the person concerned become a toast, with the PC's tone if chosen. */
import { notifications } from '@mantine/notifications';
import type { Notice } from '../../../../shared/contract/live';
import { translate, type MessageKey, type Params } from '../../../../shared/i18n';
import { subscribe } from '../../api/client';
import { go } from '../route';
import { useUiStore } from '../uiStore';
import { playTone, useNoticeSound } from './noticeSound';

interface Toast {
  title: MessageKey;
  body: MessageKey;
  params: Params;
  color: string;
}

function toastOf(n: Notice, someone: string): Toast {
  switch (n.kind) {
    case 'visitorAssigned':
      return {
        title: n.passedOn ? 'live.notice.visitorPassed.title' : 'live.notice.visitor.title',
        body: 'live.notice.visitor.body',
        params: { name: n.visitorName },
        color: 'blue',
      };
    case 'message':
      return {
        title: n.byPhone ? 'live.notice.call.title' : 'live.notice.message.title',
        body: 'live.notice.message.body',
        params: { name: n.fromName ?? someone },
        color: 'grape',
      };
    case 'handoverWaiting':
      return {
        title: 'live.notice.handover.title',
        body: 'live.notice.handover.body',
        params: { date: n.businessDate },
        color: 'orange',
      };
    case 'complaintEscalated':
      return {
        title: n.asOwner
          ? 'live.notice.complaintEscalatedOwner.title'
          : 'live.notice.complaintEscalated.title',
        body: n.automatic
          ? 'live.notice.complaintEscalated.auto'
          : 'live.notice.complaintEscalated.manual',
        params: { number: n.number, level: n.level },
        color: 'red',
      };
    case 'complaintOffered':
      return {
        title: 'live.notice.complaintOffered.title',
        body: 'live.notice.complaintOffered.body',
        params: { number: n.number, name: n.fromName },
        color: 'yellow',
      };
    case 'complaintTransferAnswered':
      return {
        title: n.accepted
          ? 'live.notice.complaintAccepted.title'
          : 'live.notice.complaintDeclined.title',
        body: 'live.notice.complaintTransferAnswered.body',
        params: { number: n.number, name: n.byName },
        color: n.accepted ? 'teal' : 'yellow',
      };
  }
}

export function showNotice(notice: Notice): void {
  const lang = useUiStore.getState().language;
  const toast = toastOf(notice, translate(lang, 'live.notice.someone'));
  notifications.show({
    title: translate(lang, toast.title),
    message: translate(lang, toast.body, toast.params),
    color: toast.color,
    autoClose: 12_000,
    withBorder: true,
    'data-testid': `notice-${notice.kind}`,
    // A complaint's toast opens its case: the person told is the one who acts on it.
    ...('complaintId' in notice
      ? { onClick: () => go('complaint', notice.complaintId), style: { cursor: 'pointer' } }
      : {}),
  } as Parameters<typeof notifications.show>[0]);
  if (useNoticeSound.getState().on) playTone();
}

export function followNotices(): () => void {
  return subscribe('notice.raised', showNotice);
}
