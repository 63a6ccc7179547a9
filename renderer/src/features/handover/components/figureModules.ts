import type { HandoverFigures } from '../../../../../shared/contract/handoverViews';
import type { Module } from '../../../../../shared/domain/modules';

/**
 * Which parts of the figures this site shows: a module it does not use prints no row of
 * zeros. A handover is a record, so a figure that is not zero stays, whatever the modules
 * are now (it was counted while the module was in use).
 */
export function figureParts(figures: HandoverFigures, modules: readonly Module[]) {
  const shown = (m: Module, count: number) => modules.includes(m) || count > 0;
  const cardsSold = figures.cardsSold.reduce((n, c) => n + c.count, 0);
  const entries = shown('handTags', figures.entries.total);
  const trials = shown('visitors', figures.trials.total);
  return {
    entries,
    trials,
    genderTable: entries || trials,
    visitors: shown('visitors', figures.visitors),
    queue: shown('queue', figures.queueServed),
    cardsSold: shown('handTags', cardsSold),
    cardsSoldTotal: cardsSold,
    coaches: shown('handTags', figures.coaches ? 1 : 0),
  };
}
