import { auditFacets, listAudit, verifyAudit } from '../../audit/chain';
import { role } from '../../ipc/context';
import type { Handlers } from '../../ipc/handler';
import { newestBackupAnchor } from '../backups';
import { resolveNames, withTargetNames } from './auditNames';

export const auditHandlers: Pick<Handlers, 'audit.list' | 'audit.facets' | 'audit.verify'> = {
  'audit.list': (ctx, input) => {
    const page = listAudit(ctx.db, {
      ...(input?.actorId ? { actorId: input.actorId } : {}),
      ...(input?.action ? { action: input.action } : {}),
      ...(input?.from !== undefined ? { from: input.from } : {}),
      ...(input?.to !== undefined ? { to: input.to } : {}),
      ...(input?.beforeSeq !== undefined ? { beforeSeq: input.beforeSeq } : {}),
      limit: input?.limit ?? 100,
    });
    // Names are decided here, per viewer: the renderer never sees a name it may not read.
    const names = resolveNames(ctx.db, role(ctx), page.rows);
    return { ...page, rows: withTargetNames(page.rows, names), names: names.names };
  },

  'audit.facets': (ctx) => auditFacets(ctx.db),

  'audit.verify': (ctx) => {
    // The signed handovers inside the file, and the newest backup manifest outside it.
    const report = verifyAudit(ctx.db, newestBackupAnchor(ctx.env, ctx.db));
    ctx.audit.detail = {
      intact: report.intact,
      checked: report.checked,
      anchorsChecked: report.anchorsChecked,
      ...(report.firstBreak ? { firstBreak: report.firstBreak } : {}),
      ...(report.brokenAnchor ? { brokenAnchor: report.brokenAnchor.sourceId } : {}),
      ...(report.backupAnchor
        ? { backupAnchor: report.backupAnchor.fileName, backupAnchorOk: report.backupAnchor.ok }
        : {}),
    };
    return report;
  },
};
