/** Front desk (main-side messages): refusals and audit labels of check-in, tags and charges. */
export const deskEn = {
  'errors.reason.desk.statusBlocked':
    'Entry refused: the membership is {status}. A duty manager may let them in with their PIN and a reason.',
  'errors.reason.desk.overrideRefused':
    'This needs the user name and PIN of a duty manager, supervisor or administrator.',
  'errors.reason.desk.alreadyIn': 'This member is already checked in.',
  'errors.reason.desk.alreadyOut': 'This member has already checked out.',
  'errors.reason.desk.tagOut': 'That hand tag is already lent.',
  'errors.reason.desk.tagOutOfService': 'That hand tag is out of service.',
  'errors.reason.desk.tagNotLost': 'That hand tag is not recorded lost.',
  'errors.reason.desk.unknownTag': "That hand tag is not in this site's set.",
  'errors.reason.desk.noFreeTag': 'Every hand tag is out.',
  'errors.reason.desk.unsettled':
    'Charges on this tag are not settled. Settle them or leave them with a reason first.',
  'errors.reason.desk.itemInactive': 'That item is no longer on the price list.',
  'errors.reason.desk.chargeVoided': 'This slip is already void.',
  'errors.reason.desk.chargeClosed': 'This slip is already settled.',

  'audit.action.desk.checkIn': 'Member checked in',
  'audit.action.desk.checkOut': 'Member checked out',
  'audit.action.desk.tagLost': 'Hand tag recorded lost',
  'audit.action.desk.tagFound': 'Lost hand tag found and back in service',
  'audit.action.desk.addCharge': 'Charge added to a hand tag',
  'audit.action.desk.settle': 'Charges on a tag settled',
  'audit.action.desk.voidCharge': 'Charge slip voided',
  'audit.action.desk.setPriceItem': 'Price list changed',
  'audit.action.desk.recordCardSale': 'Card sale recorded',
};
