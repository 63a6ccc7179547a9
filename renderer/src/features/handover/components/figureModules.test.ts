import { describe, expect, it } from 'vitest';
import { MODULES } from '../../../../../shared/domain/modules';
import { content } from '../fixtures';
import { figureParts } from './figureModules';

const zero = { female: 0, male: 0, unspecified: 0, total: 0 };

describe('the handover figures a site shows', () => {
  it('a gym with every module shows them all', () => {
    const parts = figureParts(content().figures, MODULES);
    expect(parts).toMatchObject({
      entries: true,
      trials: true,
      visitors: true,
      queue: true,
      cardsSold: true,
      coaches: true,
    });
  });

  it('an office shows no rows of zeros for the member desk or the queue', () => {
    const figures = {
      ...content().figures,
      entries: zero,
      cardsSold: [],
      queueServed: 0,
      coaches: null,
    };
    expect(figureParts(figures, ['visitors', 'clientFiles'])).toMatchObject({
      entries: false,
      trials: true,
      genderTable: true,
      visitors: true,
      queue: false,
      cardsSold: false,
      coaches: false,
    });
  });

  it('keeps a figure that is not zero: the record counted it while the module was in use', () => {
    // content(): 22 entries, 3 cards, 7 queue tickets, on a site that has since become an office.
    expect(figureParts(content().figures, ['visitors', 'clientFiles'])).toMatchObject({
      entries: true,
      queue: true,
      cardsSold: true,
      cardsSoldTotal: 3,
    });
  });
});
