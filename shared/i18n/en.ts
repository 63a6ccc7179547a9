import { clientsEn } from './clients.en';
import { coreEn } from './core.en';
import { oversightEn } from './oversight.en';

/** English catalogue, one part per area. Keys are flat; `{name}` marks a runtime value. */
export const en = { ...coreEn, ...clientsEn, ...oversightEn };

export type MessageKey = keyof typeof en;
