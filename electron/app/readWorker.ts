import { parentPort, workerData } from 'node:worker_threads';
import type { AppErrorShape } from '../../shared/contract/result';
import { openReadOnly } from '../db/open';
import type { Db } from '../db/types';
import { backupCheckTask, backupTask, CHECK_TASK } from '../features/backups';
import { integrityTask, INTEGRITY_TASK } from '../features/integrity';
import { exportSheetTask } from '../features/oversight';
import { COMPLAINT_EXPORT_TASK, complaintExportTask } from '../features/complaints';
import {
  REPORT_BUILD_TASK,
  REPORT_EXPORT_TASK,
  reportBuildTask,
  reportExportTask,
} from '../features/reports';
import type {
  FromReadWorker,
  ReadAccess,
  ReadTaskControl,
  ReadWorkerData,
  ToReadWorker,
} from '../jobs/readProtocol';

/**
 * The jobs worker (DESIGN §3a): one named read-only task on its own read connection, off
 * Core's thread, so the desk keeps its answers while an export or a backup runs.
 * One worker per task; Core ends it (terminate) to cancel.
 */

/** `access` is the key this worker opened with: a backup opens its copy with it to verify. */
type ReadTask = (
  db: Db,
  params: unknown,
  ctl: ReadTaskControl,
  access: ReadAccess,
) => Promise<unknown>;

const TASKS: Record<string, ReadTask> = {
  'exports.sheet': exportSheetTask,
  [INTEGRITY_TASK]: integrityTask,
  'backups.make': backupTask,
  [COMPLAINT_EXPORT_TASK]: complaintExportTask,
  [REPORT_BUILD_TASK]: reportBuildTask,
  [REPORT_EXPORT_TASK]: reportExportTask,
};

/** Tasks that open a file of their own (a backup copy) with the key they were given. */
type FileTask = (access: ReadAccess, params: unknown, ctl: ReadTaskControl) => Promise<unknown>;

const FILE_TASKS: Record<string, FileTask> = {
  [CHECK_TASK]: backupCheckTask,
};

function control(port: NonNullable<typeof parentPort>): ReadTaskControl {
  const send = (m: FromReadWorker) => port.postMessage(m);
  return {
    progress: (phase, done, total) => send({ type: 'progress', phase, done, total }),
    ready: () =>
      new Promise((resolve) => {
        port.once('message', (m: ToReadWorker) => m.type === 'go' && resolve());
        send({ type: 'ready' });
      }),
  };
}

async function run(port: NonNullable<typeof parentPort>, data: ReadWorkerData): Promise<void> {
  const send = (m: FromReadWorker) => port.postMessage(m);
  const name = data.task ?? '';
  const task = TASKS[name];
  const fileTask = FILE_TASKS[name];
  let db: Db | null = null;
  try {
    if (fileTask) {
      send({ type: 'result', result: await fileTask(data.access, data.params, control(port)) });
      return;
    }
    if (!task) throw new Error(`unknown read task ${name}`);
    const { dbFile, keyHex, nativeBinding } = data.access;
    db = openReadOnly(dbFile, keyHex, nativeBinding ? { nativeBinding } : {});
    send({ type: 'result', result: await task(db, data.params, control(port), data.access) });
  } catch (err) {
    const refusal = (err as { refusal?: AppErrorShape }).refusal;
    send(
      refusal ? { type: 'error', error: refusal } : { type: 'crash', name: (err as Error).name },
    );
  } finally {
    // With no listener left the thread then ends by itself, after its last message.
    db?.close();
  }
}

function start(port: NonNullable<typeof parentPort>, data: ReadWorkerData): void {
  if (data.task !== null) {
    void run(port, data);
    return;
  }
  // A warm worker: its code is loaded; the task comes when someone asks for one.
  port.once('message', (m: ToReadWorker) => {
    if (m.type === 'run') void run(port, { ...data, task: m.task, params: m.params });
  });
}

if (parentPort) start(parentPort, workerData as ReadWorkerData);
