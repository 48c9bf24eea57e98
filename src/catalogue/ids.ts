import { z } from 'zod';

// One source for every id list: each list is declared once here, with its zod enum, and the
// TypeScript type is inferred from the enum. Other modules import these instead of repeating
// the words.

/**
 * An id of a layer or a dimension. Layers and dimensions are catalogue data: the seed has six
 * of each, a user's catalogue may have others (a gateway layer, a security dimension). Ids are
 * short words; names that exist on every object (`constructor`, `__proto__`) are refused, so
 * an id can key a plain record safely.
 */
export const catalogueKeySchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9-]{0,31}$/, 'a short id: a letter, then letters, digits or -')
  .refine((id) => !(id in Object.prototype) && id !== 'prototype', 'an id that is not reserved');

/** The seed's slots of a stack, in display order (see layers.ts for why runtime is two slots). */
export const SEED_LAYER_IDS = [
  'orchestration',
  'runtime',
  'ociRuntime',
  'storage',
  'network',
  'policy',
] as const;
export type SeedLayerId = (typeof SEED_LAYER_IDS)[number];
export const layerIdSchema = catalogueKeySchema;
export type LayerId = z.infer<typeof layerIdSchema>;

/** The seed's six decision dimensions of 17.6.1, in its order. */
export const SEED_DIMENSION_IDS = [
  'resource',
  'performance',
  'scale',
  'availability',
  'cost',
  'maturity',
] as const;
export type SeedDimensionId = (typeof SEED_DIMENSION_IDS)[number];
export const dimensionIdSchema = catalogueKeySchema;
export type DimensionId = z.infer<typeof dimensionIdSchema>;

/** The interface languages. */
export const LANGUAGES = ['zh', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Every kind of fact a technology can carry. */
export const FACT_KEYS = [
  'githubStars',
  'latestVersion',
  'releaseCadence',
  'productionStars',
  'communityStars',
  'maturityStars',
  'nodeRange',
  'controlPlaneMemory',
  'bundledComponents',
  'imageSize',
  'startTime',
  'memoryFootprint',
  'podDensity',
  'latency',
  'resourceUse',
  'highAvailability',
  'offline',
  'networkPerformance',
  'networkPolicy',
  'configEase',
  'policyLanguage',
  'complexPolicies',
  'policyLatency',
  'policyMemory',
  'integration',
  'usesExistingDatabase',
  'alphaApi',
  'gpuAcceleration',
  'edgeReady',
  'cloudReady',
  'scenarios',
] as const;
export const factKeySchema = z.enum(FACT_KEYS);
export type FactKey = z.infer<typeof factKeySchema>;

/** Units of figures. */
export const UNITS = ['MB', 'ms', 'nodes', 'pods/node', 'stars'] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof unitSchema>;

/** An ordinal level as the seed words it (极低 … 高). */
export const LEVELS = ['veryLow', 'low', 'medium', 'high', 'veryHigh'] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

/** Network-policy support, ordered: none < basic < full < l7. */
export const POLICY_SUPPORT = ['none', 'basic', 'full', 'l7'] as const;
export const policySupportSchema = z.enum(POLICY_SUPPORT);
export type PolicySupport = z.infer<typeof policySupportSchema>;

/** Where a stack runs (17.8.2 splits AI inference into 边缘 and 云端). */
export const SITES = ['any', 'edge', 'cloud'] as const;
export const siteSchema = z.enum(SITES);
export type Site = z.infer<typeof siteSchema>;
