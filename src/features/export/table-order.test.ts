import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { scenarioById } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
import { sortLikeTable, visibleRows } from './table-order';

const edge = scenarioById('edge');
const ranking = rankFor(edge.requirements, edge.weights, { mode: 'fitFirst', showInvalid: false });
const ids = (rows: typeof ranking) => rows.map((r) => r.stack.id);

describe('sortLikeTable', () => {
  it('keeps the ranking order without sorting or with unknown columns only', () => {
    expect(sortLikeTable(ranking, [])).toBe(ranking);
    expect(ids(sortLikeTable(ranking, [{ id: 'compare', desc: false }]))).toEqual(ids(ranking));
  });

  it('sorts by total descending, ties in ranking order', () => {
    const sorted = sortLikeTable(ranking, [{ id: 'total', desc: true }]);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(a.total).toBeGreaterThanOrEqual(b.total);
      if (a.total === b.total) expect(a.rank).toBeLessThan(b.rank);
    }
  });

  it('sorts the stack column by name, case-insensitively', () => {
    const sorted = sortLikeTable(ranking.slice(0, 4), [{ id: 'stack', desc: false }]);
    expect(sorted.map((r) => r.rank)).toEqual([4, 1, 2, 3]);
    const reversed = sortLikeTable(ranking.slice(0, 4), [{ id: 'stack', desc: true }]);
    expect(reversed.map((r) => r.rank)).toEqual([3, 2, 1, 4]);
  });

  it('sorts by rank descending: the reverse of the ranking', () => {
    expect(ids(sortLikeTable(ranking, [{ id: 'rank', desc: true }]))).toEqual(
      ids(ranking).reverse(),
    );
  });
});

describe('visibleRows', () => {
  it('applies the technology filter before the sorting', () => {
    const rows = visibleRows(ranking, ['kubernetes', 'calico'], [{ id: 'cost', desc: false }]);
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        (r) => r.stack.parts.orchestration === 'kubernetes' && r.stack.parts.network === 'calico',
      ),
    ).toBe(true);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i - 1]!.dimensions.cost).toBeLessThanOrEqual(rows[i]!.dimensions.cost);
  });

  it('knows the catalogue ids it filters by', () => {
    expect(seedCatalogue.technologies.map((t) => t.id)).toEqual(
      expect.arrayContaining(['kubernetes', 'calico']),
    );
  });
});
