import type { Dimension, Metric, Requirements, Technology } from '../catalogue/types';
import { normalise, representative } from './normalise';
import type { MetricScore, TechnologyDimensionScore } from './types';

/** The metrics of a dimension that count under the requirements (see Metric.requirement). */
export function activeMetrics(dimension: Dimension, requirements?: Requirements): Metric[] {
  const tied = dimension.metrics.filter((m) => m.requirement && requirements?.[m.requirement]);
  return tied.length > 0 ? tied : dimension.metrics;
}

/** f_d(t): the mean of the technology's scored metrics of dimension d; null when it has none. */
export function scoreTechnology(
  tech: Technology,
  dimension: Dimension,
  requirements?: Requirements,
): TechnologyDimensionScore {
  const metrics: MetricScore[] = [];
  for (const metric of activeMetrics(dimension, requirements)) {
    const raw = tech.facts[metric.fact];
    if (!raw) continue;
    metrics.push({
      fact: metric.fact,
      rule: metric.rule,
      raw,
      representative: representative(raw, metric.rule),
      score: normalise(raw, metric.rule),
    });
  }
  const scored = metrics.flatMap((m) => (m.score === null ? [] : [m.score]));
  const score = scored.length === 0 ? null : scored.reduce((a, b) => a + b, 0) / scored.length;
  return { score, metrics };
}
