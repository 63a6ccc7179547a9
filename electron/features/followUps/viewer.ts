import { canOpenFile } from '../../../shared/domain/clients';
import { today, type ServiceContext } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { requireClient, type ClientRow } from '../clients';
import { modulesInUse } from '../settings';
import type { Viewer } from './callViews';

export function viewer(ctx: ServiceContext): Viewer {
  return { staffId: ctx.staff!.id, role: ctx.staff!.role, today: today(ctx) };
}

/** Plans belong to client files: on a site without them, only case and incident calls exist. */
export function requireClientFiles(ctx: ServiceContext): void {
  if (!modulesInUse(ctx.db).includes('clientFiles'))
    throw new AppError('FORBIDDEN', 'This site does not use the clientFiles module.', {
      reason: 'module.off',
    });
}

/** A file's plans and calls are its content: a classified file is a supervisor's or admin's. */
export function openableClient(ctx: ServiceContext, clientId: string): ClientRow {
  requireClientFiles(ctx);
  const client = requireClient(ctx, clientId);
  if (!canOpenFile(ctx.staff!.role, client.secrecy))
    throw new AppError('FORBIDDEN', 'Only a supervisor or an admin may open this file.', {
      reason: 'clients.restricted',
    });
  return client;
}
