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

// The catalogue's zod schema is the one description of its shape: types.ts infers every
// catalogue type from it (z.infer), validate.ts adds the cross-references, and the JSON Schema
// served at /catalogue.schema.json is generated from it.

/**
 * A text in both interface languages. One may be left empty (a user's entry): the other
 * language fills it, so every text the app shows has both.
 */
/** The longest text in one language: a name, a summary, a reason, a fact's words. */
export const TEXT_MAX = 4000;
/** The longest source a user types (a URL, a benchmark, "team estimate"). */
export const SOURCE_MAX = 500;

export const localizedSchema = z
  .object({ zh: z.string().max(TEXT_MAX), en: z.string().max(TEXT_MAX) })
  .refine((t) => t.zh.trim() !== '' || t.en.trim() !== '', 'a text in at least one language')
  .transform((t) => ({
    zh: t.zh.trim() === '' ? t.en : t.zh,
    en: t.en.trim() === '' ? t.zh : t.en,
  }));

/** A section of the seed document, e.g. "17.3.2". */
export const sectionRefSchema = z.string().regex(/^17(\.\d+){1,3}$/, 'a section id like 17.3.2');

/**
 * Where an item comes from: a seed section, or `user` — entered by the user, with the source
 * they typed in `entered` (a URL, a benchmark, "team estimate").
 */
export const sourceSchema = z.union([sectionRefSchema, z.literal('user')], {
  error: 'a section id like 17.3.2, or user',
});
export const enteredSchema = z.object({ source: z.string().trim().min(1).max(SOURCE_MAX) });

const starsValue = z.number().int().min(1).max(5);

/**
 * What the app reads into the seed where the seed does not print the figure itself: the
 * rationale and the sections the reading rests on. A reading is shown with its own badge,
 * never as a citation.
 */
export const readingSchema = z.object({
  rationale: localizedSchema,
  rests: z.array(sectionRefSchema).min(1).max(20),
});

/**
 * The provenance of a fact. Printed by the seed unless `reading` is set: then `source` is the
 * main section the reading rests on. `quote` is the cell or sentence of the section the value
 * comes from, verbatim. `note` adds context in both languages.
 */
const factMeta = {
  source: sourceSchema,
  entered: enteredSchema.optional(),
  quote: z.string().min(1).max(2000).optional(),
  reading: readingSchema.optional(),
  note: localizedSchema.optional(),
};

/** The largest figure a fact may hold. */
export const FIGURE_MAX = 1e12;
/** The longest technology name. */
export const NAME_MAX = 80;

const figure = z.number().positive().max(FIGURE_MAX);

/** One fact's value, typed by kind (ranges stay ranges), with its provenance. */
export const factSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('number'),
    value: figure,
    unit: unitSchema,
    approx: z.boolean().optional(),
    orMore: z.boolean().optional(),
    ...factMeta,
  }),
  z
    .object({
      kind: z.literal('range'),
      min: figure,
      max: figure,
      unit: unitSchema,
      orMore: z.boolean().optional(),
      ...factMeta,
    })
    .refine((r) => r.min <= r.max, { message: 'range min must not exceed max' }),
  z.object({ kind: z.literal('stars'), value: starsValue, ...factMeta }),
  z.object({ kind: z.literal('bool'), value: z.boolean(), ...factMeta }),
  z.object({ kind: z.literal('level'), value: levelSchema, ...factMeta }),
  z.object({ kind: z.literal('policySupport'), value: policySupportSchema, ...factMeta }),
  z.object({ kind: z.literal('text'), value: localizedSchema, ...factMeta }),
  /** The seed prints "-" or "依赖数据库": no figure exists. */
  z.object({ kind: z.literal('unknown'), value: localizedSchema, ...factMeta }),
]);

/** The kinds of fact value, in the schema's order. */
export const FACT_KINDS = factSchema.options.map((o) => o.shape.kind.value);

export const technologyIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'a lower-case id: letters, digits and -')
  .refine((id) => !(id in Object.prototype), 'an id that is not reserved');

/** A layer pattern: which technologies a seed stack allows in each slot. */
export const stackPatternSchema = z.record(layerIdSchema, z.array(technologyIdSchema).min(1));

/**
 * What a technology runs with inside its own slot, where the seed writes a conjunction:
 * "Docker + containerd + runc", "OPA + Gatekeeper", "OPA-Wasm + Gatekeeper" (17.4). The slot
 * holds one technology; this says which others it stands for, and why (always a reading).
 */
export const includesSchema = z.object({
  ids: z.array(technologyIdSchema).min(1),
  /** The seed's conjunction, verbatim. */
  seedWording: z.string().min(1),
  source: sectionRefSchema,
  reading: readingSchema,
});

export const technologySchema = z.object({
  id: technologyIdSchema,
  layer: layerIdSchema,
  name: z.string().trim().min(1).max(NAME_MAX),
  summary: localizedSchema,
  facts: z.partialRecord(factKeySchema, factSchema),
  includes: includesSchema.optional(),
  /** Set when the user entered or last edited the technology (its facts carry their own sources). */
  entered: enteredSchema.optional(),
});

export const layerSchema = z.object({
  id: layerIdSchema,
  name: localizedSchema,
  source: sourceSchema,
  entered: enteredSchema.optional(),
});

/** How a fact becomes a 0..1 score; see engine/normalise.ts. */
export const NORMALISATION_RULES = [
  'lowerLog',
  'higherLog',
  'stars',
  'bool',
  'rating',
  'levelLower',
  'levelHigher',
  'policySupport',
] as const;

export const metricSchema = z.object({
  fact: factKeySchema,
  rule: z.enum(NORMALISATION_RULES),
  /**
   * Score(T, S, C) depends on the constraints C (17.9.2): when a dimension has metrics tied
   * to a requirement and the user sets one of those requirements, only the tied metrics count.
   */
  requirement: z.enum(['highAvailability', 'offline']).optional(),
});

/** How a stack's technology scores combine into its dimension score (engine/aggregate.ts). */
export const AGGREGATIONS = ['mean', 'min', 'capacity'] as const;

const weightValue = z.number().min(0).max(10);

/** Ids the ranking table uses for its own columns; a dimension cannot take them. */
export const RESERVED_DIMENSION_IDS = ['rank', 'stack', 'total', 'fit', 'compare'];

export const dimensionSchema = z.object({
  id: dimensionIdSchema.refine(
    (id) => !RESERVED_DIMENSION_IDS.includes(id),
    `an id other than ${RESERVED_DIMENSION_IDS.join(', ')} (the ranking table's own columns)`,
  ),
  name: localizedSchema,
  /** The seed's evaluation metrics column of 17.6.1 (a user's dimension: what it measures). */
  indicators: localizedSchema,
  /** The seed's word (高/中/低) for the weight; absent for a user's dimension. */
  seedWeight: z.enum(['high', 'medium', 'low']).optional(),
  /** The seed's 说明 column of 17.6.1, verbatim (e.g. 资源受限场景权重高). */
  seedNote: z.string().min(1).optional(),
  defaultWeight: weightValue,
  metrics: z.array(metricSchema).min(1).max(20),
  aggregation: z.enum(AGGREGATIONS),
  aggregationWhy: localizedSchema.optional(),
  source: sourceSchema,
  entered: enteredSchema.optional(),
});

export const weightsSchema = z.record(dimensionIdSchema, weightValue);

/** Requirement set R of 17.9.3. */
export const requirementsSchema = z.object({
  nodes: z.number().int().min(1).max(100000),
  memoryPerNodeMB: z.number().int().min(16).max(1048576).nullable(),
  coldStartMs: z.number().min(1).max(60000).nullable(),
  offline: z.boolean(),
  highAvailability: z.boolean(),
  networkPolicy: policySupportSchema,
  policyComplexity: z.enum(['none', 'simple', 'complex']),
  existingDatabase: z.boolean(),
  site: siteSchema,
  /** 17.3.1 "elif 需要 Alpha API: Kubernetes"; 17.4.1 "需要 Alpha API 支持". */
  alphaApi: z.boolean(),
  /** 17.4.4 "GPU 加速推理" with "WasmEdge + GPU Plugin（必须）" (17.8.2). */
  gpu: z.boolean(),
});

/**
 * Where one preset input comes from: the sections and, when the seed prints it, the words
 * (`quote`); `reading` when it is the app's interpretation rather than the seed's statement.
 */
export const derivationSchema = z.object({
  why: localizedSchema,
  sections: z.array(sectionRefSchema).min(1),
  quote: z.string().min(1).optional(),
  reading: z.boolean().optional(),
});

/**
 * The id of a scenario, a seed variant, a production case or a rule: letters, digits and -.
 * Ids travel in share links (`s=<scenario id>`) and label rows: a free text there could add
 * its own query parameters (`x&catalogue=https://…`) or break the link (`#`).
 */
export const shortIdSchema = (max: number) =>
  z
    .string()
    .regex(
      new RegExp(`^[A-Za-z0-9][A-Za-z0-9-]{0,${max - 1}}$`),
      'a short id: letters, digits and -',
    );

/**
 * One of the seed's alternatives for a scenario (或 / or): the inputs that select it and the
 * stack the seed names for it. The first variant is what the preset applies.
 */
export const seedVariantSchema = z.object({
  id: shortIdSchema(48),
  label: localizedSchema,
  /** Requirements this variant sets on top of the scenario's. */
  requirements: requirementsSchema.partial(),
  /** The stack the seed recommends for this variant (17.2.2, 17.4, 17.8.2). */
  stack: stackPatternSchema,
  /** The seed's own wording of the stack, e.g. "Docker + containerd + runc". */
  seedWording: localizedSchema,
  sections: z.array(sectionRefSchema).min(1),
});

export const scenarioSchema = z.object({
  id: shortIdSchema(48),
  name: localizedSchema,
  description: localizedSchema,
  /** Preset weights; a dimension the scenario does not name takes its default weight. */
  weights: weightsSchema,
  /** Per dimension: where its preset weight comes from. */
  weightDerivation: z.record(dimensionIdSchema, derivationSchema),
  requirements: requirementsSchema,
  /** Per requirement the preset sets (others stay open): where it comes from. */
  requirementDerivation: z.partialRecord(requirementsSchema.keyof(), derivationSchema),
  /**
   * Score(T, S, C) depends on the scenario S (17.9.2): where the scenario's argument names
   * the indicator it weighs for a dimension (17.6.3 edge: 启动时间 for performance), only the
   * metrics of those facts count for that dimension under this scenario.
   */
  focus: z.record(
    dimensionIdSchema,
    z.object({ facts: z.array(factKeySchema).min(1), derivation: derivationSchema }),
  ),
  /** The seed's stack(s) for this scenario; empty for the plain 17.6.1 defaults. */
  variants: z.array(seedVariantSchema),
  /** 17.2.2's 成熟度 column for the scheme, when the scenario is one of its five schemes. */
  schemeMaturity: z.object({ scheme: z.string(), stars: starsValue }).optional(),
  sources: z.array(sectionRefSchema),
  /** Hybrid only: the scenarios of its central and edge tiers. */
  tiers: z.object({ central: z.string(), edge: z.string() }).optional(),
});

export const productionCaseSchema = z.object({
  id: shortIdSchema(64),
  section: sectionRefSchema,
  name: localizedSchema,
  organisation: localizedSchema,
  status: z.enum(['production', 'experimental', 'reference']),
  scale: localizedSchema,
  /** Catalogue technologies the case runs; layers it runs outside the catalogue are in `otherParts`. */
  stack: stackPatternSchema,
  otherParts: localizedSchema,
  results: localizedSchema,
  /** The case's row in the 17.5.9 summary table, when it has one. */
  summary: z
    .object({
      label: z.string().min(1),
      core: z.string().min(1),
      maturityStars: starsValue,
      feature: localizedSchema,
    })
    .optional(),
});

export const compatibilityRuleSchema = z.object({
  id: shortIdSchema(64),
  /** invalid: the stack cannot run; warning: it runs with a caveat. */
  severity: z.enum(['invalid', 'warning']),
  /** Fires when every one of these is in the stack … */
  when: z.array(technologyIdSchema).min(1).max(12),
  /** … unless any of these is too. */
  unless: z.array(technologyIdSchema).max(12).optional(),
  reason: localizedSchema,
  source: sourceSchema,
  entered: enteredSchema.optional(),
  /** The seed's words the rule comes from, verbatim. */
  quote: z.string().min(1).optional(),
  /** Set when the rule is the app's reading of the seed rather than its statement. */
  reading: readingSchema.optional(),
});

export const sectionSchema = z.object({ id: sectionRefSchema, title: localizedSchema });

export const matrixRowSchema = z.object({
  label: z.string(),
  stack: stackPatternSchema,
  stars: z.object({
    resource: starsValue,
    startTime: starsValue,
    offline: starsValue,
    maturity: starsValue,
  }),
  printedTotal: z.number(),
  printedVerdict: z.enum(['recommended', 'optional', 'notRecommended']),
});

/** A 17.2.2 组合方案对比 row, cell by cell as printed (zh) with an English rendering. */
export const schemeRowSchema = z.object({
  /** The row label, e.g. "方案 1：传统云原生". */
  scheme: localizedSchema,
  orchestration: localizedSchema,
  runtime: localizedSchema,
  storage: localizedSchema,
  network: localizedSchema,
  policy: localizedSchema,
  /** 适用场景. */
  useCases: localizedSchema,
  /** 成熟度: the printed ⭐ count. */
  maturityStars: starsValue,
});

/** A 17.7.3 兼容性矩阵 cell: its mark (✅ ok, ⚠️ caution) and the words printed after it. */
export const compatibilityCellSchema = z.object({
  mark: z.enum(['ok', 'caution']),
  words: localizedSchema,
});

/** A 17.7.3 兼容性矩阵 row: a 技术组合 and its four compatibility cells, as printed. */
export const compatibilityMatrixRowSchema = z.object({
  /** The 技术组合 label, e.g. "K3s + WasmEdge" (the same in both languages). */
  combination: z.string().min(1),
  kubernetesApi: compatibilityCellSchema,
  dockerImage: compatibilityCellSchema,
  network: compatibilityCellSchema,
  storage: compatibilityCellSchema,
});

/** Limits that keep a catalogue workable in a browser (a hostile file cannot ask for more). */
export const CATALOGUE_LIMITS = {
  layers: 12,
  dimensions: 12,
  technologies: 1000,
  rules: 2000,
  /**
   * Π technologies per layer (10 options in each of 6 layers make 1,000,000). Above ~20,000
   * stacks the ranking runs in a Web Worker, so the page stays live.
   */
  stacks: 2_000_000,
};

/** Structural schema of the catalogue; cross-references are checked in validate.ts. */
export const catalogueSchema = z.object({
  sections: z.array(sectionSchema).min(1).max(500),
  layers: z.array(layerSchema).min(1).max(CATALOGUE_LIMITS.layers),
  technologies: z.array(technologySchema).min(1).max(CATALOGUE_LIMITS.technologies),
  dimensions: z.array(dimensionSchema).min(1).max(CATALOGUE_LIMITS.dimensions),
  scenarios: z.array(scenarioSchema).min(1).max(200),
  cases: z.array(productionCaseSchema).max(500),
  compatibility: z.array(compatibilityRuleSchema).max(CATALOGUE_LIMITS.rules),
  decisionMatrix: z.array(matrixRowSchema).max(200),
  /** The printed 17.2.2 scheme comparison (a lookup table; the ranking does not read it). */
  schemeComparison: z.array(schemeRowSchema).max(50).optional(),
  /** The printed 17.7.3 compatibility matrix (a lookup table; the rules are in `compatibility`). */
  compatibilityMatrix: z.array(compatibilityMatrixRowSchema).max(100).optional(),
});
