import type {
  DimensionId,
  Fact,
  FactKey,
  LayerId,
  LocalizedText,
  Metric,
  PolicySupport,
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
  /** For a rule the user entered (source 'user'): the source they typed. */
  entered?: string;
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

export type MatchStatus = 'match' | 'partial' | 'mismatch';

/** A requirement a yes/no or star-rated ability of a technology is checked against. */
export type AbilityCriterion = 'offline' | 'highAvailability' | 'gpu';

/** Values every per-technology reason carries: the technology by id (never its name). */
interface TechnologyValues {
  technology: TechnologyId;
  /** Set when the fact the check reads is the app's reading of the seed, not its statement. */
  reading?: true;
}

/**
 * Why a check came out as it did, as a code naming the sentence and the values it needs; the
 * UI writes the words (components/match-words.ts). One code per sentence.
 */
export type MatchReason =
  | {
      criterion: 'nodes';
      code: 'nodesWithin' | 'nodesSoftCap' | 'nodesOver';
      /** `cap` is the upper end of the node range; `orMore` when the seed prints "10000+". */
      values: TechnologyValues & { cap: number; orMore?: true; nodes: number };
    }
  | {
      criterion: 'coldStart';
      code: 'coldStartWithin' | 'coldStartPartly' | 'coldStartOver';
      /** The start-time range in ms and the required bound. */
      values: TechnologyValues & { min: number; max: number; bound: number };
    }
  | {
      criterion: AbilityCriterion;
      code: 'starsRating';
      values: TechnologyValues & { stars: number };
    }
  | { criterion: AbilityCriterion; code: 'notStated'; values: TechnologyValues }
  | {
      criterion: AbilityCriterion;
      code: 'boolYes' | 'boolNo';
      /** The fact's note, printed when the fact is not a reading. */
      values: TechnologyValues & { note?: LocalizedText };
    }
  | {
      criterion: 'networkPolicy';
      code: 'networkPolicy';
      values: TechnologyValues & { level: PolicySupport; required: PolicySupport };
    }
  | {
      criterion: 'policyComplexity';
      code: 'complexPolicies' | 'simplePolicies';
      values: TechnologyValues;
    }
  | {
      criterion: 'existingDatabase';
      code: 'reusesDatabase' | 'ownDatabase';
      values: TechnologyValues;
    }
  | {
      criterion: 'site';
      code: 'edgeSuits' | 'edgeUnfit' | 'cloudSuits' | 'cloudEdgeSide';
      values: TechnologyValues;
    }
  | { criterion: 'alphaApi'; code: 'alphaOffers' | 'alphaElsewhere'; values: TechnologyValues }
  | {
      criterion: 'memory';
      code: 'memoryFootprint';
      /** The stack's per-node memory in MB (range minimums, range maximums) and the budget. */
      values: { low: number; high: number; budget: number };
    };

/** The code of a match reason: one per sentence. */
export type MatchCode = MatchReason['code'];

/** One requirement check of a stack: on a layer's technology, or on the whole stack (memory). */
export type MatchCheck = MatchReason & {
  layer: LayerId | 'stack';
  status: MatchStatus;
};

export interface MatchResult {
  status: MatchStatus;
  layers: Record<LayerId, MatchStatus>;
  checks: MatchCheck[];
}
