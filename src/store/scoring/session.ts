import {
  compileStacks,
  compiledBytes,
  indexOfId,
  type CompiledStacks,
} from '../../engine/scale/compile';
import { samePlan, updateSums, weightPlan, type RunningSums } from '../../engine/scale/score';
import {
  fullOrder,
  ranksOf,
  tiersFor,
  topK,
  windowOf,
  type FullOrder,
  type RankedIndex,
  type SelectOptions,
  type Tiers,
} from '../../engine/scale/select';
import {
  expandOrder,
  sortByColumn,
  sortedWindow,
  type ExpandedOrder,
} from '../../engine/scale/sort';
import { dominanceOf, type Dominance } from '../../engine/analysis/dominance';
import { createMovementTracker } from './movement';
import type { RankedList, ScoringReply, ScoringRequest } from './protocol';

/**
 * The scoring worker's state and logic, without the worker: compiled stacks per assessment,
 * running sums updated by delta, tiers per rank options, the full order only once rows past
 * the top are asked for. Pure apart from its own caches, so it runs (and is tested) in Node.
 */
export interface ScoringSession {
  handle(request: ScoringRequest): ScoringReply;
}

const now = () => performance.now();

export function createScoringSession(): ScoringSession {
  let key = -1;
  let compiled: CompiledStacks | null = null;
  /** Why the current assessment could not be compiled, if it could not. */
  let failure: string | null = null;
  let running: RunningSums | null = null;
  const tiersCache = new Map<string, Tiers>();
  let order: { plan: RunningSums['plan']; tiers: Tiers; value: FullOrder } | null = null;
  let expanded: { of: FullOrder; value: ExpandedOrder } | null = null;
  let sorted: { of: FullOrder; id: string; value: Int32Array } | null = null;
  const movement = createMovementTracker();
  /** Dominance per rank mode (weight-independent): computed once "hide dominated" asks for it. */
  const dominance = new Map<string, Dominance>();
  const dominanceIn = (c: CompiledStacks, mode: SelectOptions['mode']): Dominance => {
    let value = dominance.get(mode);
    if (!value) {
      value = dominanceOf(c, tiersFor(c, { mode, showInvalid: false, filter: [] }));
      dominance.set(mode, value);
    }
    return value;
  };

  const tiersOf = (c: CompiledStacks, options: SelectOptions): Tiers => {
    const id = JSON.stringify([
      options.mode,
      options.showInvalid,
      options.filter,
      options.dominator !== undefined,
    ]);
    let tiers = tiersCache.get(id);
    if (!tiers) {
      // A few option sets at most (with and without the filter); keep the newest four.
      if (tiersCache.size >= 4) tiersCache.delete(tiersCache.keys().next().value!);
      tiers = tiersFor(c, options);
      tiersCache.set(id, tiers);
    }
    return tiers;
  };

  return {
    handle(request) {
      let compileMs: number | null = null;
      if (request.assessment && request.assessment.key !== key) {
        const t0 = now();
        const { catalogue, requirements, focus } = request.assessment;
        key = request.assessment.key;
        compiled = null;
        running = null;
        order = null;
        movement.reset();
        tiersCache.clear();
        dominance.clear();
        try {
          compiled = compileStacks(catalogue, requirements, focus);
          failure = null;
        } catch (error) {
          // Every request for this assessment gets the same answer until a new one comes.
          failure = error instanceof Error ? error.message : String(error);
        }
        compileMs = now() - t0;
      }
      if (!compiled || request.key !== key) {
        const message = request.key === key && failure ? failure : 'stale assessment';
        return { type: 'error', seq: request.seq, key: request.key, message };
      }
      const c = compiled;
      const t1 = now();
      const plan = weightPlan(c, request.weights, request.method ?? 'weightedSum');
      const before = running;
      running = updateSums(c, running, plan);
      const delta = before !== null && running.deltas > before.deltas;
      const t2 = now();
      const base: SelectOptions = {
        mode: request.mode,
        showInvalid: request.showInvalid,
        filter: [],
      };
      const tiers = tiersOf(c, base);
      const list = (t: Tiers): RankedList => ({
        size: t.size,
        counts: t.counts,
        valid: t.valid,
        top: topK(c, running!, t, request.top),
      });
      const ranking = list(tiers);
      const tableTiers =
        request.filter.length > 0 || request.hideDominated
          ? tiersOf(c, {
              ...base,
              filter: request.filter,
              ...(request.hideDominated
                ? { dominator: dominanceIn(c, request.mode).dominator }
                : {}),
            })
          : tiers;
      // A filtered table numbers its rows as the whole ranking does (filterRows keeps ranks).
      const globalRanks = (rows: RankedIndex[]): RankedIndex[] => {
        if (tableTiers === tiers) return rows;
        const placed = ranksOf(
          c,
          running!,
          tiers,
          rows.map((r) => r.index),
        );
        return rows.map((r, i) => ({ ...r, rank: placed[i]?.rank ?? r.rank }));
      };
      const table =
        tableTiers === tiers
          ? null
          : {
              size: tableTiers.size,
              counts: tableTiers.counts,
              valid: tableTiers.valid,
              top: globalRanks(topK(c, running, tableTiers, request.top)),
            };
      let window: { start: number; rows: RankedIndex[] } | null = null;
      const wanted = request.window ?? (request.sort ? { start: 0, count: request.top } : null);
      if (wanted) {
        if (!order || !samePlan(order.plan, plan) || order.tiers !== tableTiers)
          order = { plan, tiers: tableTiers, value: fullOrder(c, plan, tableTiers) };
        const full = order.value;
        let rows: RankedIndex[];
        if (request.sort) {
          if (expanded?.of !== full) expanded = { of: full, value: expandOrder(c, full) };
          const id = JSON.stringify(request.sort);
          if (sorted?.of !== full || sorted.id !== id)
            sorted = {
              of: full,
              id,
              value: sortByColumn(
                c,
                plan,
                full,
                expanded.value,
                request.sort.column,
                request.sort.desc,
              ),
            };
          rows = sortedWindow(
            c,
            plan,
            full,
            expanded.value,
            sorted.value,
            wanted.start,
            wanted.count,
          );
        } else {
          rows = windowOf(c, plan, full, wanted.start, wanted.count);
        }
        window = { start: wanted.start, rows: globalRanks(rows) };
      }
      // The rows the table shows, and where they stood at the last change of their order.
      const top = (table ?? ranking).top;
      const shown = [...top, ...(window?.rows ?? [])];
      const earlier = movement.track(c, running, tiers, shown, top);
      const previous: [number, number][] = [];
      shown.forEach((r, i) => {
        const rank = earlier[i];
        if (rank !== null && rank !== undefined) previous.push([r.index, rank]);
      });
      const fullAtHand =
        order && order.tiers === tiers && samePlan(order.plan, plan) ? order.value : undefined;
      const extra = ranksOf(
        c,
        running,
        tiers,
        request.ids.map((id) => indexOfId(c, id)),
        fullAtHand,
      );
      return {
        type: 'ranked',
        seq: request.seq,
        key,
        ranking,
        table,
        extra,
        window,
        previous,
        timing: { compile: compileMs, score: t2 - t1, delta, select: now() - t2 },
        bytes:
          compiledBytes(c) +
          running.sums.byteLength +
          tiersBytes(tiersCache) +
          (order?.value.keys.byteLength ?? 0),
      };
    },
  };
}

function tiersBytes(cache: Map<string, Tiers>): number {
  let bytes = 0;
  for (const t of cache.values()) bytes += t.tier.byteLength;
  return bytes;
}
