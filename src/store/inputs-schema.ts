import { z } from 'zod';

import { languageSchema } from '../catalogue/ids';
import { requirementsSchema } from '../catalogue/schema';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Catalogue } from '../catalogue/types';
import { pairsOf } from '../engine/analysis/pairs';
import { METHODS } from '../engine/methods';
import { presetWeights, scenarioIn } from '../engine/presets';
import {
  MAX_SELECTED,
  MAX_WEIGHT,
  shallowEqual,
  VIEWS,
  type Inputs,
  type Sorting,
} from './app-store';
import { sortableColumns } from './reconcile-inputs';
import { codesFor } from './url-codes';

/**
 * A weight: 0 … MAX_WEIGHT. The slider moves in steps of 0.5; hundredths are accepted too,
 * so weights that came from elsewhere (a saved preset) survive a share link.
 */
export const weightValueSchema = z.number().min(0).max(MAX_WEIGHT).multipleOf(0.01);

/** One weight per dimension of the catalogue, and no other key. */
export const weightsInputSchemaFor = (catalogue: Pick<Catalogue, 'dimensions'>) =>
  z.strictObject(
    Object.fromEntries(catalogue.dimensions.map((d) => [d.id, weightValueSchema])),
  ) as unknown as z.ZodType<Record<string, number>>;

/**
 * The requirement set as the UI can set it: the catalogue's schema, except that figures are
 * whole numbers (the number fields round) and memory starts at 1 MB like its field does
 * (the catalogue's floor of 16 is for presets).
 */
export const requirementsInputSchema = z.strictObject({
  ...requirementsSchema.shape,
  memoryPerNodeMB: z.number().int().min(1).max(1_048_576).nullable(),
  coldStartMs: z.number().int().min(1).max(60_000).nullable(),
});

/** One AHP judgement: Saaty's 1 … 9, or its reciprocal written −2 … −9 (1 is "equal"). */
export const judgementSchema = z
  .number()
  .int()
  .min(-9)
  .max(9)
  .refine((k) => k >= 1 || k <= -2);

/** The judgements of a catalogue's dimension pairs: none yet, or one per pair. */
export const judgementsSchemaFor = (catalogue: Pick<Catalogue, 'dimensions'>) => {
  const pairs = pairsOf(catalogue.dimensions.length).length;
  return z.array(judgementSchema).refine((list) => list.length === 0 || list.length === pairs);
};

const unique = (ids: readonly unknown[]) => new Set(ids).size === ids.length;

/** True when a set scenarioId is the base and the inputs still hold that preset (what the store keeps true). */
export function scenarioHolds(
  inputs: Pick<Inputs, 'scenarioId' | 'baseScenarioId' | 'weights' | 'requirements'>,
  catalogue: Catalogue = seedCatalogue,
): boolean {
  if (inputs.scenarioId === null) return true;
  const preset = scenarioIn(catalogue, inputs.scenarioId);
  return (
    preset.id === inputs.scenarioId &&
    inputs.scenarioId === inputs.baseScenarioId &&
    shallowEqual(inputs.weights, presetWeights(catalogue, preset)) &&
    shallowEqual(inputs.requirements, preset.requirements)
  );
}

function buildInputsSchema(catalogue: Catalogue) {
  const codes = codesFor(catalogue);
  const scenarioIds = catalogue.scenarios.map((s) => s.id);
  const scenarioIdSchema = z.string().refine((id) => scenarioIds.includes(id));
  const stackIdSchema = z.string().refine((id) => codes.stackCode(id) !== null);
  const technologyIdSchema = z.string().refine((id) => codes.layerOf(id) !== undefined);
  const onePerLayer = (ids: readonly string[]) => unique(ids.map((id) => codes.layerOf(id)));
  const columns = sortableColumns(catalogue) as [string, ...string[]];
  return z
    .strictObject({
      weights: weightsInputSchemaFor(catalogue),
      requirements: requirementsInputSchema,
      scenarioId: scenarioIdSchema.nullable(),
      baseScenarioId: scenarioIdSchema,
      selectedIds: z.array(stackIdSchema).max(MAX_SELECTED).refine(unique),
      // The table sorts by one column at a time (enableMultiSort: false).
      sorting: z
        .array(z.strictObject({ id: z.enum(columns), desc: z.boolean() }))
        .max(1) satisfies z.ZodType<Sorting>,
      language: languageSchema,
      showInvalid: z.boolean(),
      rankMode: z.enum(['fitFirst', 'scoreOnly']),
      method: z.enum(METHODS),
      judgements: judgementsSchemaFor(catalogue),
      hideDominated: z.boolean(),
      technologyFilter: z.array(technologyIdSchema).refine(onePerLayer),
      openStackId: stackIdSchema.nullable(),
      view: z.enum(VIEWS),
      theme: z.enum(['light', 'dark']),
    })
    .refine((inputs) => scenarioHolds(inputs, catalogue), {
      message: 'scenarioId must be the base preset, unchanged',
    });
}

const schemas = new WeakMap<Catalogue, ReturnType<typeof buildInputsSchema>>();
/** What a complete, valid Inputs is in a catalogue: every value a control can produce, nothing else. */
export function inputsSchemaFor(catalogue: Catalogue) {
  let schema = schemas.get(catalogue);
  if (!schema) {
    schema = buildInputsSchema(catalogue);
    schemas.set(catalogue, schema);
  }
  return schema;
}

/** True when the inputs are valid in the catalogue (the seed's by default; see inputsSchemaFor). */
export function isValidInputs(
  inputs: unknown,
  catalogue: Catalogue = seedCatalogue,
): inputs is Inputs {
  return inputsSchemaFor(catalogue).safeParse(inputs).success;
}
