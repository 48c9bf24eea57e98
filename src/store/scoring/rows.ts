import type { Catalogue, Requirements, Technology, Weights } from '../../catalogue/types';
import {
  assessStacks,
  type AssessedStack,
  type RankingRow,
  type RankOptions,
} from '../../engine/evaluate';
import {
  compileStacks,
  partsAt,
  type CompiledStacks,
  type StackSpace,
} from '../../engine/scale/compile';
import { fullSums, weightPlan } from '../../engine/scale/score';
import { tiersFor, topK, type RankedIndex } from '../../engine/scale/select';
import { checkCompatibility, stackId, statusOf } from '../../engine/stacks';
import type { Focus } from '../../engine/technology-scores';

/** What turning stack indices into rows needs, with the rows already made for it. */
export interface RowContext {
  catalogue: Catalogue;
  requirements: Requirements;
  focus: Focus;
  space: StackSpace;
  technologies: Map<string, Technology>;
  /** Assessed stacks by index, made once per context. */
  made: Map<number, AssessedStack>;
}

/**
 * Ranking rows for ranked stack indices, made by the reference code (assessStacks) so a row
 * reads exactly as the small-catalogue path's; each stack is assessed once per context.
 */
export function rowsFor(ctx: RowContext, ranked: readonly RankedIndex[]): RankingRow[] {
  const missing = ranked.filter((r) => !ctx.made.has(r.index)).map((r) => r.index);
  if (missing.length > 0) {
    const { catalogue, requirements, focus, space, technologies } = ctx;
    const stacks = missing.map((index) => {
      const parts = partsAt(space, index);
      const reasons = checkCompatibility(parts, catalogue.compatibility);
      return { id: stackId(parts, space.layerIds), parts, status: statusOf(reasons), reasons };
    });
    const assessed = assessStacks({ catalogue, stacks, technologies }, requirements, focus);
    missing.forEach((index, k) => ctx.made.set(index, assessed[k]!));
    // Keep the cache to what a few pages of rows need.
    if (ctx.made.size > 5000) {
      const keep = new Set(ranked.map((r) => r.index));
      for (const index of ctx.made.keys()) if (!keep.has(index)) ctx.made.delete(index);
    }
  }
  return ranked.map((r) => ({ ...ctx.made.get(r.index)!, total: r.total, rank: r.rank }));
}

let lastCompiled: {
  catalogue: Catalogue;
  requirements: Requirements;
  focus: Focus;
  compiled: CompiledStacks;
} | null = null;

/**
 * The first `k` rows of a large catalogue's ranking, on the calling thread with the scale
 * kernel (for one-off uses: an export, a preset comparison, an import preview — never a drag).
 */
export function rankTop(
  catalogue: Catalogue,
  requirements: Requirements,
  weights: Weights,
  options: RankOptions,
  focus: Focus,
  k: number,
): RankingRow[] {
  // One compile serves calls with the same catalogue, requirements and focus (a preset
  // comparison ranks twice; an export after a comparison once more).
  const last = lastCompiled;
  const compiled =
    last?.catalogue === catalogue && last.requirements === requirements && last.focus === focus
      ? last.compiled
      : compileStacks(catalogue, requirements, focus);
  lastCompiled = { catalogue, requirements, focus, compiled };
  const top = topK(
    compiled,
    fullSums(compiled, weightPlan(compiled, weights, options.method)),
    tiersFor(compiled, { ...options, filter: [] }),
    k,
  );
  return rowsFor(
    {
      catalogue,
      requirements,
      focus,
      space: compiled,
      technologies: new Map(catalogue.technologies.map((t) => [t.id, t])),
      made: new Map(),
    },
    top,
  );
}
