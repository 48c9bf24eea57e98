import { useEffect, useMemo, useSyncExternalStore } from 'react';

import type { Catalogue, Requirements, Weights } from '../catalogue/types';
import type { AxisRange } from '../engine/analysis/decision-map';
import {
  analysisContext,
  runAnalysis,
  type AnalysisContext,
  type AnalysisInputs,
  type AnalysisQuery,
  type AnalysisValues,
  WEIGHT_FREE,
} from './scoring/analysis';
import { analysis, focusFor } from './scoring/start';
import { useRankedInWorker, useRankingInputs } from './use-ranking';
import { CHART_SETTLE_MS, useSettledValue } from './use-settled-value';

/**
 * The "how sure are we" analyses of the current inputs: computed on the page for a small
 * catalogue (the seed's 432 stacks: well under a millisecond a slider step, so they follow a
 * drag), in the analysis worker for a large one. Each hook returns the newest value and
 * whether a newer one is on its way; a value is never of another catalogue or requirements.
 */
export interface Analysis<T> {
  value: T | null;
  /** A newer value is being computed (always false on the page: it is computed in the render). */
  pending: boolean;
  /** Computed in the analysis worker (a large catalogue). */
  inWorker: boolean;
  /** Why the worker could not compute it, if it could not. */
  error: string | null;
}

/** The weights an analysis that does not read them is asked with: one object, never a change. */
const NO_WEIGHTS: Weights = {};

const pageContexts = new WeakMap<
  Catalogue,
  { requirements: Requirements; scenarioId: string; value: AnalysisContext }
>();

/**
 * The analyses' context for a small catalogue on the page, one per catalogue object (the last
 * requirements and base scenario): compiled once, shared by every hook and export.
 */
export function pageAnalysisContext(
  catalogue: Catalogue,
  requirements: Requirements,
  scenarioId: string,
): AnalysisContext {
  const last = pageContexts.get(catalogue);
  if (last?.requirements === requirements && last.scenarioId === scenarioId) return last.value;
  const value = analysisContext(catalogue, requirements, focusFor(catalogue, scenarioId));
  pageContexts.set(catalogue, { requirements, scenarioId, value });
  return value;
}

/**
 * One analysis of the current inputs; `settle`: only once the weights rest (the decision map;
 * every analysis of a worker-ranked catalogue).
 */
function useAnalysis<Q extends AnalysisQuery>(
  slot: string,
  query: Q | null,
  settle = false,
): Analysis<AnalysisValues[Q['kind']]> {
  const { inputs } = useRankingInputs();
  const { catalogue, requirements, baseScenarioId, mode, showInvalid, method } = inputs;
  const settled = useSettledValue(inputs.weights, CHART_SETTLE_MS);
  const inWorker = useRankedInWorker();
  // In the worker every analysis waits for the weights to rest: a drag's steps go to the
  // ranking, not to a queue of analyses (each a pass over every stack) and their re-renders.
  // An analysis that does not read the weights is not re-run (nor re-asked) when they move.
  const weights =
    query !== null && WEIGHT_FREE.has(query.kind)
      ? NO_WEIGHTS
      : settle || inWorker
        ? settled
        : inputs.weights;
  // Callers pass a memoised query when it is large (the ranking's ids): stringified once.
  const queryKey = useMemo(() => (query === null ? null : JSON.stringify(query)), [query]);
  const asked = useMemo<AnalysisInputs>(
    () => ({ weights, mode, showInvalid, method }),
    [weights, mode, showInvalid, method],
  );
  // Re-run only when the query's content changes, not its object.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableQuery = useMemo(() => query, [queryKey]);
  const onPage = useMemo(() => {
    if (inWorker || stableQuery === null) return null;
    const ctx = pageAnalysisContext(catalogue, requirements, baseScenarioId);
    return runAnalysis(ctx, asked, stableQuery);
  }, [inWorker, stableQuery, catalogue, requirements, baseScenarioId, asked]);
  useEffect(() => {
    if (!inWorker || stableQuery === null) return;
    analysis.request(
      slot,
      { catalogue, requirements, focus: focusFor(catalogue, baseScenarioId) },
      asked,
      stableQuery,
    );
  }, [inWorker, slot, stableQuery, catalogue, requirements, baseScenarioId, asked]);
  const state = useSyncExternalStore(analysis.subscribe, () => analysis.get(slot));
  if (!inWorker) return { value: onPage, pending: false, inWorker, error: null };
  return {
    value: state.value as AnalysisValues[Q['kind']] | null,
    pending: state.pending,
    inWorker,
    error: state.error,
  };
}

/** How far each weight can move before the #1 changes, and the nearest such change. */
export const useStability = () => useAnalysis('stability', { kind: 'stability' });

/** The top 5 stacks' scores as one weight sweeps its range. */
export const useSweep = (dimension: string) => useAnalysis('sweep', { kind: 'sweep', dimension });

/** The efficient set's size and which of `ids` another stack dominates (`asker`: one slot each). */
export const useDominance = (ids: string[], asker: string) =>
  useAnalysis(
    `dominance:${asker}`,
    useMemo(() => ({ kind: 'dominance' as const, ids }), [ids]),
  );

/** How far the weighted sum, weighted product and TOPSIS agree on the top 10. */
export const useAgreement = () => useAnalysis('agreement', { kind: 'agreement' });

/** The #1 along one requirement, once the weights rest. */
export const useDecisionStrip = (axis: AxisRange) =>
  useAnalysis('strip', { kind: 'strip', axis }, true);

/** The #1 over two requirements, once the weights rest. */
export const useDecisionMap = (x: AxisRange, y: AxisRange) =>
  useAnalysis('map', { kind: 'map', x, y }, true);
