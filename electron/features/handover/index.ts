/** What other features and the app may use of handover; everything else is internal. */
export { handoverHandlers } from './handover';
export { handoverBoardHandlers } from './handoverBoard';
export { handoverPrintHandlers } from './handoverPrint';
export { handoverSignatureHandlers, mayReceiveHandover } from './handoverSignatures';
export { handoverHome } from './handoverHome';
