/** Changes pushed from main: the connection bar, notices for the person concerned, their sound. */
export const liveEn = {
  'errors.reason.transport.offline':
    'The connection to the app is lost, so nothing was saved. Try again when it is back.',

  'live.offline.title': 'No connection to the app',
  'live.offline.body':
    'Last update at {time}. Nothing can be saved until the connection is back; what you have typed stays here.',
  'live.offline.never': 'Nothing has been received yet.',
  'live.back': 'Connected again.',

  'live.notice.visitor.title': 'A visitor for you',
  'live.notice.visitorPassed.title': 'A visitor passed on to you',
  'live.notice.visitor.body': '{name} is waiting at the front desk.',
  'live.notice.message.title': 'A new message for you',
  'live.notice.call.title': 'A phone message for you',
  'live.notice.message.body': 'From {name}. Open the message book to read it.',
  'live.notice.complaintEscalated.title': 'A complaint escalated to you',
  'live.notice.complaintEscalatedOwner.title': 'Your complaint was escalated',
  'live.notice.complaintEscalated.auto':
    'Case {number} reached level {level}: its deadline passed or is near. Open it from My cases.',
  'live.notice.complaintEscalated.manual': 'Case {number} was escalated to level {level} by hand.',
  'live.notice.complaintOffered.title': 'A complaint offered to you',
  'live.notice.complaintOffered.body':
    '{name} asks you to take over case {number}. Accept or decline it.',
  'live.notice.complaintAccepted.title': 'Your complaint was taken over',
  'live.notice.complaintDeclined.title': 'Your complaint offer was declined',
  'live.notice.complaintTransferAnswered.body': 'Case {number}, answered by {name}.',
  'live.notice.someone': 'a colleague',
  'live.notice.handover.title': 'A handover waits for you',
  'live.notice.handover.body':
    'The handover of {date} waits for the incoming side to check and sign.',

  'live.sound.title': 'This PC',
  'live.sound.label': 'Play a short sound with notifications',
  'live.sound.hint':
    'A short tone when a visitor, a message or a handover is for the person signed in at this PC.',
  'live.menu.noticeOn': 'Notification sound: on',
  'live.menu.noticeOff': 'Notification sound: off',
  'live.menu.scanOn': 'Scan sound: on',
  'live.menu.scanOff': 'Scan sound: off',
  'live.scanSound.label': 'Play a short sound when a card is scanned',
  'live.scanSound.hint':
    'One short high beep when the member may come in; two low tones when entry is refused or no card matches.',
};
