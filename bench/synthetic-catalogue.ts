import { openRequirements } from '../src/catalogue/scenarios';
import { DEFAULT_SYNTHETIC_SEED, syntheticCatalogueOfCounts } from '../src/catalogue/synthetic';
import type { Catalogue } from '../src/catalogue/types';

// The generator lives in the app (src/catalogue/synthetic.ts: the Catalogue view and
// `?synthetic=10x6` use it); the benchmarks use the same catalogues.
export { prng } from '../src/catalogue/synthetic';

/**
 * A catalogue of random technologies with `counts[i]` technologies in the i-th layer (the
 * seed's layers in order; the product is the number of stacks), a few compatibility rules and
 * cases. Same counts and seed, same catalogue: `[10, 10, 10, 10, 10, 10]` is `?synthetic=10x6`.
 */
export function syntheticCatalogue(counts: number[], seed = DEFAULT_SYNTHETIC_SEED): Catalogue {
  return syntheticCatalogueOfCounts(counts, seed);
}

/** Requirements that exercise every check of the matcher. */
export const benchRequirements = {
  ...openRequirements,
  nodes: 100,
  memoryPerNodeMB: 512,
  coldStartMs: 100,
  networkPolicy: 'full' as const,
  policyComplexity: 'complex' as const,
};
