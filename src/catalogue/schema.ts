import { z } from 'zod';

import {
  dimensionIdSchema,
  factKeySchema,
  layerIdSchema,
  levelSchema,
  policySupportSchema,
  siteSchema,
  unitSchema,
} from './ids';

const localized = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const sectionRef = z.string().regex(/^17(\.\d+){1,3}$/, 'a section id like 17.3.2');
const starsValue = z.number().int().min(1).max(5);
const layerId = layerIdSchema;
const dimensionId = dimensionIdSchema;
const unit = unitSchema;
const policySupportValue = policySupportSchema;
const reading = z.object({ rationale: localized, rests: z.array(sectionRef).min(1) });
const compatibilityCell = z.object({ mark: z.enum(['ok', 'caution']), words: localized });
const factMeta = {
  source: sectionRef,
  quote: z.string().min(1).optional(),
  reading: reading.optional(),
  note: localized.optional(),
};

const fact = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('number'),
    value: z.number().positive(),
    unit,
    approx: z.boolean().optional(),
    orMore: z.boolean().optional(),
    ...factMeta,
  }),
  z
    .object({
      kind: z.literal('range'),
      min: z.number().positive(),
      max: z.number().positive(),
      unit,
      orMore: z.boolean().optional(),
      ...factMeta,
    })
    .refine((r) => r.min <= r.max, { message: 'range min must not exceed max' }),
  z.object({ kind: z.literal('stars'), value: starsValue, ...factMeta }),
  z.object({ kind: z.literal('bool'), value: z.boolean(), ...factMeta }),
  z.object({
    kind: z.literal('level'),
    value: levelSchema,
    ...factMeta,
  }),
  z.object({ kind: z.literal('policySupport'), value: policySupportValue, ...factMeta }),
  z.object({ kind: z.literal('text'), value: localized, ...factMeta }),
  z.object({ kind: z.literal('unknown'), value: localized, ...factMeta }),
]);

const factKey = factKeySchema;

const technologyId = z.string().regex(/^[a-z0-9-]+$/, 'lower-case id');
const stackPattern = z.partialRecord(layerId, z.array(technologyId).min(1));
const weight = z.number().min(0).max(10);
const weights = z.record(dimensionId, weight);

export const requirementsSchema = z.object({
  nodes: z.number().int().min(1).max(100000),
  memoryPerNodeMB: z.number().int().min(16).max(1048576).nullable(),
  coldStartMs: z.number().min(1).max(60000).nullable(),
  offline: z.boolean(),
  highAvailability: z.boolean(),
  networkPolicy: policySupportValue,
  policyComplexity: z.enum(['none', 'simple', 'complex']),
  existingDatabase: z.boolean(),
  site: siteSchema,
  alphaApi: z.boolean(),
  gpu: z.boolean(),
});

const derivation = z.object({
  why: localized,
  sections: z.array(sectionRef).min(1),
  quote: z.string().min(1).optional(),
  reading: z.boolean().optional(),
});

export const weightsSchema = weights;

/** Structural schema of the catalogue; cross-references are checked in validate.ts. */
export const catalogueSchema = z.object({
  sections: z.array(z.object({ id: sectionRef, title: localized })).min(1),
  layers: z.array(z.object({ id: layerId, name: localized, source: sectionRef })).length(6),
  technologies: z.array(
    z.object({
      id: technologyId,
      layer: layerId,
      name: z.string().min(1),
      summary: localized,
      facts: z.partialRecord(factKey, fact),
      includes: z
        .object({
          ids: z.array(technologyId).min(1),
          seedWording: z.string().min(1),
          source: sectionRef,
          reading,
        })
        .optional(),
    }),
  ),
  dimensions: z
    .array(
      z.object({
        id: dimensionId,
        name: localized,
        indicators: localized,
        seedWeight: z.enum(['high', 'medium', 'low']),
        seedNote: z.string().min(1),
        defaultWeight: weight,
        metrics: z
          .array(
            z.object({
              fact: factKey,
              rule: z.enum([
                'lowerLog',
                'higherLog',
                'stars',
                'bool',
                'rating',
                'levelLower',
                'levelHigher',
                'policySupport',
              ]),
              requirement: z.enum(['highAvailability', 'offline']).optional(),
            }),
          )
          .min(1),
        aggregation: z.enum(['mean', 'min', 'capacity']),
        aggregationWhy: localized,
        source: sectionRef,
      }),
    )
    .length(6),
  scenarios: z.array(
    z.object({
      id: z.string().min(1),
      name: localized,
      description: localized,
      weights,
      weightDerivation: z.record(dimensionId, derivation),
      requirements: requirementsSchema,
      requirementDerivation: z.partialRecord(requirementsSchema.keyof(), derivation),
      focus: z.partialRecord(dimensionId, z.object({ facts: z.array(factKey).min(1), derivation })),
      variants: z.array(
        z.object({
          id: z.string().min(1),
          label: localized,
          requirements: requirementsSchema.partial(),
          stack: stackPattern,
          seedWording: localized,
          sections: z.array(sectionRef).min(1),
        }),
      ),
      schemeMaturity: z.object({ scheme: z.string(), stars: starsValue }).optional(),
      sources: z.array(sectionRef),
      tiers: z.object({ central: z.string(), edge: z.string() }).optional(),
    }),
  ),
  cases: z.array(
    z.object({
      id: z.string().min(1),
      section: sectionRef,
      name: localized,
      organisation: localized,
      status: z.enum(['production', 'experimental', 'reference']),
      scale: localized,
      stack: stackPattern,
      otherParts: localized,
      results: localized,
      summary: z
        .object({
          label: z.string().min(1),
          core: z.string().min(1),
          maturityStars: starsValue,
          feature: localized,
        })
        .optional(),
    }),
  ),
  compatibility: z.array(
    z.object({
      id: z.string().min(1),
      severity: z.enum(['invalid', 'warning']),
      when: z.array(technologyId).min(1),
      unless: z.array(technologyId).optional(),
      reason: localized,
      source: sectionRef,
      quote: z.string().min(1).optional(),
      reading: reading.optional(),
    }),
  ),
  decisionMatrix: z.array(
    z.object({
      label: z.string(),
      stack: stackPattern,
      stars: z.object({
        resource: starsValue,
        startTime: starsValue,
        offline: starsValue,
        maturity: starsValue,
      }),
      printedTotal: z.number(),
      printedVerdict: z.enum(['recommended', 'optional', 'notRecommended']),
    }),
  ),
  schemeComparison: z
    .array(
      z.object({
        scheme: localized,
        orchestration: localized,
        runtime: localized,
        storage: localized,
        network: localized,
        policy: localized,
        useCases: localized,
        maturityStars: starsValue,
      }),
    )
    .optional(),
  compatibilityMatrix: z
    .array(
      z.object({
        combination: z.string().min(1),
        kubernetesApi: compatibilityCell,
        dockerImage: compatibilityCell,
        network: compatibilityCell,
        storage: compatibilityCell,
      }),
    )
    .optional(),
});
