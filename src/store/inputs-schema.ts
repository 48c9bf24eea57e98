import { z } from 'zod';

import { DIMENSION_IDS, languageSchema, type DimensionId } from '../catalogue/ids';
import { requirementsSchema } from '../catalogue/schema';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import {
  MAX_SELECTED,
  MAX_WEIGHT,
  scenarioById,
  shallowEqual,
  VIEWS,
  type Inputs,
  type Sorting,
} from './app-store';
import { seedCodes } from './url-codes';

/**
 * The columns the ranking table can sort by (features/ranking/columns.tsx; the "compare"
 * checkbox column is not sortable). Kept here because the store may not import features.
 */
export const SORTABLE_COLUMNS = ['rank', 'stack', 'total', ...DIMENSION_IDS, 'fit'] as const;

export const SCENARIO_IDS = seedCatalogue.scenarios.map((s) => s.id);

/**
 * A weight: 0 … MAX_WEIGHT. The slider moves in steps of 0.5; hundredths are accepted too,
 * so weights that came from elsewhere (a saved preset) survive a share link.
 */
export const weightValueSchema = z.number().min(0).max(MAX_WEIGHT).multipleOf(0.01);

const weightShape = Object.fromEntries(DIMENSION_IDS.map((d) => [d, weightValueSchema])) as Record<
  DimensionId,
  typeof weightValueSchema
>;

/** One weight per dimension of catalogue/ids.ts, and no other key. */
export const weightsInputSchema = z.strictObject(weightShape);

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

export const scenarioIdSchema = z.string().refine((id) => SCENARIO_IDS.includes(id));
export const stackIdSchema = z.string().refine((id) => seedCodes.stackCode(id) !== null);
export const technologyIdSchema = z.string().refine((id) => seedCodes.layerOf(id) !== undefined);

const unique = (ids: readonly unknown[]) => new Set(ids).size === ids.length;
const onePerLayer = (ids: readonly string[]) => unique(ids.map((id) => seedCodes.layerOf(id)));

/** True when a set scenarioId is the base and the inputs still hold that preset (what the store keeps true). */
export function scenarioHolds(
  inputs: Pick<Inputs, 'scenarioId' | 'baseScenarioId' | 'weights' | 'requirements'>,
): boolean {
  if (inputs.scenarioId === null) return true;
  const preset = scenarioById(inputs.scenarioId);
  return (
    preset.id === inputs.scenarioId &&
    inputs.scenarioId === inputs.baseScenarioId &&
    shallowEqual(inputs.weights, preset.weights) &&
    shallowEqual(inputs.requirements, preset.requirements)
  );
}

/** What a complete, valid Inputs is: every value a control can produce, nothing else. */
export const inputsSchema = z
  .strictObject({
    weights: weightsInputSchema,
    requirements: requirementsInputSchema,
    scenarioId: scenarioIdSchema.nullable(),
    baseScenarioId: scenarioIdSchema,
    selectedIds: z.array(stackIdSchema).max(MAX_SELECTED).refine(unique),
    // The table sorts by one column at a time (enableMultiSort: false).
    sorting: z
      .array(z.strictObject({ id: z.enum(SORTABLE_COLUMNS), desc: z.boolean() }))
      .max(1) satisfies z.ZodType<Sorting>,
    language: languageSchema,
    showInvalid: z.boolean(),
    rankMode: z.enum(['fitFirst', 'scoreOnly']),
    technologyFilter: z.array(technologyIdSchema).refine(onePerLayer),
    openStackId: stackIdSchema.nullable(),
    view: z.enum(VIEWS),
    theme: z.enum(['light', 'dark']),
  })
  .refine(scenarioHolds, { message: 'scenarioId must be the base preset, unchanged' });

/** True when the inputs are valid (see inputsSchema). */
export function isValidInputs(inputs: unknown): inputs is Inputs {
  return inputsSchema.safeParse(inputs).success;
}
