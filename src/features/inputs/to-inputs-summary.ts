import type { Names } from '../../catalogue/names';
import type { Catalogue, Language, Requirements, Weights } from '../../catalogue/types';
import { summariseRequirements } from '../../components/diagrams/summarise-requirements';
import { normaliseWeights } from '../../engine/rank';
import { OPEN_REQUIREMENTS, scenarioIn } from '../../engine/presets';
import { wholePercents } from '../../i18n/numbers';
import { shallowEqual } from '../../store/app-store';

export interface InputsSummary {
  /** The active scenario's name, or the one the custom inputs started from. */
  scenario: { name: string; custom: boolean };
  /** Every dimension of the catalogue in its order, with its share of the total weight (whole percentages sum to 100). */
  weights: { dimension: string; index: number; name: string; percent: number; share: number }[];
  /** The requirements that constrain anything, as short phrases; empty when none is set. */
  requirements: string[];
}

interface SummaryInputs {
  scenarioId: string | null;
  baseScenarioId: string;
  weights: Weights;
  requirements: Requirements;
}

/** What the compact inputs bar says: scenario, weight shares, requirements. Pure. */
export function toInputsSummary(
  inputs: SummaryInputs,
  catalogue: Catalogue,
  names: Names,
  lang: Language,
): InputsSummary {
  const active = inputs.scenarioId === null ? null : scenarioIn(catalogue, inputs.scenarioId);
  const base = active ?? scenarioIn(catalogue, inputs.baseScenarioId);
  const ids = catalogue.dimensions.map((d) => d.id);
  const shares = normaliseWeights(Object.fromEntries(ids.map((d) => [d, inputs.weights[d] ?? 0])));
  const percents = wholePercents(ids.map((d) => shares[d] ?? 0));
  return {
    scenario: { name: base.name[lang], custom: active === null },
    weights: ids.map((dimension, index) => ({
      dimension,
      index,
      name: names.dimension(dimension, lang),
      share: shares[dimension] ?? 0,
      percent: percents[index]!,
    })),
    requirements: shallowEqual(inputs.requirements, OPEN_REQUIREMENTS)
      ? []
      : summariseRequirements(inputs.requirements, lang),
  };
}
