import type {
  DimensionId,
  Fact,
  FactKey,
  LayerId,
  LocalizedText,
  Metric,
  Reading,
  TechnologyId,
} from '../catalogue/types';

export type StackParts = Record<LayerId, TechnologyId>;

export interface RuleHit {
  ruleId: string;
  severity: 'invalid' | 'warning';
  reason: LocalizedText;
  source: string;
  /** The rule's reading when it is the app's interpretation of the seed, not its statement. */
  reading?: Reading;
}

export type CompatibilityStatus = 'valid' | 'warning' | 'invalid';

/** One technology per layer, with its compatibility verdict. */
export interface Stack {
  id: string;
  parts: StackParts;
  status: CompatibilityStatus;
  reasons: RuleHit[];
}

export interface MetricScore {
  fact: FactKey;
  rule: Metric['rule'];
  raw: Fact;
  /** The single figure the rule used (geometric mean of a range, or its upper end). */
  representative: number | null;
  score: number | null;
  /** True when the seed gives no figure and the metric's worst known score stands in. */
  imputed?: boolean;
}

export interface TechnologyDimensionScore {
  score: number | null;
  metrics: MetricScore[];
}

export type DimensionVector = Record<DimensionId, number>;

export interface ScoredStack {
  stack: Stack;
  dimensions: DimensionVector;
}

export interface RankedStack extends ScoredStack {
  rank: number;
  total: number;
}

export type MatchStatus = 'match' | 'partial' | 'mismatch';

export interface MatchCheck {
  criterion:
    | 'nodes'
    | 'memory'
    | 'coldStart'
    | 'offline'
    | 'highAvailability'
    | 'networkPolicy'
    | 'policyComplexity'
    | 'existingDatabase'
    | 'site'
    | 'alphaApi'
    | 'gpu';
  layer: LayerId | 'stack';
  status: MatchStatus;
  reason: LocalizedText;
}

export interface MatchResult {
  status: MatchStatus;
  layers: Record<LayerId, MatchStatus>;
  checks: MatchCheck[];
}
