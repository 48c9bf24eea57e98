/** Types of the seed catalogue (chapter 17). Pure data shapes, no behaviour. */

/** A text in both interface languages. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Language = 'zh' | 'en';

/** A section of the seed document, e.g. "17.3.2". */
export type SectionId = string;

/** The slots of a stack: one technology per slot (see layers.ts for why runtime is two slots). */
export type LayerId = 'orchestration' | 'runtime' | 'ociRuntime' | 'storage' | 'network' | 'policy';

export type DimensionId =
  'resource' | 'performance' | 'scale' | 'availability' | 'cost' | 'maturity';

export type TechnologyId = string;

/** An ordinal level as the seed words it (极低 … 高). */
export type Level = 'veryLow' | 'low' | 'medium' | 'high' | 'veryHigh';

/** Network-policy support, ordered: none < basic < full < l7. */
export type PolicySupport = 'none' | 'basic' | 'full' | 'l7';

export type Unit = 'MB' | 'ms' | 'nodes' | 'pods/node' | 'stars';

/** One fact's value, typed by kind. Ranges stay ranges. */
export type FactValue =
  | { kind: 'number'; value: number; unit: Unit; approx?: boolean; orMore?: boolean }
  | { kind: 'range'; min: number; max: number; unit: Unit; orMore?: boolean }
  | { kind: 'stars'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'level'; value: Level }
  | { kind: 'policySupport'; value: PolicySupport }
  | { kind: 'text'; value: LocalizedText }
  /** The seed prints "-" or "依赖数据库": no figure exists. */
  | { kind: 'unknown'; value: LocalizedText };

/** A fact with the seed section it comes from. `note` says how it was read when not verbatim. */
export type Fact = FactValue & { source: SectionId; note?: LocalizedText };

export type FactKey =
  | 'githubStars'
  | 'latestVersion'
  | 'releaseCadence'
  | 'productionStars'
  | 'communityStars'
  | 'maturityStars'
  | 'nodeRange'
  | 'controlPlaneMemory'
  | 'bundledComponents'
  | 'imageSize'
  | 'startTime'
  | 'memoryFootprint'
  | 'podDensity'
  | 'latency'
  | 'resourceUse'
  | 'highAvailability'
  | 'offline'
  | 'networkPerformance'
  | 'networkPolicy'
  | 'configEase'
  | 'policyLanguage'
  | 'complexPolicies'
  | 'policyLatency'
  | 'policyMemory'
  | 'integration'
  | 'usesExistingDatabase'
  | 'scenarios';

export type Facts = Partial<Record<FactKey, Fact>>;

export interface Technology {
  id: TechnologyId;
  layer: LayerId;
  name: string;
  summary: LocalizedText;
  facts: Facts;
}

export interface Layer {
  id: LayerId;
  name: LocalizedText;
  source: SectionId;
}

export interface Metric {
  fact: FactKey;
  /** How a fact becomes a 0..1 score; see engine/normalise.ts. */
  rule:
    'lowerLog' | 'higherLog' | 'stars' | 'bool' | 'levelLower' | 'levelHigher' | 'policySupport';
  /**
   * Score(T, S, C) depends on the constraints C (17.9.2): when a dimension has metrics tied
   * to a requirement and the user sets one of those requirements, only the tied metrics count.
   */
  requirement?: 'highAvailability' | 'offline';
}

export type Aggregation = 'mean' | 'min' | 'capacity';

export interface Dimension {
  id: DimensionId;
  name: LocalizedText;
  /** The seed's evaluation metrics column of 17.6.1. */
  indicators: LocalizedText;
  /** The seed's word (高/中/低) and the number it stands for. */
  seedWeight: 'high' | 'medium' | 'low';
  defaultWeight: number;
  metrics: Metric[];
  aggregation: Aggregation;
  aggregationWhy: LocalizedText;
  source: SectionId;
}

export type Weights = Record<DimensionId, number>;

/** Requirement set R of 17.9.3. */
export interface Requirements {
  nodes: number;
  memoryPerNodeMB: number | null;
  coldStartMs: number | null;
  offline: boolean;
  highAvailability: boolean;
  networkPolicy: PolicySupport;
  policyComplexity: 'none' | 'simple' | 'complex';
  existingDatabase: boolean;
}

/** A layer pattern: which technologies a seed stack allows in each slot. */
export type StackPattern = Partial<Record<LayerId, TechnologyId[]>>;

export interface WeightRationale {
  dimension: DimensionId;
  why: LocalizedText;
}

export interface Scenario {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  weights: Weights;
  weightRationale: WeightRationale[];
  requirements: Requirements;
  /** The stack the seed recommends for this scenario (17.2.2, 17.4, 17.8.2). */
  seedStack: StackPattern;
  sources: SectionId[];
  /** Hybrid only: the scenarios of its central and edge tiers. */
  tiers?: { central: string; edge: string };
}

export interface ProductionCase {
  id: string;
  section: SectionId;
  name: LocalizedText;
  organisation: LocalizedText;
  status: 'production' | 'experimental' | 'reference';
  scale: LocalizedText;
  /** Catalogue technologies the case runs; layers it runs outside the catalogue are in `otherParts`. */
  stack: StackPattern;
  otherParts: LocalizedText;
  results: LocalizedText;
}

export interface CompatibilityRule {
  id: string;
  severity: 'invalid' | 'warning';
  /** Fires when every one of these is in the stack … */
  when: TechnologyId[];
  /** … unless any of these is too. */
  unless?: TechnologyId[];
  reason: LocalizedText;
  source: SectionId;
}

export interface Section {
  id: SectionId;
  title: LocalizedText;
}

export interface MatrixRow {
  label: string;
  stack: StackPattern;
  stars: Record<'resource' | 'startTime' | 'offline' | 'maturity', number>;
  printedTotal: number;
  printedVerdict: 'recommended' | 'optional' | 'notRecommended';
}

export interface Catalogue {
  sections: Section[];
  layers: Layer[];
  technologies: Technology[];
  dimensions: Dimension[];
  scenarios: Scenario[];
  cases: ProductionCase[];
  compatibility: CompatibilityRule[];
  decisionMatrix: MatrixRow[];
}
