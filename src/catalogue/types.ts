/** Types of the seed catalogue (chapter 17). Pure data shapes, no behaviour. */
import type { DimensionId, FactKey, LayerId, Level, PolicySupport, Site, Unit } from './ids';

// The id lists and their types are declared once, in ids.ts.
export type {
  DimensionId,
  FactKey,
  Language,
  LayerId,
  Level,
  PolicySupport,
  Site,
  Unit,
} from './ids';

/** A text in both interface languages. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** A section of the seed document, e.g. "17.3.2". */
export type SectionId = string;

export type TechnologyId = string;

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

/**
 * What the app reads into the seed where the seed does not print the figure itself: the
 * rationale and the sections the reading rests on. A reading is shown with its own badge,
 * never as a citation.
 */
export interface Reading {
  rationale: LocalizedText;
  rests: SectionId[];
}

/**
 * A fact with the seed section it comes from. Printed by the seed unless `reading` is set:
 * then `source` is the main section the reading rests on. `quote` is the cell or sentence of
 * the section the value comes from, verbatim. `note` adds context in both languages.
 */
export type Fact = FactValue & {
  source: SectionId;
  quote?: string;
  reading?: Reading;
  note?: LocalizedText;
};

export type Facts = Partial<Record<FactKey, Fact>>;

/**
 * What a technology runs with inside its own slot, where the seed writes a conjunction:
 * "Docker + containerd + runc", "OPA + Gatekeeper", "OPA-Wasm + Gatekeeper" (17.4). The slot
 * holds one technology; this says which others it stands for, and why (always a reading).
 */
export interface Includes {
  ids: TechnologyId[];
  /** The seed's conjunction, verbatim. */
  seedWording: string;
  source: SectionId;
  reading: Reading;
}

export interface Technology {
  id: TechnologyId;
  layer: LayerId;
  name: string;
  summary: LocalizedText;
  facts: Facts;
  includes?: Includes;
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
    | 'lowerLog'
    | 'higherLog'
    | 'stars'
    | 'bool'
    | 'rating'
    | 'levelLower'
    | 'levelHigher'
    | 'policySupport';
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
  /** The seed's 说明 column of 17.6.1, verbatim (e.g. 资源受限场景权重高). */
  seedNote: string;
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
  site: Site;
  /** 17.3.1 "elif 需要 Alpha API: Kubernetes"; 17.4.1 "需要 Alpha API 支持". */
  alphaApi: boolean;
  /** 17.4.4 "GPU 加速推理" with "WasmEdge + GPU Plugin（必须）" (17.8.2). */
  gpu: boolean;
}

/** A layer pattern: which technologies a seed stack allows in each slot. */
export type StackPattern = Partial<Record<LayerId, TechnologyId[]>>;

/**
 * Where one preset input comes from: the sections and, when the seed prints it, the words
 * (`quote`); `reading` when it is the app's interpretation rather than the seed's statement.
 */
export interface Derivation {
  why: LocalizedText;
  sections: SectionId[];
  quote?: string;
  reading?: boolean;
}

/**
 * One of the seed's alternatives for a scenario (或 / or): the inputs that select it and the
 * stack the seed names for it. The first variant is what the preset applies.
 */
export interface SeedVariant {
  id: string;
  label: LocalizedText;
  /** Requirements this variant sets on top of the scenario's. */
  requirements: Partial<Requirements>;
  /** The stack the seed recommends for this variant (17.2.2, 17.4, 17.8.2). */
  stack: StackPattern;
  /** The seed's own wording of the stack, e.g. "Docker + containerd + runc". */
  seedWording: LocalizedText;
  sections: SectionId[];
}

export interface Scenario {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  weights: Weights;
  /** Per dimension: where its preset weight comes from. */
  weightDerivation: Record<DimensionId, Derivation>;
  requirements: Requirements;
  /** Per requirement the preset sets (others stay open): where it comes from. */
  requirementDerivation: Partial<Record<keyof Requirements, Derivation>>;
  /**
   * Score(T, S, C) depends on the scenario S (17.9.2): where the scenario's argument names
   * the indicator it weighs for a dimension (17.6.3 edge: 启动时间 for performance), only the
   * metrics of those facts count for that dimension under this scenario.
   */
  focus: Partial<Record<DimensionId, { facts: FactKey[]; derivation: Derivation }>>;
  /** The seed's stack(s) for this scenario; empty for the plain 17.6.1 defaults. */
  variants: SeedVariant[];
  /** 17.2.2's 成熟度 column for the scheme, when the scenario is one of its five schemes. */
  schemeMaturity?: { scheme: string; stars: number };
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
  /** The case's row in the 17.5.9 summary table, when it has one. */
  summary?: { label: string; core: string; maturityStars: number; feature: LocalizedText };
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
  /** The seed's words the rule comes from, verbatim. */
  quote?: string;
  /** Set when the rule is the app's reading of the seed rather than its statement. */
  reading?: Reading;
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

/** A 17.2.2 组合方案对比 row, cell by cell as printed (zh) with an English rendering. */
export interface SchemeRow {
  /** The row label, e.g. "方案 1：传统云原生". */
  scheme: LocalizedText;
  orchestration: LocalizedText;
  runtime: LocalizedText;
  storage: LocalizedText;
  network: LocalizedText;
  policy: LocalizedText;
  /** 适用场景. */
  useCases: LocalizedText;
  /** 成熟度: the printed ⭐ count. */
  maturityStars: number;
}

/** A 17.7.3 兼容性矩阵 cell: its mark (✅ ok, ⚠️ caution) and the words printed after it. */
export interface CompatibilityCell {
  mark: 'ok' | 'caution';
  words: LocalizedText;
}

/** A 17.7.3 兼容性矩阵 row: a 技术组合 and its four compatibility cells, as printed. */
export interface CompatibilityMatrixRow {
  /** The 技术组合 label, e.g. "K3s + WasmEdge" (the same in both languages). */
  combination: string;
  kubernetesApi: CompatibilityCell;
  dockerImage: CompatibilityCell;
  network: CompatibilityCell;
  storage: CompatibilityCell;
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
  /** The printed 17.2.2 scheme comparison (a lookup table; the ranking does not read it). */
  schemeComparison?: SchemeRow[];
  /** The printed 17.7.3 compatibility matrix (a lookup table; the rules are in `compatibility`). */
  compatibilityMatrix?: CompatibilityMatrixRow[];
}
