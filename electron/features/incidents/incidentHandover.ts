import type { IncidentFigures } from '../../../shared/contract/incidentViews';
import type { IncidentKind } from '../../../shared/domain/incident';
import type { Db } from '../../db/types';
import { incidentsOfShift } from './incidentQueries';

/** What a handover lists of one report among its anomalies. */
export interface IncidentAnomaly {
  incidentId: string;
  number: string;
  kind: IncidentKind;
  at: number;
  text: string;
  staffId: string;
  /** The shift-log entry the report wrote: listed once, as the report. */
  logEntryId: string | null;
}

/** 突发事件 of a shift: occurred in [from, to] or recorded in the shift. */
export function incidentAnomaliesOf(
  db: Db,
  from: number,
  to: number,
  shiftId: string,
): IncidentAnomaly[] {
  return incidentsOfShift(db, from, to, shiftId).map((r) => ({
    incidentId: r.id,
    number: r.number,
    kind: r.kind,
    at: r.occurred_at,
    text: `${r.number} ${r.person_name} · ${r.place}${r.injury ? `: ${r.injury}` : ''}`,
    staffId: r.recorded_by,
    logEntryId: r.log_entry_id,
  }));
}

/** The handover's incident figures: reports, injuries, hospital escorts and their costs. */
export function incidentFiguresOf(
  db: Db,
  from: number,
  to: number,
  shiftId: string,
): IncidentFigures {
  const rows = incidentsOfShift(db, from, to, shiftId);
  return {
    count: rows.length,
    injuries: rows.filter((r) => r.kind === 'injury' || !!r.injury).length,
    hospitalEscorts: rows.filter((r) => r.hospital_escort === 1).length,
    costsCents: rows.reduce((n, r) => n + r.costs_cents, 0),
  };
}
