import type { Names } from '../../catalogue/names';
import type { DimensionId, Language } from '../../catalogue/types';
import { FACT_LABELS, formatFact } from '../../components/format-fact';
import type { DimensionExplanation, Explanation } from '../../engine/explain';
import { format } from '../../i18n/messages';
import { radarMessages } from './messages';
import { formatNumber } from '../../i18n/numbers';

/** The few catalogue facts behind each dimension score of one stack, as display lines. */
export type StackFacts = Record<DimensionId, string[]>;

/** Lines shown per stack and dimension: enough to say why, short enough for a tooltip. */
const MAX_LINES = 2;

function dimensionFacts(d: DimensionExplanation, lang: Language, names: Names): string[] {
  const m = radarMessages[lang];
  const scored = d.layers.filter((l) => l.score !== null);
  // A weakest-link dimension is set by its lowest layer alone; the others average every layer.
  const lowest = Math.min(...scored.map((l) => l.score!));
  const layers = d.aggregation === 'min' ? scored.filter((l) => l.score === lowest) : scored;
  const metrics = layers
    .flatMap((l, layerIndex) =>
      l.metrics.flatMap((metric, metricIndex) =>
        metric.score === null ? [] : [{ tech: l.technologyId, metric, layerIndex, metricIndex }],
      ),
    )
    .sort(
      (a, b) =>
        a.metric.score! - b.metric.score! ||
        a.layerIndex - b.layerIndex ||
        a.metricIndex - b.metricIndex,
    );
  const lines = metrics.map(({ tech, metric }) =>
    format(m.fact, {
      tech: names.technology(tech),
      fact: FACT_LABELS[metric.fact][lang],
      value: formatFact(metric.raw, lang),
    }),
  );
  if (d.capacity) {
    // Scale is pods the stack can hold: the node cap (its weakest layer) times pods per node.
    const capping = metrics.find((x) => x.metric.fact === 'nodeRange');
    const values = {
      nodes: formatNumber(d.capacity.nodes, lang),
      podsPerNode: formatNumber(d.capacity.podsPerNode, lang),
      tech: capping ? names.technology(capping.tech) : '',
    };
    return [format(capping ? m.capacityBy : m.capacity, values)];
  }
  return lines.slice(0, MAX_LINES);
}

/**
 * For every dimension, the facts that hold the stack's score down most: its lowest-scoring
 * metrics (of the weakest layer, for weakest-link dimensions), lowest score first, ties in
 * layer then metric order, at most two; for scale, the capacity figure and the layer capping it.
 * Technologies are named in the catalogue of `names`.
 */
export function stackFacts(explanation: Explanation, lang: Language, names: Names): StackFacts {
  return Object.fromEntries(
    explanation.dimensions.map((d) => [d.dimension, dimensionFacts(d, lang, names)]),
  ) as StackFacts;
}
