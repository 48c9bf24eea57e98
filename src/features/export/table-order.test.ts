import { describe, expect, it } from 'vitest';

import { withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { presetWeights } from '../../engine/presets';
import { scenarioById } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
import { sortLikeTable, visibleRows } from './table-order';

const edge = scenarioById('edge');
// The edge preset as the app ranks it (with its focus); exact ties share a rank number (1, 1, 3).
const ranking = rankFor(
  seedCatalogue,
  edge.requirements,
  edge.weights,
  { mode: 'fitFirst', showInvalid: false },
  edge,
);
const ids = (rows: typeof ranking) => rows.map((r) => r.stack.id);

describe('sortLikeTable', () => {
  it('keeps the ranking order without sorting or with unknown columns only', () => {
    expect(sortLikeTable(seedCatalogue, ranking, [])).toBe(ranking);
    expect(ids(sortLikeTable(seedCatalogue, ranking, [{ id: 'compare', desc: false }]))).toEqual(
      ids(ranking),
    );
  });

  it('sorts by total descending, ties in ranking order', () => {
    const sorted = sortLikeTable(seedCatalogue, ranking, [{ id: 'total', desc: true }]);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(a.total).toBeGreaterThanOrEqual(b.total);
      if (a.total === b.total) expect(ranking.indexOf(a)).toBeLessThan(ranking.indexOf(b));
    }
  });

  it('sorts the stack column by name, case-insensitively', () => {
    const sorted = sortLikeTable(seedCatalogue, ranking.slice(0, 4), [
      { id: 'stack', desc: false },
    ]);
    expect(sorted.map((r) => r.rank)).toEqual([2, 4, 3, 1]);
    expect(ids(sorted)).toEqual([
      'k3s+wasmedge+crun+sqlite+calico+opa-wasm',
      'k3s+wasmedge+crun+sqlite+cilium+opa-wasm',
      'k3s+wasmedge+crun+sqlite+flannel+kyverno',
      'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
    ]);
    const reversed = sortLikeTable(seedCatalogue, ranking.slice(0, 4), [
      { id: 'stack', desc: true },
    ]);
    expect(reversed.map((r) => r.rank)).toEqual([1, 3, 4, 2]);
  });

  it('sorts by rank descending: rank groups reversed, rows sharing a rank kept in ranking order', () => {
    expect(ranking.some((r, i) => ranking[i - 1]?.rank === r.rank)).toBe(true);
    const ranks = [...new Set(ranking.map((r) => r.rank))].reverse();
    const expected = ranks.flatMap((rank) => ids(ranking.filter((r) => r.rank === rank)));
    expect(ids(sortLikeTable(seedCatalogue, ranking, [{ id: 'rank', desc: true }]))).toEqual(
      expected,
    );
  });
});

describe('visibleRows', () => {
  it('applies the technology filter before the sorting', () => {
    const rows = visibleRows(
      seedCatalogue,
      ranking,
      ['kubernetes', 'calico'],
      [{ id: 'cost', desc: false }],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        (r) => r.stack.parts.orchestration === 'kubernetes' && r.stack.parts.network === 'calico',
      ),
    ).toBe(true);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i - 1]!.dimensions.cost).toBeLessThanOrEqual(rows[i]!.dimensions.cost!);
  });

  it('knows the catalogue ids it filters by', () => {
    expect(seedCatalogue.technologies.map((t) => t.id)).toEqual(
      expect.arrayContaining(['kubernetes', 'calico']),
    );
  });
});

describe('a catalogue with a dimension of the user’s', () => {
  it('sorts by the security column like the table', () => {
    const custom = withSecurity(seedCatalogue);
    const s = scenarioById('edge', custom);
    const rows = rankFor(
      custom,
      s.requirements,
      presetWeights(custom, s),
      { mode: 'fitFirst', showInvalid: false },
      s,
    );
    const sorted = sortLikeTable(custom, rows, [{ id: 'security', desc: true }]);
    expect(sorted).toHaveLength(rows.length);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i - 1]!.dimensions.security).toBeGreaterThanOrEqual(
        sorted[i]!.dimensions.security!,
      );
    // The seed's columns do not know it: unsorted there.
    expect(sortLikeTable(seedCatalogue, rows, [{ id: 'security', desc: true }])).toBe(rows);
  });
});
