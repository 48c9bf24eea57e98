import type { Catalogue } from '../catalogue/types';
import { presetWeights, reconcileWeights, scenarioIn } from '../engine/presets';
import { pairsOf } from '../engine/analysis/pairs';
import type { Inputs } from './app-store';

/** The columns the ranking table can sort by in a catalogue: rank, stack, total, each dimension, fit. */
export function sortableColumns(catalogue: Pick<Catalogue, 'dimensions'>): string[] {
  return ['rank', 'stack', 'total', ...catalogue.dimensions.map((d) => d.id), 'fit'];
}

/** True when the id names a stack of the catalogue: one technology per layer, in layer order. */
export function isStackIdOf(
  catalogue: Pick<Catalogue, 'layers' | 'technologies'>,
  id: string,
): boolean {
  const parts = id.split('+');
  if (parts.length !== catalogue.layers.length) return false;
  const layerOf = layerIndex(catalogue);
  return parts.every((part, i) => layerOf.get(part) === catalogue.layers[i]!.id);
}

const layerIndexes = new WeakMap<object, Map<string, string>>();
function layerIndex(catalogue: Pick<Catalogue, 'technologies'>): Map<string, string> {
  let map = layerIndexes.get(catalogue.technologies);
  if (!map) {
    map = new Map(catalogue.technologies.map((t) => [t.id, t.layer]));
    layerIndexes.set(catalogue.technologies, map);
  }
  return map;
}

/**
 * The inputs carried over to another catalogue (an edit, an import, an undo): weights follow
 * its dimensions, a scenario it lacks falls back to its default, and selections of stacks or
 * technologies it no longer has are dropped. Returns only the inputs that change.
 */
export function reconcileInputs(inputs: Inputs, catalogue: Catalogue): Partial<Inputs> {
  const out: Partial<Inputs> = {};
  const weights = reconcileWeights(catalogue, inputs.weights);
  const sameKeys =
    Object.keys(weights).join() === Object.keys(inputs.weights).join() &&
    Object.keys(weights).every((k) => weights[k] === inputs.weights[k]);
  if (!sameKeys) out.weights = weights;
  const base = scenarioIn(catalogue, inputs.baseScenarioId);
  if (base.id !== inputs.baseScenarioId) out.baseScenarioId = base.id;
  if (inputs.scenarioId !== null) {
    const preset = catalogue.scenarios.find((s) => s.id === inputs.scenarioId);
    const w = out.weights ?? inputs.weights;
    const expected = preset ? presetWeights(catalogue, preset) : null;
    const holds =
      preset !== undefined &&
      expected !== null &&
      Object.keys(expected).every((k) => expected[k] === w[k]);
    if (!holds) out.scenarioId = null;
  }
  const selected = inputs.selectedIds.filter((id) => isStackIdOf(catalogue, id));
  if (selected.length !== inputs.selectedIds.length) out.selectedIds = selected;
  if (inputs.openStackId !== null && !isStackIdOf(catalogue, inputs.openStackId))
    out.openStackId = null;
  const layerOf = layerIndex(catalogue);
  const filter = inputs.technologyFilter.filter((id) => layerOf.has(id));
  if (filter.length !== inputs.technologyFilter.length) out.technologyFilter = filter;
  // Judgements are per pair of dimensions, in catalogue order: other dimensions (the weights'
  // keys name the ones they were made for) start them afresh.
  const dimensions = catalogue.dimensions.map((d) => d.id).join();
  if (
    inputs.judgements.length > 0 &&
    (inputs.judgements.length !== pairsOf(catalogue.dimensions.length).length ||
      Object.keys(inputs.weights).join() !== dimensions)
  )
    out.judgements = [];
  const columns = sortableColumns(catalogue);
  if (inputs.sorting.some((s) => !columns.includes(s.id))) out.sorting = [];
  return out;
}
