import {
  PERSON_DATA_KINDS,
  type PersonDataGroup,
  type PersonDataView,
} from '../../../shared/contract/personDataViews';
import type { ServiceContext } from '../../ipc/context';
import type { Handlers } from '../../ipc/handler';
import { recordAccess } from '../oversight';
import { personRecords } from './personRecords';
import { pendingAbout } from './requests';
import { resolveSubject, subjectView } from './subject';

/** Items shown per kind; the count is of all of them. */
const SHOWN = 50;

export const findHandlers: Pick<Handlers, 'personData.find'> = {
  'personData.find': (ctx: ServiceContext, input) => {
    const s = resolveSubject(ctx.db, input.subject);
    const records = personRecords(ctx.db, s);
    const groups: PersonDataGroup[] = PERSON_DATA_KINDS.map((kind) => ({
      kind,
      count: records[kind].length,
      items: records[kind]
        .slice(0, SHOWN)
        .map(({ id, at, label, ref }) => ({ id, at, label, ref })),
    }));
    const total = groups.reduce((n, g) => n + g.count, 0);
    if (s.clientId) {
      // Reading everything held about a file is a reading of the file: on its borrowing card.
      recordAccess(ctx.db, {
        id: ctx.env.ids(),
        at: ctx.now,
        staffId: ctx.staff!.id,
        clientId: s.clientId,
        secrecy: s.secrecy,
        kind: 'open',
        reason: input.reason,
      });
      ctx.audit.targetType = 'client';
      ctx.audit.targetId = s.clientId;
    }
    ctx.audit.detail = { withFile: !!s.clientId, total };
    const view: PersonDataView = {
      subject: subjectView(s),
      groups,
      total,
      pending: pendingAbout(ctx, s),
    };
    return view;
  },
};
