/** Head office (issue 15), the branch side: its connection, the push and the offline file. */
export const headOfficeEn = {
  'jobs.kind.headOffice.push': 'Push to head office',
  'jobs.kind.headOffice.export': 'File for head office',
  'jobs.phase.retrying': 'Head office did not answer; trying again ({done} of {total} sent)',
  'audit.action.branch.identity': 'Looked at the head-office enrolment code',
  'audit.action.headOffice.update': 'Changed the head-office settings',
  'audit.action.headOffice.push': 'Started a push to head office',
  'audit.action.headOffice.exportFile': 'Exported a file for head office',
  'errors.reason.headOffice.conflict':
    'Head office holds a different bundle under the same number. Nothing more was sent; ask head office to compare.',
  'errors.reason.headOffice.notConfigured': 'Head office is not set up yet.',
  'errors.reason.headOffice.login': 'Head office refused the branch role or its password.',
  'errors.reason.headOffice.permission': 'Head office does not let this role store bundles.',
  'errors.reason.headOffice.tls': "Head office's certificate did not match the CA certificate.",
  'errors.reason.headOffice.refused': 'Head office refused the push.',
  'errors.reason.headOffice.running': 'A push or file for head office is already running.',
  'errors.reason.headOffice.noPublicKey': "Head office's public key is not set.",
  'errors.reason.headOffice.nothingPending': 'Nothing is waiting for head office.',
  'errors.reason.headOffice.unreachable': 'Head office did not answer.',
};
