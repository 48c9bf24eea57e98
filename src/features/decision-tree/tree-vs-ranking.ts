import type { DimensionId, LayerId, StackPattern, Weights } from '../../catalogue/types';
import { compareVectors } from '../../engine/compare';
import { leadingGroup } from '../../engine/conformance';
import type { RankingRow } from '../../engine/evaluate';
import { fitsPattern } from '../../engine/patterns';
import type { MatchCheck } from '../../engine/types';

export type TreeVerdict =
  | {
      kind: 'agree';
      /** The co-recommended #1 group (leadingGroup), in ranking order; one stack when #1 is alone. */
      leaders: RankingRow[];
      /** The leaders that follow the tree (at least one). */
      following: RankingRow[];
    }
  | {
      kind: 'differ';
      leaders: RankingRow[];
      /** The best-ranked stack that follows the tree; null when none is valid and shown. */
      treeStack: RankingRow | null;
      /** Layers where no co-recommended stack takes the tree's pick. */
      layers: LayerId[];
      /** The weighted dimension that gives the leaders their lead over the tree's stack, if the scores decide. */
      decidedBy: DimensionId | null;
      /** The smallest lead of a co-recommended stack over the tree's stack (0..1 units). */
      gap: number;
      /** Every co-recommended stack leads the tree's stack by the same `gap` (an exact tie, or one stack). */
      evenLead: boolean;
      /** Requirement checks the tree's stack fails or only partly meets, when that is what decides. */
      failedChecks: MatchCheck[];
    };

/**
 * Compares the tree's recommendation with the ranking's co-recommended #1 group (never one
 * stack of a tie picked by id): they agree when any co-recommended stack follows the tree; a
 * layer differs only when no co-recommended stack takes the tree's pick there. Null for an
 * empty ranking.
 */
export function treeVsRanking(
  pattern: StackPattern,
  ranking: RankingRow[],
  weights: Weights,
): TreeVerdict | null {
  const leaders = leadingGroup(ranking);
  const last = leaders.at(-1);
  if (!last) return null;
  const following = leaders.filter((r) => fitsPattern(r.stack.parts, pattern));
  if (following.length > 0) return { kind: 'agree', leaders, following };
  // A layer the catalogue's stacks lack (a user's catalogue without it): no stack takes the pick.
  const layers = (Object.keys(pattern) as LayerId[]).filter(
    (l) =>
      !leaders.some((r) => {
        const id = r.stack.parts[l];
        return id !== undefined && pattern[l]!.includes(id);
      }),
  );
  const evenLead = leaders.every((r) => r.total === last.total);
  const treeStack =
    ranking.find((r) => r.stack.status !== 'invalid' && fitsPattern(r.stack.parts, pattern)) ??
    null;
  const base = { kind: 'differ', leaders, treeStack, layers, evenLead } as const;
  if (!treeStack) return { ...base, decidedBy: null, gap: 0, failedChecks: [] };
  // Every leader shares the fit tier, so one status stands for the group.
  const rulesDecide = treeStack.match.status !== last.match.status;
  // The group's lowest total gives the lead every co-recommended stack has at least.
  const comparison = compareVectors(last.dimensions, treeStack.dimensions, weights);
  return {
    ...base,
    decidedBy: rulesDecide ? null : comparison.decidedBy,
    gap: comparison.totalDelta,
    failedChecks: rulesDecide ? treeStack.match.checks.filter((c) => c.status !== 'match') : [],
  };
}
