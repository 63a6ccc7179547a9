import type { ComplaintView } from '../../../shared/contract/complaintViews';
import type { HandoverView } from '../../../shared/contract/handoverViews';
import type { IncidentView } from '../../../shared/contract/incidentViews';
import type { ServiceContext } from '../../ipc/context';
import { Denied } from '../../ipc/errors';
import type { Db } from '../../db/types';
import type { IdSource } from '../../db/ids';
import {
  complaintBundle,
  handoverBundle,
  incidentBundle,
  type ComplaintBundleSource,
} from './bundles';
import { appendBundle, sharesPersonalData } from './outbox';

/*
 * The features call these in their own transaction, with the view they are about to return,
 * so the bundle says what the person saw and commits (or rolls back) with the change.
 */

export function recordHandoverBundle(ctx: ServiceContext, view: HandoverView): void {
  appendBundle(ctx.db, ctx.now, ctx.env.ids, handoverBundle(view));
}

export function recordComplaintBundle(ctx: ServiceContext, view: ComplaintView): void {
  recordComplaintBundleAt(ctx.db, ctx.now, ctx.env.ids, view);
}

/** The same from Core's tick, which moves cases up the escalation chain without a session. */
export function recordComplaintBundleAt(
  db: Db,
  now: number,
  ids: IdSource,
  source: ComplaintBundleSource,
): void {
  appendBundle(db, now, ids, complaintBundle(source, sharesPersonalData(db)));
}

export function recordIncidentBundle(ctx: ServiceContext, view: IncidentView): void {
  const bundle = incidentBundle(view, sharesPersonalData(ctx.db));
  appendBundle(ctx.db, ctx.now, ctx.env.ids, bundle);
}

type AnyHandler = (ctx: ServiceContext, input: never) => unknown;

/**
 * The same handlers, but each named one also records a bundle of the view it returns
 * (a refusal, `Denied`, records nothing). Features wrap their changing channels in their
 * index, so their own code stays as it was.
 */
export function withBundles<H extends Record<string, AnyHandler>, V>(
  handlers: H,
  names: readonly (keyof H)[],
  record: (ctx: ServiceContext, view: V) => void,
): H {
  const out: Record<string, AnyHandler> = { ...handlers };
  for (const name of names) {
    const inner = handlers[name]!;
    out[name as string] = (ctx, input) => {
      const result = inner(ctx, input);
      if (!(result instanceof Denied)) record(ctx, result as V);
      return result;
    };
  }
  return out as H;
}
