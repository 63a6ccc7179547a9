/** Reception beyond check-in: rotation, visitors, phone intake, message book, block list. */
export const receptionEn = {
  'errors.reason.rotation.notConsultant': 'Only membership consultants sign in to the rotation.',
  'errors.reason.rotation.alreadySignedIn': 'This consultant has already signed in today.',
  'errors.reason.rotation.notSignedIn': 'This consultant has not signed in today.',
  'errors.reason.rotation.noneFree': 'No consultant is free right now.',
  'errors.reason.visitors.unknownConsultant': 'Choose an active membership consultant.',
  'errors.reason.visitors.notWaiting': 'This visitor is no longer waiting.',
  'errors.reason.visitors.notAssigned':
    'Only the consultant this visitor was handed to can confirm, with their own PIN.',
  'errors.reason.visitors.notYetDue': 'The consultant still has time to come.',
  'errors.reason.visitors.consultantPresent':
    'The consultant is in; wait until the time is up before passing the visitor on.',
  'errors.reason.visitors.alreadyLeft': 'This visitor has already left.',
  'errors.reason.messages.unknownRecipient': 'Choose an active colleague, or the next shift.',
  'errors.reason.messages.notRecipient': 'Only the recipient can mark this message read.',
  'errors.reason.blockList.alreadyRemoved': 'This entry was already removed from the block list.',

  'audit.action.rotation.signIn': 'Consultant signed in to the rotation',
  'audit.action.rotation.setStatus': 'Consultant status changed',
  'audit.action.visitors.register': 'Visitor registered',
  'audit.action.visitors.confirm': 'Visitor hand-over confirmed',
  'audit.action.visitors.passOn': 'Visitor passed to the next consultant',
  'audit.action.visitors.leave': 'Visitor left',
  'audit.action.calls.record': 'Phone inquiry recorded',
  'audit.action.messages.send': 'Message left',
  'audit.action.messages.markRead': 'Message marked read',
  'audit.action.blockList.add': 'Added to the block list',
  'audit.action.blockList.remove': 'Removed from the block list',
};
