import type {
  DestructionRequestView,
  ExportRequestView,
} from '../../../../shared/contract/clientViews';
import type { Role } from '../../../../shared/domain/roles';

/**
 * Whether the slot this role would fill is still open (main's rule): an admin takes the admin
 * slot of a 绝密 export, otherwise the supervisor slot; destruction has one slot per role.
 * A taken slot hides Approve; main still decides everything else (own request, same person).
 */
export function exportSlotOpen(r: ExportRequestView, role: Role): boolean {
  if (role === 'admin')
    return (r.needsAdmin && !r.adminApprovedByName) || !r.supervisorApprovedByName;
  return !r.supervisorApprovedByName;
}

export function destructionSlotOpen(r: DestructionRequestView, role: Role): boolean {
  return role === 'admin' ? !r.adminApprovedByName : !r.supervisorApprovedByName;
}
