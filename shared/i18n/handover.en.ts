/** The handover (交接班), the supervisor's board and the print view. */
export const handoverEn = {
  'nav.handovers': 'Handovers',

  'audit.problem.anchor':
    'a row no longer matches the head recorded by a signed handover: the log was rewritten after it',
  'audit.action.handover.prepare': 'Handover prepared',
  'audit.action.handover.saveDraft': 'Handover draft saved',
  'audit.action.handover.signOutgoing': 'Handover signed (outgoing)',
  'audit.action.handover.receive': 'Handover received (incoming)',
  'audit.action.handover.review': 'Handover reviewed',
  'audit.action.handover.correct': 'Handover corrected',
  'audit.action.handover.printDay': 'Day of handovers printed',
  'audit.action.handover.purgeExpired': 'Expired handovers removed',
  'audit.action.audit.checkFingerprint': 'Printed fingerprint checked',
  'audit.action.print.savePdf': 'Saved as PDF',
};
