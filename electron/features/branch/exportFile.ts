import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JobResult } from '../../../shared/contract/jobViews';
import { decodeHeadOfficePublicKey, sealBundleFile } from '../../headOffice/offlineFile';
import type { AppEnv } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { JobStopped, type JobSpec } from '../../jobs';
import { headOfficePublicKey } from './headOfficeConfig';
import { markPushed, pendingBundles } from './outbox';

/** One file holds at most this many bundles (a few MB); the rest go in the next file. */
export const FILE_BUNDLES = 5000;

export interface ExportFileParams {
  folder: string;
  fileName: string;
}

/**
 * The pending bundles sealed to head office's key, written once with 'wx', then marked
 * as handed over ('file') in the job's end transaction; a file nobody recorded is removed.
 * Sealing a few thousand bundles takes milliseconds, so it runs on Core's thread.
 */
export function exportFileJob(env: AppEnv, params: ExportFileParams): JobSpec {
  const path = join(params.folder, params.fileName);
  return {
    kind: 'headOffice.export',
    target: { type: 'headOffice', id: 'export' },
    async run(job): Promise<JobResult> {
      const { bundles, key } = await job.chunk(() => {
        const db = env.db()!;
        return { bundles: pendingBundles(db, FILE_BUNDLES), key: headOfficePublicKey(db) };
      });
      if (!key)
        throw new AppError('CONFLICT', "Head office's public key is not set.", {
          reason: 'headOffice.noPublicKey',
        });
      if (bundles.length === 0)
        throw new AppError('CONFLICT', 'No bundle is waiting for head office.', {
          reason: 'headOffice.nothingPending',
        });
      job.progress('writing', 0, bundles.length);
      const bytes = await sealBundleFile(bundles, decodeHeadOfficePublicKey(key));
      job.pastNoReturn();
      try {
        writeFileSync(path, bytes, { flag: 'wx' });
      } catch (err) {
        const exists = (err as { code?: string }).code === 'EEXIST';
        throw new AppError(
          'CONFLICT',
          exists ? 'That file is already there.' : 'The file could not be written.',
          {
            reason: exists ? 'exports.fileExists' : 'exports.writeFailed',
          },
        );
      }
      try {
        await job.chunk(() => {
          const db = env.db()!;
          db.transaction(() => {
            markPushed(
              db,
              bundles.map((b) => b.bundle.seq),
              'file',
              env.now(),
            );
            job.auditEnd(db, { fileName: params.fileName, bundles: bundles.length });
          }).immediate();
        });
      } catch (err) {
        if (!(err instanceof JobStopped)) rmSync(path, { force: true });
        throw err;
      }
      job.progress('writing', bundles.length, bundles.length);
      return { fileName: params.fileName, bundles: bundles.length };
    },
  };
}
