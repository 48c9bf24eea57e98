import type { Catalogue } from '../../catalogue/types';
import type { RankingRow } from '../../engine/evaluate';
import { AXIS_RANGES } from '../../engine/analysis/decision-map';
import { combineWeights } from '../../engine/analysis/group';
import { useAppStore } from '../../store/app-store';
import { readReviewLinks, reviewerTops } from '../../store/review-links';
import {
  runAnalysis,
  type AnalysisInputs,
  type AnalysisValues,
} from '../../store/scoring/analysis';
import { analysis, rankedInWorker } from '../../store/scoring/start';
import { pageAnalysisContext } from '../../store/use-analysis';
import type { AdrConfidence, AdrReview } from './adr-confidence';

/**
 * What the "How sure?" analyses say about the current inputs, read on demand for the decision
 * record: computed here for a small catalogue; for one ranked in the worker, the analysis
 * worker's latest answers (absent when the view has not asked for them yet).
 */
export function confidenceNow(catalogue: Catalogue): AdrConfidence {
  const state = useAppStore.getState();
  const inputs: AnalysisInputs = {
    weights: state.weights,
    mode: state.rankMode,
    showInvalid: state.showInvalid,
    method: state.method,
  };
  if (!rankedInWorker(catalogue)) {
    const ctx = pageAnalysisContext(catalogue, state.requirements, state.baseScenarioId);
    return {
      stability: runAnalysis(ctx, inputs, { kind: 'stability' }),
      dominance: runAnalysis(ctx, inputs, { kind: 'dominance', ids: [] }),
      agreement: runAnalysis(ctx, inputs, { kind: 'agreement' }),
      review: reviewNow(catalogue),
      strips: [AXIS_RANGES.nodes, AXIS_RANGES.memoryPerNodeMB].map((axis) =>
        runAnalysis(ctx, inputs, { kind: 'strip', axis }),
      ),
    };
  }
  // Only an answer for these very inputs: the view asked for it since they last changed.
  const settled = <K extends keyof AnalysisValues>(slot: string): AnalysisValues[K] | null => {
    const s = analysis.get(slot);
    const same =
      s.inputs?.weights === inputs.weights &&
      s.inputs.mode === inputs.mode &&
      s.inputs.showInvalid === inputs.showInvalid &&
      s.inputs.method === inputs.method;
    return same ? (s.value as AnalysisValues[K]) : null;
  };
  return {
    stability: settled<'stability'>('stability'),
    dominance: settled<'dominance'>('dominance:panel'),
    agreement: settled<'agreement'>('agreement'),
    review: reviewNow(catalogue),
    strips: [settled<'strip'>('strip')].filter((x): x is AnalysisValues['strip'] => x !== null),
  };
}

/** The group review of the pasted links, when at least one of them reads. */
function reviewNow(catalogue: Catalogue): AdrReview | null {
  const { reviewLinks, reviewMean } = useAppStore.getState();
  const lines = readReviewLinks(reviewLinks, catalogue).filter((l) => l.inputs !== null);
  if (lines.length === 0) return null;
  const ids = catalogue.dimensions.map((d) => d.id);
  const combined = combineWeights(
    lines.map((l) => ids.map((d) => l.inputs!.weights[d] ?? 0)),
    reviewMean,
  );
  if (!combined) return null;
  return { tops: reviewerTops(lines, catalogue).map((t) => t?.stackId ?? null), combined };
}

/** The rows of a small catalogue's ranking that no other stack dominates (hide dominated). */
export function undominated(catalogue: Catalogue, ranking: RankingRow[]): RankingRow[] {
  const { requirements, baseScenarioId, rankMode, showInvalid, weights, method } =
    useAppStore.getState();
  const ctx = pageAnalysisContext(catalogue, requirements, baseScenarioId);
  const { dominatedBy } = runAnalysis(
    ctx,
    { weights, mode: rankMode, showInvalid, method },
    { kind: 'dominance', ids: ranking.map((r) => r.stack.id) },
  );
  return ranking.filter((r) => dominatedBy[r.stack.id] === undefined);
}
