/** What other features and the app may use of handover; everything else is internal. */
export { handoverHandlers } from './handover';
export { boardShifts, handoverBoardHandlers } from './handoverBoard';
/** Retention removes handovers past their period the way handover.purgeExpired does. */
export { purgeHandoversBefore } from './handoverQueries';
export { handoverPrintHandlers } from './handoverPrint';
import { handoverSignatureHandlers as signatures } from './handoverSignatures';
import { recordHandoverBundle, withBundles } from '../branch';
export { mayReceiveHandover } from './handoverSignatures';
/** The incoming signature completes a handover: its bundle for head office, same transaction. */
export const handoverSignatureHandlers = withBundles(
  signatures,
  ['handover.receive'],
  recordHandoverBundle,
);
export { handoverHome } from './handoverHome';
/** A sanctioned redaction of a person from the handovers (erasure, destruction). */
export { handoversNaming, redactHandovers, type RedactionSubject } from './handoverRedaction';
