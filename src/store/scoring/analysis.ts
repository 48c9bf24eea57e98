import type { Catalogue, Requirements, Weights } from '../../catalogue/types';
import { methodAgreement, type MethodAgreement } from '../../engine/analysis/agreement';
import {
  decisionMap,
  decisionStrip,
  type AxisRange,
  type DecisionMap,
  type DecisionStrip,
} from '../../engine/analysis/decision-map';
import { dominanceOf, type Dominance } from '../../engine/analysis/dominance';
import { stabilityOf, type Stability } from '../../engine/analysis/stability';
import { sweepWeight, type Sweep } from '../../engine/analysis/sweep';
import type { RankMode } from '../../engine/evaluate';
import type { Method } from '../../engine/methods';
import { compileStacks, idAt, indexOfId, type CompiledStacks } from '../../engine/scale/compile';
import { tiersFor, type Tiers } from '../../engine/scale/select';
import type { Focus } from '../../engine/technology-scores';

/**
 * The "how sure are we" analyses of one assessment (catalogue, requirements, focus), as one
 * pure entry point: the page runs it for a small catalogue, the analysis worker for a large
 * one (analysis.worker.ts), so both answer with the same code. Answers name stacks by id.
 */

/** One analysis to run, with what it needs besides the inputs. */
export type AnalysisQuery =
  | { kind: 'stability' }
  | { kind: 'sweep'; dimension: string }
  | { kind: 'dominance'; ids: string[] }
  | { kind: 'agreement' }
  | { kind: 'strip'; axis: AxisRange }
  | { kind: 'map'; x: AxisRange; y: AxisRange };
export type AnalysisKind = AnalysisQuery['kind'];

/** Dominance as the views need it: the efficient set's size and who dominates the asked stacks. */
export interface DominanceView {
  /** Compatible stacks compared (invalid ones never are). */
  considered: number;
  /** Of them, dominated by none: the efficient set. */
  efficient: number;
  exact: boolean;
  /** For each asked stack another stack dominates: that stack's id. */
  dominatedBy: Record<string, string>;
}

export interface AnalysisValues {
  stability: Stability;
  sweep: Sweep;
  dominance: DominanceView;
  agreement: MethodAgreement;
  strip: DecisionStrip;
  map: DecisionMap;
}
export type AnalysisValue = AnalysisValues[AnalysisKind];

/** Analyses that do not read the weights (dominance compares dimension vectors and tiers). */
export const WEIGHT_FREE: ReadonlySet<AnalysisKind> = new Set(['dominance']);

/** The inputs every analysis reads besides the assessment. */
export interface AnalysisInputs {
  weights: Weights;
  mode: RankMode;
  showInvalid: boolean;
  method: Method;
}

/** What the analyses of one assessment share: compiled stacks and weight-independent caches. */
export interface AnalysisContext {
  catalogue: Catalogue;
  requirements: Requirements;
  compiled: CompiledStacks;
  tiers: Map<string, Tiers>;
  dominance: Map<RankMode, Dominance>;
}

export function analysisContext(
  catalogue: Catalogue,
  requirements: Requirements,
  focus: Focus,
): AnalysisContext {
  return {
    catalogue,
    requirements,
    compiled: compileStacks(catalogue, requirements, focus),
    tiers: new Map(),
    dominance: new Map(),
  };
}

/** The tiers of the unfiltered ranking under rank options (cached per context). */
export function tiersOf(ctx: AnalysisContext, mode: RankMode, showInvalid: boolean): Tiers {
  const id = `${mode}/${showInvalid}`;
  let tiers = ctx.tiers.get(id);
  if (!tiers) {
    tiers = tiersFor(ctx.compiled, { mode, showInvalid, filter: [] });
    ctx.tiers.set(id, tiers);
  }
  return tiers;
}

/**
 * Dominance among the compatible stacks under a rank mode (fit tiers count under fitFirst):
 * invalid stacks are never compared, shown or not. Weight-independent: cached per context.
 */
export function dominanceIn(ctx: AnalysisContext, mode: RankMode): Dominance {
  let dominance = ctx.dominance.get(mode);
  if (!dominance) {
    dominance = dominanceOf(ctx.compiled, tiersOf(ctx, mode, false));
    ctx.dominance.set(mode, dominance);
  }
  return dominance;
}

/** The dominance view for the asked stacks. */
export function dominanceView(
  ctx: AnalysisContext,
  mode: RankMode,
  ids: readonly string[],
): DominanceView {
  const { dominator, considered, efficient, exact } = dominanceIn(ctx, mode);
  const dominatedBy: Record<string, string> = {};
  for (const id of ids) {
    const index = indexOfId(ctx.compiled, id);
    const by = index < 0 ? -1 : dominator[index]!;
    if (by >= 0) dominatedBy[id] = idAt(ctx.compiled, by);
  }
  return { considered, efficient, exact, dominatedBy };
}

/** Runs one analysis. */
export function runAnalysis<Q extends AnalysisQuery>(
  ctx: AnalysisContext,
  inputs: AnalysisInputs,
  query: Q,
): AnalysisValues[Q['kind']];
export function runAnalysis(
  ctx: AnalysisContext,
  inputs: AnalysisInputs,
  query: AnalysisQuery,
): AnalysisValue {
  const { weights, mode, showInvalid, method } = inputs;
  const options = { mode, showInvalid, method };
  switch (query.kind) {
    case 'stability':
      return stabilityOf(ctx.compiled, weights, tiersOf(ctx, mode, showInvalid), method);
    case 'sweep': {
      // The stacks that take #1 at the swept weight's interval ends are drawn too.
      const tiers = tiersOf(ctx, mode, showInvalid);
      const interval = stabilityOf(ctx.compiled, weights, tiers, method).intervals.find(
        (i) => i.dimension === query.dimension,
      );
      const include = [interval?.below, interval?.above].filter((id): id is string => !!id);
      return sweepWeight(ctx.compiled, weights, tiers, method, query.dimension, { include });
    }
    case 'dominance':
      return dominanceView(ctx, mode, query.ids);
    case 'agreement':
      return methodAgreement(ctx.compiled, weights, tiersOf(ctx, mode, showInvalid), method);
    case 'strip':
      return decisionStrip(
        ctx.catalogue,
        ctx.compiled,
        ctx.requirements,
        weights,
        options,
        query.axis,
      );
    case 'map':
      return decisionMap(
        ctx.catalogue,
        ctx.compiled,
        ctx.requirements,
        weights,
        options,
        query.x,
        query.y,
      );
  }
}
