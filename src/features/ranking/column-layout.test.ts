import { describe, expect, it } from 'vitest';

import { canHide, COLUMN_PINNING, columnVisibility, tableLayout } from './column-layout';

const SEED = ['resource', 'performance', 'scale', 'availability', 'cost', 'maturity'];

describe('column layout', () => {
  it('pins the identity to the start and the verdict to the end', () => {
    expect(COLUMN_PINNING).toEqual({ start: ['compare', 'rank', 'stack'], end: ['total', 'fit'] });
  });

  it('lets the user hide the score columns only', () => {
    for (const id of ['compare', 'rank', 'stack', 'total', 'fit']) expect(canHide(id)).toBe(false);
    for (const id of [...SEED, 'security']) expect(canHide(id)).toBe(true);
  });

  it('turns hidden ids into visibility, ignoring locked and unknown columns', () => {
    expect(columnVisibility(['maturity', 'total', 'fit', 'stack', 'gone'], SEED)).toEqual({
      maturity: false,
    });
    expect(columnVisibility([], SEED)).toEqual({});
    expect(columnVisibility(['cost', 'resource'], [...SEED, 'total'])).toEqual({
      cost: false,
      resource: false,
    });
  });

  it('picks full, compact or cards by the scroll box width', () => {
    expect(tableLayout(0)).toBe('full');
    expect(tableLayout(1196)).toBe('full');
    expect(tableLayout(1040)).toBe('full');
    expect(tableLayout(1039)).toBe('compact');
    expect(tableLayout(940)).toBe('compact');
    expect(tableLayout(700)).toBe('compact');
    expect(tableLayout(699)).toBe('cards');
    expect(tableLayout(338)).toBe('cards');
  });
});
