import { OPEN_REQUIREMENTS } from '../../engine/presets';
import type {
  Derivation,
  Dimension,
  DimensionId,
  FactKey,
  LocalizedText,
  Requirements,
  Scenario,
  SectionId,
  Weights,
} from '../../catalogue/types';
import type { RequirementKey, RequirementValue } from '../../components/requirement-words';
import { variantFor } from '../../engine/conformance';

/** Where one preset input comes from, ready to show: why, the seed's words, the sections. */
export interface Source {
  why: LocalizedText;
  /** The seed's words, verbatim, when the derivation is a citation that quotes them. */
  quote: string | null;
  sections: SectionId[];
  /** The app's interpretation, shown with reading badges, never as a citation. */
  reading: boolean;
}

export interface WeightSourceRow {
  dimension: DimensionId;
  name: LocalizedText;
  /** The preset's weight. */
  weight: number;
  /** The weight now, when the user has moved it away from the preset's; else null. */
  current: number | null;
  /** Null when the preset does not say where the weight comes from (a dimension it does not name). */
  source: Source | null;
}

export interface RequirementSourceRow {
  key: RequirementKey;
  /** The preset's value. */
  value: RequirementValue;
  /** The value now, when the user has changed it from the preset's; else undefined. */
  current?: RequirementValue;
  /** Null when the preset sets the requirement without saying where it comes from. */
  source: Source | null;
}

/** A dimension the scenario scores by some of its facts only (Score(T, S, C), 17.9.2). */
export interface FocusRow {
  dimension: DimensionId;
  name: LocalizedText;
  facts: FactKey[];
  source: Source;
}

export interface AlternativeRow {
  id: string;
  label: LocalizedText;
  seedWording: LocalizedText;
  sections: SectionId[];
  /** The requirements applying this alternative sets on top of the scenario's. */
  requirements: [RequirementKey, RequirementValue][];
  /** True for the alternative the current requirements select. */
  selected: boolean;
}

export interface ScenarioDerivation {
  scenarioId: string;
  name: LocalizedText;
  /** True when the inputs no longer hold the preset: it is what they started from. */
  startedFrom: boolean;
  schemeMaturity: { scheme: string; stars: number } | null;
  weights: WeightSourceRow[];
  requirements: RequirementSourceRow[];
  focus: FocusRow[];
  /** The seed's alternatives (或 / or); empty when the scenario has one stack or is tiered. */
  alternatives: AlternativeRow[];
}

/** The requirement keys in the order the requirements panel shows them. */
export const REQUIREMENT_ORDER: RequirementKey[] = [
  'nodes',
  'memoryPerNodeMB',
  'coldStartMs',
  'site',
  'offline',
  'highAvailability',
  'existingDatabase',
  'alphaApi',
  'gpu',
  'networkPolicy',
  'policyComplexity',
];

const sourceOf = (d: Derivation): Source => ({
  why: d.why,
  quote: d.quote ?? null,
  sections: d.sections,
  reading: d.reading === true,
});

/** The inputs the derivation is compared with. */
export interface CurrentInputs {
  scenarioId: string | null;
  weights: Weights;
  requirements: Requirements;
}

/**
 * A scenario turned into display rows: where each weight and each requirement it sets comes
 * from (a requirement set without a derivation still gets a row, with no source), the
 * dimensions its focus narrows, its 17.2.2 scheme maturity and its alternatives. Against the
 * current inputs: whether they still hold the preset, and which values the user changed.
 */
export function toDerivation(
  scenario: Scenario,
  dimensions: Dimension[],
  inputs: CurrentInputs,
): ScenarioDerivation {
  const weights = dimensions.map(({ id: dimension, name, defaultWeight }): WeightSourceRow => {
    // A dimension the preset does not name takes its default weight (presetWeights).
    const weight = Object.hasOwn(scenario.weights, dimension)
      ? (scenario.weights[dimension] ?? defaultWeight)
      : defaultWeight;
    const now = Object.hasOwn(inputs.weights, dimension) ? inputs.weights[dimension] : undefined;
    const derivation = Object.hasOwn(scenario.weightDerivation, dimension)
      ? scenario.weightDerivation[dimension]
      : undefined;
    return {
      dimension,
      name,
      weight,
      current: now === undefined || Object.is(now, weight) ? null : now,
      source: derivation ? sourceOf(derivation) : null,
    };
  });
  const requirements = REQUIREMENT_ORDER.flatMap((key): RequirementSourceRow[] => {
    const derivation = scenario.requirementDerivation[key];
    const value = scenario.requirements[key];
    if (!derivation && Object.is(value, OPEN_REQUIREMENTS[key])) return [];
    const now = inputs.requirements[key];
    return [
      {
        key,
        value,
        ...(Object.is(now, value) ? {} : { current: now }),
        source: derivation ? sourceOf(derivation) : null,
      },
    ];
  });
  const focus = dimensions.flatMap(({ id: dimension, name }): FocusRow[] => {
    const f = Object.hasOwn(scenario.focus, dimension) ? scenario.focus[dimension] : undefined;
    return f ? [{ dimension, name, facts: f.facts, source: sourceOf(f.derivation) }] : [];
  });
  const selected = variantFor(scenario, inputs.requirements);
  const alternatives =
    scenario.variants.length > 1 && !scenario.tiers
      ? scenario.variants.map((v): AlternativeRow => ({
          id: v.id,
          label: v.label,
          seedWording: v.seedWording,
          sections: v.sections,
          requirements: Object.entries(v.requirements) as [RequirementKey, RequirementValue][],
          selected: v.id === selected?.id,
        }))
      : [];
  return {
    scenarioId: scenario.id,
    name: scenario.name,
    startedFrom: inputs.scenarioId !== scenario.id,
    schemeMaturity: scenario.schemeMaturity ?? null,
    weights,
    requirements,
    focus,
    alternatives,
  };
}
