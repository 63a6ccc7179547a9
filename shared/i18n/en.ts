import { clientsEn } from './clients.en';
import { coreEn } from './core.en';
import { deskEn } from './desk.en';
import { deskadminEn } from './deskadmin.en';
import { deskuiEn } from './deskui.en';
import { oversightEn } from './oversight.en';
import { receptionEn } from './reception.en';
import { queueEn } from './queue.en';
import { waiverEn } from './waiver.en';
import { shiftEn } from './shift.en';
import { handoverEn } from './handover.en';
import { liveEn } from './live.en';
import { jobsEn } from './jobs.en';
import { backupsEn } from './backups.en';
import { integrityEn } from './integrity.en';
import { auditEn } from './audit.en';
import { homeEn } from './home.en';
import { photoBadgeEn } from './photoBadge.en';
import { modulesEn } from './modules.en';
import { callbacksEn } from './callbacks.en';
import { complaintsEn } from './complaints.en';
import { followUpsEn } from './followUps.en';
import { incidentsEn } from './incidents.en';
import { privacyEn } from './privacy.en';
import { retentionEn } from './retention.en';
import { reportsEn } from './reports.en';
import { headOfficeEn } from './headOffice.en';
import { stationsEn } from './stations.en';
import { hqEn } from './hq.en';

/** English catalogue, one part per area. Keys are flat; `{name}` marks a runtime value. */
export const en = {
  ...coreEn,
  ...clientsEn,
  ...oversightEn,
  ...deskEn,
  ...receptionEn,
  ...deskuiEn,
  ...deskadminEn,
  ...queueEn,
  ...waiverEn,
  ...shiftEn,
  ...handoverEn,
  ...liveEn,
  ...jobsEn,
  ...backupsEn,
  ...integrityEn,
  ...auditEn,
  ...homeEn,
  ...modulesEn,
  ...callbacksEn,
  ...complaintsEn,
  ...followUpsEn,
  ...incidentsEn,
  ...privacyEn,
  ...retentionEn,
  ...reportsEn,
  ...photoBadgeEn,
  ...stationsEn,
  ...headOfficeEn,
  ...hqEn,
};

export type MessageKey = keyof typeof en;
