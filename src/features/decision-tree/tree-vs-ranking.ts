import type { DimensionId, LayerId, StackPattern, Weights } from '../../catalogue/types';
import { compareVectors } from '../../engine/compare';
import type { RankingRow } from '../../engine/evaluate';
import { fitsPattern } from '../../engine/patterns';
import type { MatchCheck } from '../../engine/types';

export type TreeVerdict =
  | { kind: 'agree'; top: RankingRow }
  | {
      kind: 'differ';
      top: RankingRow;
      /** The best-ranked stack that follows the tree; null when none is valid and shown. */
      treeStack: RankingRow | null;
      /** Layers where the ranking's #1 leaves the tree's recommendation. */
      layers: LayerId[];
      /** The weighted dimension that gives #1 its lead over the tree's stack, if the scores decide. */
      decidedBy: DimensionId | null;
      gap: number;
      /** Requirement checks the tree's stack fails or only partly meets, when that is what decides. */
      failedChecks: MatchCheck[];
    };

/** Compares the tree's recommendation with the ranking's #1 and says which weight or rule makes them differ. */
export function treeVsRanking(
  pattern: StackPattern,
  ranking: RankingRow[],
  weights: Weights,
): TreeVerdict | null {
  const top = ranking[0];
  if (!top) return null;
  if (fitsPattern(top.stack.parts, pattern)) return { kind: 'agree', top };
  const layers = (Object.keys(pattern) as LayerId[]).filter(
    (l) => !pattern[l]!.includes(top.stack.parts[l]),
  );
  const treeStack =
    ranking.find((r) => r.stack.status !== 'invalid' && fitsPattern(r.stack.parts, pattern)) ??
    null;
  if (!treeStack)
    return { kind: 'differ', top, treeStack, layers, decidedBy: null, gap: 0, failedChecks: [] };
  const rulesDecide = treeStack.match.status !== top.match.status;
  const comparison = compareVectors(top.dimensions, treeStack.dimensions, weights);
  return {
    kind: 'differ',
    top,
    treeStack,
    layers,
    decidedBy: rulesDecide ? null : comparison.decidedBy,
    gap: comparison.totalDelta,
    failedChecks: rulesDecide ? treeStack.match.checks.filter((c) => c.status !== 'match') : [],
  };
}
