/** What other features and the app may use of handover; everything else is internal. */
export { handoverHandlers } from './handover';
export { boardShifts, handoverBoardHandlers } from './handoverBoard';
/** Retention removes handovers past their period the way handover.purgeExpired does. */
export { purgeHandoversBefore } from './handoverQueries';
export { handoverPrintHandlers } from './handoverPrint';
export { handoverSignatureHandlers, mayReceiveHandover } from './handoverSignatures';
export { handoverHome } from './handoverHome';
/** A sanctioned redaction of a person from the handovers (erasure, destruction). */
export { handoversNaming, redactHandovers, type RedactionSubject } from './handoverRedaction';
