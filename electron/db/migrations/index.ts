import { foundation } from './001_foundation';
import { clientFiles } from './002_client_files';
import { frontDesk } from './003_front_desk';
import { visitors } from './004_visitors';
import { queue } from './005_queue';
import { waivers } from './006_waivers';
import { shifts } from './007_shifts';
import { jobWrites } from './008_job_writes';
import { backups } from './009_backups';
import { searchRanking } from './010_search_ranking';
import { visitorOverdue } from './011_visitor_overdue';
import { siteProfile } from './012_site_profile';
import { callBacks } from './013_call_backs';
import { searchHeat } from './014_search_heat';
import { complaints } from './015_complaints';
import { retention } from './016_retention';
import { personRequests } from './017_person_requests';
import { reportIndexes } from './018_report_indexes';
import { stations } from './019_stations';
import { branchOutbox } from './020_branch_outbox';
import { headOfficeConfig } from './021_head_office_config';
import { hqConfig } from './022_hq_config';
import type { Migration } from './types';

/**
 * Every schema change, in order. Imported statically because a bundled app has no
 * folder to list. Never edit an entry that has shipped; add the next one.
 */
export const migrations: readonly Migration[] = [
  foundation,
  clientFiles,
  frontDesk,
  visitors,
  queue,
  waivers,
  shifts,
  jobWrites,
  backups,
  searchRanking,
  visitorOverdue,
  siteProfile,
  callBacks,
  searchHeat,
  complaints,
  retention,
  personRequests,
  reportIndexes,
  stations,
  branchOutbox,
  headOfficeConfig,
  hqConfig,
];

export const LATEST_VERSION = migrations.length;
