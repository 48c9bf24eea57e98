import type {
  Dimension,
  DimensionId,
  FactKey,
  Metric,
  Requirements,
  Scenario,
  Technology,
} from '../catalogue/types';
import { normalise, representative } from './normalise';
import type { MetricScore, TechnologyDimensionScore } from './types';

/** Per dimension, the facts a scenario weighs (Scenario.focus); empty for the plain defaults. */
export type Focus = Partial<Record<DimensionId, FactKey[]>>;

/** The focus of a scenario as the engine uses it: fact lists only. */
export function focusOf(scenario: Pick<Scenario, 'focus'> | undefined): Focus {
  const out: Focus = {};
  for (const [dim, f] of Object.entries(scenario?.focus ?? {})) out[dim as DimensionId] = f.facts;
  return out;
}

/**
 * The metrics of a dimension that count under the requirements and the scenario's focus: a
 * requirement tied to metrics (Metric.requirement) narrows to those; otherwise the scenario's
 * named indicators do; otherwise every metric counts. Never empty.
 */
export function activeMetrics(
  dimension: Dimension,
  requirements?: Requirements,
  focus?: FactKey[],
): Metric[] {
  const tied = dimension.metrics.filter((m) => m.requirement && requirements?.[m.requirement]);
  if (tied.length > 0) return tied;
  const focused = focus ? dimension.metrics.filter((m) => focus.includes(m.fact)) : [];
  return focused.length > 0 ? focused : dimension.metrics;
}

/** Worst known score per metric ("fact/rule"), used for facts the seed leaves without a figure. */
export type WorstKnown = Map<string, number>;

const metricKey = (fact: FactKey, rule: Metric['rule']) => `${fact}/${rule}`;

/**
 * The lowest score each metric reaches among technologies that have a figure for it. A fact
 * the seed prints as "-" or "依赖数据库" is scored at this value: conservative, so that a
 * missing figure never beats a known one.
 */
export function worstKnownScores(technologies: Technology[], dimensions: Dimension[]): WorstKnown {
  const worst: WorstKnown = new Map();
  for (const dim of dimensions) {
    for (const m of dim.metrics) {
      for (const tech of technologies) {
        const fact = tech.facts[m.fact];
        const score = fact ? normalise(fact, m.rule) : null;
        const key = metricKey(m.fact, m.rule);
        if (score !== null) worst.set(key, Math.min(score, worst.get(key) ?? 1));
      }
    }
  }
  return worst;
}

/**
 * f_d(t): the mean of the technology's scored metrics of dimension d; null when it has none.
 * With `worstKnown`, facts without a figure score the metric's worst known value (imputed).
 */
export function scoreTechnology(
  tech: Technology,
  dimension: Dimension,
  requirements?: Requirements,
  worstKnown?: WorstKnown,
  focus?: FactKey[],
): TechnologyDimensionScore {
  const metrics: MetricScore[] = [];
  for (const metric of activeMetrics(dimension, requirements, focus)) {
    const raw = tech.facts[metric.fact];
    if (!raw) continue;
    const score = normalise(raw, metric.rule);
    const imputed =
      raw.kind === 'unknown' ? worstKnown?.get(metricKey(metric.fact, metric.rule)) : undefined;
    metrics.push({
      fact: metric.fact,
      rule: metric.rule,
      raw,
      representative: representative(raw, metric.rule),
      score: score ?? imputed ?? null,
      ...(imputed !== undefined ? { imputed: true } : {}),
    });
  }
  const scored = metrics.flatMap((m) => (m.score === null ? [] : [m.score]));
  const score = scored.length === 0 ? null : scored.reduce((a, b) => a + b, 0) / scored.length;
  return { score, metrics };
}
