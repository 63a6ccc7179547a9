import { clientsZhCN } from './clients.zh-CN';
import { coreZhCN } from './core.zh-CN';
import { deskZhCN } from './desk.zh-CN';
import { deskadminZhCN } from './deskadmin.zh-CN';
import { deskuiZhCN } from './deskui.zh-CN';
import type { MessageKey } from './en';
import { oversightZhCN } from './oversight.zh-CN';
import { receptionZhCN } from './reception.zh-CN';
import { queueZhCN } from './queue.zh-CN';
import { waiverZhCN } from './waiver.zh-CN';
import { shiftZhCN } from './shift.zh-CN';
import { handoverZhCN } from './handover.zh-CN';
import { liveZhCN } from './live.zh-CN';
import { jobsZhCN } from './jobs.zh-CN';
import { backupsZhCN } from './backups.zh-CN';
import { integrityZhCN } from './integrity.zh-CN';
import { auditZhCN } from './audit.zh-CN';
import { homeZhCN } from './home.zh-CN';
import { photoBadgeZhCN } from './photoBadge.zh-CN';
import { modulesZhCN } from './modules.zh-CN';
import { callbacksZhCN } from './callbacks.zh-CN';
import { complaintsZhCN } from './complaints.zh-CN';
import { followUpsZhCN } from './followUps.zh-CN';
import { incidentsZhCN } from './incidents.zh-CN';
import { privacyZhCN } from './privacy.zh-CN';
import { retentionZhCN } from './retention.zh-CN';
import { reportsZhCN } from './reports.zh-CN';
import { headOfficeZhCN } from './headOffice.zh-CN';
import { stationsZhCN } from './stations.zh-CN';
import { hqZhCN } from './hq.zh-CN';

/** 简体中文,用语依照 GLOSSARY.md 与原始制度文本。 */
export const zhCN: Record<MessageKey, string> = {
  ...coreZhCN,
  ...clientsZhCN,
  ...oversightZhCN,
  ...deskZhCN,
  ...receptionZhCN,
  ...deskuiZhCN,
  ...deskadminZhCN,
  ...queueZhCN,
  ...waiverZhCN,
  ...shiftZhCN,
  ...handoverZhCN,
  ...liveZhCN,
  ...jobsZhCN,
  ...backupsZhCN,
  ...integrityZhCN,
  ...auditZhCN,
  ...homeZhCN,
  ...modulesZhCN,
  ...callbacksZhCN,
  ...complaintsZhCN,
  ...followUpsZhCN,
  ...incidentsZhCN,
  ...privacyZhCN,
  ...retentionZhCN,
  ...reportsZhCN,
  ...photoBadgeZhCN,
  ...stationsZhCN,
  ...headOfficeZhCN,
  ...hqZhCN,
};
