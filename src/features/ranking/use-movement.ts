import { useMemo, useState } from 'react';

import type { RankingRow } from '../../engine/evaluate';
import { computeMoves, sameOrder, toRankMap, type RankMap } from './movement';

interface Baseline {
  ranks: RankMap;
  moves: ReadonlyMap<string, number>;
}

/**
 * How far each stack moved at the last change of order (▲ / ▼). The baseline only advances
 * when the order really changes, so a weight drag that keeps the order keeps the arrows.
 * Re-renders with its caller; adds one render when the order changes.
 */
export function useMovement(rows: RankingRow[]): ReadonlyMap<string, number> {
  const current = useMemo(() => toRankMap(rows), [rows]);
  const [baseline, setBaseline] = useState<Baseline>(() => ({ ranks: current, moves: new Map() }));
  // Adjusting state while rendering (react.dev "storing information from previous renders"):
  // React re-renders at once with the new baseline, before anything is committed.
  if (!sameOrder(baseline.ranks, current)) {
    setBaseline({ ranks: current, moves: computeMoves(baseline.ranks, current) });
  }
  return baseline.moves;
}
