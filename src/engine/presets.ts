import { openRequirements } from '../catalogue/scenarios';
import type { Catalogue, Requirements, Scenario, Weights } from '../catalogue/types';

/** The requirement set that constrains nothing (17.9.3's R with every field open). */
export const OPEN_REQUIREMENTS: Readonly<Requirements> = openRequirements;

/** The id of the scenario a fresh visit starts from (the seed's 17.6.1 defaults). */
export const DEFAULT_SCENARIO_ID = 'default';

/** The scenario an id names in the catalogue, else its default scenario, else its first. */
export function scenarioIn(catalogue: Pick<Catalogue, 'scenarios'>, id: string | null): Scenario {
  const { scenarios } = catalogue;
  return (
    scenarios.find((s) => s.id === id) ??
    scenarios.find((s) => s.id === DEFAULT_SCENARIO_ID) ??
    scenarios[0]!
  );
}

/**
 * A scenario's weights over the catalogue's dimensions, in their order: the preset's weight
 * where it names the dimension, the dimension's default weight where it does not (a
 * dimension the user added after the preset was written).
 */
export function presetWeights(
  catalogue: Pick<Catalogue, 'dimensions'>,
  scenario: Scenario,
): Weights {
  return Object.fromEntries(
    catalogue.dimensions.map((d) => [d.id, scenario.weights[d.id] ?? d.defaultWeight]),
  );
}

/**
 * Weights carried over to a catalogue: a dimension keeps its weight, a new one takes its
 * default, a removed one is dropped; keys in the catalogue's dimension order.
 */
export function reconcileWeights(
  catalogue: Pick<Catalogue, 'dimensions'>,
  weights: Weights,
): Weights {
  return Object.fromEntries(
    catalogue.dimensions.map((d) => [
      d.id,
      Object.hasOwn(weights, d.id) ? weights[d.id]! : d.defaultWeight,
    ]),
  );
}
