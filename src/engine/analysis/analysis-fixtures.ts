import fc from 'fast-check';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Catalogue, Requirements, Technology, Weights } from '../../catalogue/types';
import type { RankOptions } from '../evaluate';
import { METHODS, type Method } from '../methods';
import { idAt, type CompiledStacks } from '../scale/compile';
import { fullSums, weightPlan } from '../scale/score';
import { topK, type Tiers } from '../scale/select';
import { focusOf, type Focus } from '../technology-scores';

// Test inputs for the analyses: random sub-catalogues of the seed with twins (identical facts,
// so exact ties happen), random requirements, focus, rank options, methods and slider weights —
// the same kinds of input the scale kernel's tests draw (scale.test.ts).

export const dimensionIds = seedCatalogue.dimensions.map((d) => d.id);

/** The seed catalogue with a subset of each layer's technologies and some twins. */
export function subCatalogue(keep: boolean[], twins: boolean[], invalidRules: boolean): Catalogue {
  const technologies: Technology[] = [];
  seedCatalogue.technologies.forEach((t, i) => {
    if (keep[i % keep.length]) technologies.push(t);
    if (twins[i % twins.length]) technologies.push({ ...t, id: `${t.id}-twin` });
  });
  for (const layer of seedCatalogue.layers)
    if (!technologies.some((t) => t.layer === layer.id))
      technologies.push(seedCatalogue.technologies.find((t) => t.layer === layer.id)!);
  return {
    ...seedCatalogue,
    technologies,
    compatibility: seedCatalogue.compatibility.map((r) =>
      invalidRules ? r : { ...r, severity: 'warning' as const },
    ),
  };
}

/** What a sub-catalogue is made from (counterexamples print this, not the catalogue). */
export interface SubCatalogue {
  keep: boolean[];
  twins: boolean[];
  invalidRules: boolean;
}

export const subCatalogueArb: fc.Arbitrary<SubCatalogue> = fc.record({
  keep: fc.array(fc.boolean(), { minLength: 5, maxLength: 9 }),
  twins: fc.array(fc.boolean(), { minLength: 3, maxLength: 7 }),
  invalidRules: fc.boolean(),
});

/** The catalogue of a sub-catalogue's description. */
export const catalogueOf = ({ keep, twins, invalidRules }: SubCatalogue): Catalogue =>
  subCatalogue(keep, twins, invalidRules);

export const requirementsArb: fc.Arbitrary<Requirements> = fc.record({
  nodes: fc.constantFrom(1, 3, 50, 1000, 5000, 100000),
  memoryPerNodeMB: fc.constantFrom(null, 64, 256, 512, 2048),
  coldStartMs: fc.constantFrom(null, 1, 100, 1000),
  offline: fc.boolean(),
  highAvailability: fc.boolean(),
  networkPolicy: fc.constantFrom('none', 'basic', 'full', 'l7'),
  policyComplexity: fc.constantFrom('none', 'simple', 'complex'),
  existingDatabase: fc.boolean(),
  site: fc.constantFrom('any', 'edge', 'cloud'),
  alphaApi: fc.boolean(),
  gpu: fc.boolean(),
}) as fc.Arbitrary<Requirements>;

export const focusArb: fc.Arbitrary<Focus> = fc
  .constantFrom(...seedCatalogue.scenarios)
  .map((s) => focusOf(s));

/** Slider weights: 0 … 5 in tenths (some exactly 0), over the seed's dimensions. */
export const weightsArb: fc.Arbitrary<Weights> = fc
  .array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 50 })), {
    minLength: dimensionIds.length,
    maxLength: dimensionIds.length,
  })
  .map((ws) => Object.fromEntries(dimensionIds.map((d, i) => [d, ws[i]! / 10])));

export const optionsArb: fc.Arbitrary<RankOptions> = fc.record({
  mode: fc.constantFrom('fitFirst' as const, 'scoreOnly' as const),
  showInvalid: fc.boolean(),
});

export const methodArb: fc.Arbitrary<Method> = fc.constantFrom(...METHODS);

/** The #1 of a ranking: topK's first (tier, score at 1e-9, id), by id. */
export function topId(
  compiled: CompiledStacks,
  weights: Weights,
  tiers: Tiers,
  method: Method,
): string | null {
  const first = topK(compiled, fullSums(compiled, weightPlan(compiled, weights, method)), tiers, 1);
  return first[0] ? idAt(compiled, first[0].index) : null;
}
