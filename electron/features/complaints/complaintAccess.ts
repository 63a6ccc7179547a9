import type { EscalationLevel } from '../../../shared/domain/escalation';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';
import { readChain } from './serviceSettings';

/** 值班经理 and up may act on any case (the board, a manual escalation, a stuck owner). */
export const CASE_MANAGERS: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];

/** Who a level of the chain is: its role, or the one named colleague. */
export function standsAt(
  level: EscalationLevel | undefined,
  staff: { id: string; role: Role },
): boolean {
  if (!level) return false;
  return 'role' in level.to ? level.to.role === staff.role : level.to.staffId === staff.id;
}

/**
 * Who may handle a case (add actions, escalate, …): its owner, the people at the level it
 * stands at, and managers. Shared by the case handlers and escalation so both decide alike.
 */
export function mayHandle(
  db: Db,
  staff: { id: string; role: Role },
  c: { owner_id: string; level: number },
): boolean {
  if (c.owner_id === staff.id || CASE_MANAGERS.includes(staff.role)) return true;
  return c.level > 0 && standsAt(readChain(db)[c.level - 1], staff);
}
