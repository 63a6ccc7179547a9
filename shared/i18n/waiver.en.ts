/** The waiver and health declaration signed on screen. */
export const waiverEn = {
  'waiver.missing': 'Waiver not signed',
  'waiver.missingBody': 'This member has not signed the current waiver and health declaration.',
  'waiver.signButton': 'Sign',
  'waiver.modalTitle': 'Waiver and health declaration',
  'waiver.version': 'Version {version}',
  'waiver.signerName': 'Name of the signer',
  'waiver.signHere': 'Sign in the box below',
  'waiver.clear': 'Clear',
  'waiver.sign': 'Sign',
  'waiver.cancel': 'Cancel',
  'waiver.padEmpty': 'Please sign in the box first.',
  'waiver.error.tooLarge': 'The signature image is too large. Clear it and sign again.',
  'waiver.error.type': 'The signature is not a PNG image. Clear it and sign again.',
  'waiver.error.blank': 'The signature is empty. Please sign in the box.',
  'waiver.signed': 'Waiver signed.',

  'audit.action.waivers.setText': 'Waiver text changed',
  'audit.action.waivers.sign': 'Waiver signed',
  'audit.action.waivers.signature': 'Waiver signature viewed',
};
