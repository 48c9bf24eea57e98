import type { Fact, Level, Metric, PolicySupport, Unit } from '../catalogue/types';

/**
 * Log-scale anchors per unit: a figure at `worst` scores 0, at `best` 1 (clamped). Fixed
 * anchors, not the catalogue's min/max, so adding a technology never moves the others.
 * Memory and image size: 1 MB … 1 GB; time: 0.01 ms … 10 s; nodes and pods per node:
 * 1 … 10,000 (Kubernetes' "10000+", 17.3.1).
 */
export const LOG_ANCHORS: Record<Exclude<Unit, 'stars'>, { low: number; high: number }> = {
  MB: { low: 1, high: 1024 },
  ms: { low: 0.01, high: 10000 },
  nodes: { low: 1, high: 10000 },
  'pods/node': { low: 1, high: 10000 },
};

/** Pods a cluster can hold: 1 … 10,000 nodes × 10,000 pods per node. */
export const CAPACITY_ANCHORS = { low: 1, high: 1e8 };

/** 极低 … 极高, read on an even five-step ladder (lower footprint scores higher). */
export const LEVEL_LOWER_SCORE: Record<Level, number> = {
  veryLow: 1,
  low: 0.75,
  medium: 0.5,
  high: 0.25,
  veryHigh: 0,
};

export const POLICY_SUPPORT_ORDER: PolicySupport[] = ['none', 'basic', 'full', 'l7'];

/** Where x sits between low and high on a log scale, as 0..1 (clamped). */
export function logPosition(x: number, low: number, high: number): number {
  const p = Math.log(x / low) / Math.log(high / low);
  return Math.min(1, Math.max(0, p));
}

/**
 * The single figure a rule uses for a fact: for lower-is-better rules the geometric mean
 * of a range (the middle on a log scale); for higher-is-better rules the range's upper end
 * (what the technology can reach). Null when the fact has no figure.
 */
export function representative(fact: Fact, rule: Metric['rule']): number | null {
  if (fact.kind === 'number') return fact.value;
  if (fact.kind !== 'range') return null;
  return rule === 'higherLog' ? fact.max : Math.sqrt(fact.min * fact.max);
}

/** A fact's 0..1 score under a metric rule; null where the fact gives no figure (e.g. "-"). Monotone in the fact. */
export function normalise(fact: Fact, rule: Metric['rule']): number | null {
  switch (rule) {
    case 'lowerLog':
    case 'higherLog': {
      const x = representative(fact, rule);
      if (x === null || (fact.kind !== 'number' && fact.kind !== 'range') || fact.unit === 'stars')
        return null;
      const { low, high } = LOG_ANCHORS[fact.unit];
      const p = logPosition(x, low, high);
      return rule === 'lowerLog' ? 1 - p : p;
    }
    case 'stars':
      return fact.kind === 'stars' ? fact.value / 5 : null;
    case 'bool':
      return fact.kind === 'bool' ? (fact.value ? 1 : 0) : null;
    case 'rating':
      // A yes/no or a star rating of the same ability (offline: sqlite ✅, etcd ⭐⭐).
      if (fact.kind === 'bool') return fact.value ? 1 : 0;
      return fact.kind === 'stars' ? fact.value / 5 : null;
    case 'levelLower':
      return fact.kind === 'level' ? LEVEL_LOWER_SCORE[fact.value] : null;
    case 'levelHigher':
      return fact.kind === 'level' ? 1 - LEVEL_LOWER_SCORE[fact.value] : null;
    case 'policySupport':
      return fact.kind === 'policySupport' ? POLICY_SUPPORT_ORDER.indexOf(fact.value) / 3 : null;
  }
}
