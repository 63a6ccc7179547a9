import { EnrolmentError } from '../../headOffice/enrolment';
import { UnknownBranchError } from '../../headOffice/ingest';
import { OfflineFileError } from '../../headOffice/offlineFile';
import { ImportRefusedError } from '../../headOffice/offlineImport';
import { PushConflictError } from '../../headOffice/push';
import { AppError } from '../../ipc/errors';
import { Cancelled, JobStopped } from '../../jobs';
import { isUnreachable } from '../branch';

function conflict(message: string, reason: string): AppError {
  return new AppError('CONFLICT', message, { reason });
}

/** What went wrong talking to head office's PostgreSQL, as a refusal the screen words. */
export function hqRefusal(err: unknown): unknown {
  if (err instanceof AppError || err instanceof Cancelled || err instanceof JobStopped) return err;
  if (err instanceof UnknownBranchError)
    return conflict('The file is from a branch head office has not enrolled.', 'hq.unknownBranch');
  if (err instanceof OfflineFileError)
    return conflict(`The file cannot be read (${err.problem}).`, `hq.file.${err.problem}`);
  if (err instanceof ImportRefusedError) return conflict(err.message, `hq.file.${err.problem}`);
  if (err instanceof PushConflictError) return conflict(err.message, 'hq.conflict');
  if (err instanceof EnrolmentError) return conflict(err.message, 'hq.enrolment');
  if (isUnreachable(err))
    return conflict('Head office’s database does not answer.', 'hq.unreachable');
  const code = (err as { code?: string }).code;
  if (code === '28P01' || code === '28000')
    return conflict('PostgreSQL refused the head-office role or its password.', 'hq.login');
  if (code === '23505') return conflict('This branch is already enrolled.', 'hq.alreadyEnrolled');
  if (code === '42501')
    return conflict('This role may not do that at head office.', 'hq.permission');
  if (code === '3D000') return conflict('That database is not there.', 'hq.database');
  if (/certificate|self.signed|SSL|TLS/i.test((err as Error).message ?? ''))
    return conflict('The server’s certificate is not the one set.', 'hq.tls');
  return conflict('Head office’s database refused the request.', 'hq.refused');
}
