import type { CompiledStacks } from '../../engine/scale/compile';
import type { RunningSums } from '../../engine/scale/score';
import { ranksOf, type RankedIndex, type Tiers } from '../../engine/scale/select';

/**
 * Where the rows a worker-ranked table shows stood before the last change of order — what
 * the ▲ / ▼ arrows show, as useMovement gives them for a small catalogue: the basis only
 * advances when the order of the rows shown changes, so a drag that keeps the order keeps
 * the arrows. Unlike useMovement it also knows where a row newly in view came from (its rank
 * under the basis weights, from the running sums kept for them).
 */
export interface MovementTracker {
  /**
   * The rank of each shown row at the last change of order; null where none is known. The
   * order is that of `top` (the table's first rows): scrolling to other rows changes nothing.
   */
  track(
    compiled: CompiledStacks,
    running: RunningSums,
    tiers: Tiers,
    shown: readonly RankedIndex[],
    top: readonly RankedIndex[],
  ): (number | null)[];
  reset(): void;
}

interface Snapshot {
  signature: string;
  running: RunningSums;
  tiers: Tiers;
}

export function createMovementTracker(): MovementTracker {
  let last: Snapshot | null = null;
  let basis: (Snapshot & { ranks: Map<number, number | null> }) | null = null;
  return {
    reset() {
      last = null;
      basis = null;
    },
    track(compiled, running, tiers, shown, top) {
      const signature = top.map((r) => `${r.index}:${r.rank}`).join(',');
      // Other rank options or another catalogue: nothing moved, it is another list.
      if (last && (last.tiers !== tiers || last.running.sums.length !== running.sums.length)) {
        last = null;
        basis = null;
      }
      // Keep the sums of the order shown (two buffers, reused: a drag allocates nothing).
      const keep = (into: Float64Array | undefined): RunningSums => {
        const sums =
          into && into.length === running.sums.length
            ? into
            : new Float64Array(running.sums.length);
        sums.set(running.sums);
        return { plan: running.plan, sums, deltas: 0 };
      };
      if (!last) last = { signature, running: keep(undefined), tiers };
      else if (last.signature !== signature) {
        const spare = basis?.running.sums;
        basis = { ...last, ranks: new Map() };
        last = { signature, running: keep(spare), tiers };
      }
      const b = basis;
      if (!b) return shown.map(() => null);
      const missing = [...new Set(shown.map((r) => r.index))].filter((i) => !b.ranks.has(i));
      if (missing.length > 0)
        ranksOf(compiled, b.running, b.tiers, missing).forEach((r, k) =>
          b.ranks.set(missing[k]!, r?.rank ?? null),
        );
      return shown.map((r) => b.ranks.get(r.index) ?? null);
    },
  };
}
