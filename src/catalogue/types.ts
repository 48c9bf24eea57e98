/**
 * Types of the catalogue, inferred from its zod schema (schema.ts): the schema is the one
 * description of the shape, so a validated catalogue needs no cast.
 */
import type { z } from 'zod';

import type {
  catalogueSchema,
  compatibilityCellSchema,
  compatibilityMatrixRowSchema,
  compatibilityRuleSchema,
  derivationSchema,
  dimensionSchema,
  enteredSchema,
  factSchema,
  includesSchema,
  layerSchema,
  localizedSchema,
  matrixRowSchema,
  metricSchema,
  productionCaseSchema,
  readingSchema,
  requirementsSchema,
  scenarioSchema,
  schemeRowSchema,
  sectionSchema,
  seedVariantSchema,
  stackPatternSchema,
  technologySchema,
  weightsSchema,
} from './schema';

// The id lists and their types are declared once, in ids.ts.
export type {
  DimensionId,
  FactKey,
  Language,
  LayerId,
  Level,
  PolicySupport,
  SeedDimensionId,
  SeedLayerId,
  Site,
  Unit,
} from './ids';

/** A text in both interface languages. */
export type LocalizedText = z.infer<typeof localizedSchema>;
/** A section of the seed document, e.g. "17.3.2". */
export type SectionId = string;
export type TechnologyId = string;
export type Reading = z.infer<typeof readingSchema>;
/** What the user typed as the source of an item they entered. */
export type Entered = z.infer<typeof enteredSchema>;
export type Fact = z.infer<typeof factSchema>;
/** A fact's value without its provenance (one variant per kind). */
export type FactValue = Fact extends infer F
  ? F extends unknown
    ? Omit<F, 'source' | 'entered' | 'quote' | 'reading' | 'note'>
    : never
  : never;
export type Facts = Technology['facts'];
export type Includes = z.infer<typeof includesSchema>;
export type Technology = z.infer<typeof technologySchema>;
export type Layer = z.infer<typeof layerSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type Aggregation = Dimension['aggregation'];
export type Dimension = z.infer<typeof dimensionSchema>;
export type Weights = z.infer<typeof weightsSchema>;
export type Requirements = z.infer<typeof requirementsSchema>;
export type StackPattern = z.infer<typeof stackPatternSchema>;
export type Derivation = z.infer<typeof derivationSchema>;
export type SeedVariant = z.infer<typeof seedVariantSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ProductionCase = z.infer<typeof productionCaseSchema>;
export type CompatibilityRule = z.infer<typeof compatibilityRuleSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type MatrixRow = z.infer<typeof matrixRowSchema>;
export type SchemeRow = z.infer<typeof schemeRowSchema>;
export type CompatibilityCell = z.infer<typeof compatibilityCellSchema>;
export type CompatibilityMatrixRow = z.infer<typeof compatibilityMatrixRowSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
