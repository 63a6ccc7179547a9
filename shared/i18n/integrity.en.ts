/** Integrity: the checks at open and the full check after it (audit screen line, job, log). */
export const integrityEn = {
  'jobs.kind.integrity.check': "Checking the vault's integrity",
  'audit.action.integrity.run': 'Full integrity check asked',
  'audit.action.integrity.check.end': 'Full integrity check ended',
  'errors.reason.integrity.running': 'A full integrity check is already running.',
  'integrity.title': 'Integrity',
  'integrity.ok': 'Last full check {at}: every page and the whole audit log are intact.',
  'integrity.storageDamaged':
    'Last full check {at}: the vault file is damaged ({count, plural, one {# problem} other {# problems}}). Make no changes you cannot repeat and restore the latest good backup.',
  'integrity.auditBroken':
    "Last full check {at}: the audit log was altered at entry {seq}. Keep this PC as it is and tell the site's administrator.",
  'integrity.unfinished': 'The last full check ({at}) did not finish; run it again.',
  'integrity.never': 'No full check has finished yet.',
  'integrity.running': 'A full check is running…',
  'integrity.atOpenBroken':
    "At this start the audit log's newest entries did not verify (entry {seq}).",
  'integrity.run': 'Check now',
};
