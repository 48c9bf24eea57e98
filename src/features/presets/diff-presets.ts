import type { Catalogue, DimensionId, Requirements, Weights } from '../../catalogue/types';
import type { RankMode, RankingRow } from '../../engine/evaluate';
import { DEFAULT_METHOD, type Method } from '../../engine/methods';
import { reconcileWeights, scenarioIn } from '../../engine/presets';
import { normaliseWeights } from '../../engine/rank';
import type { StackParts } from '../../engine/types';
import { rankFor } from '../../store/use-ranking';

/**
 * What a preset decides: the weights, the requirements, the ranking method and the scenario
 * it is scored under (its focus, Score(T, S, C)); a spec without a base scenario means 'default'.
 */
export interface PresetSpec {
  weights: Weights;
  requirements: Requirements;
  rankMode: RankMode;
  showInvalid: boolean;
  baseScenarioId?: string;
  /** How scores combine; absent (a preset saved before methods existed) is the weighted sum. */
  method?: Method;
  /** AHP judgements the weights came from (empty or absent: none). */
  judgements?: number[];
}

/** The method a spec ranks with. */
export const methodOf = (spec: PresetSpec): Method => spec.method ?? DEFAULT_METHOD;

/** The scenario a spec is scored under: its base, or the seed defaults. */
export function baseOf(spec: PresetSpec): string {
  return spec.baseScenarioId ?? 'default';
}

export interface WeightChange {
  dimension: DimensionId;
  a: number;
  b: number;
  /** b − a in weight points. */
  delta: number;
  /** Normalised shares, 0..1 (each side's shares sum to 1). */
  shareA: number;
  shareB: number;
  shareDelta: number;
}

export type SettingKey =
  keyof Requirements | 'baseScenarioId' | 'rankMode' | 'method' | 'showInvalid';
export type SettingValue = number | string | boolean | null;

/** A requirement or method setting that differs between the two presets. */
export interface SettingChange {
  key: SettingKey;
  a: SettingValue;
  b: SettingValue;
}

export type Movement =
  { kind: 'up' | 'down'; by: number } | { kind: 'same' } | { kind: 'in' } | { kind: 'out' };

/** A stack of either top list: where each preset ranks it (null: not ranked) and how it moved from A to B. */
export interface TopChange {
  stackId: string;
  parts: StackParts;
  rankA: number | null;
  rankB: number | null;
  movement: Movement;
}

export interface PresetDiff {
  /** Every dimension of the catalogue, in its order, changed or not. */
  weights: WeightChange[];
  /** Only the settings that differ: requirements, then the base scenario, then the method. */
  settings: SettingChange[];
  /** B's top n in B's order, then the stacks that dropped out of A's top n, in A's order. */
  top: TopChange[];
}

const SETTING_KEYS: SettingKey[] = [
  'nodes',
  'memoryPerNodeMB',
  'coldStartMs',
  'offline',
  'highAvailability',
  'networkPolicy',
  'policyComplexity',
  'existingDatabase',
  'site',
  'alphaApi',
  'gpu',
  'baseScenarioId',
  'rankMode',
  'method',
  'showInvalid',
];

const settingOf = (spec: PresetSpec, key: SettingKey): SettingValue => {
  if (key === 'baseScenarioId') return baseOf(spec);
  if (key === 'method') return methodOf(spec);
  return key === 'rankMode' || key === 'showInvalid' ? spec[key] : spec.requirements[key];
};

/**
 * Each dimension's weight and normalised share in A and B, with B − A deltas, over the
 * catalogue's dimensions: weights saved under another catalogue count as they would apply
 * (reconcileWeights: a dimension they lack takes its default, one the catalogue lacks is dropped).
 */
export function diffWeights(
  catalogue: Pick<Catalogue, 'dimensions'>,
  a: Weights,
  b: Weights,
): WeightChange[] {
  const [wa, wb] = [reconcileWeights(catalogue, a), reconcileWeights(catalogue, b)];
  const [na, nb] = [normaliseWeights(wa), normaliseWeights(wb)];
  return catalogue.dimensions.map(({ id: dimension }) => {
    const [va, vb] = [wa[dimension] ?? 0, wb[dimension] ?? 0];
    const [sa, sb] = [na[dimension] ?? 0, nb[dimension] ?? 0];
    return { dimension, a: va, b: vb, delta: vb - va, shareA: sa, shareB: sb, shareDelta: sb - sa };
  });
}

/** The requirement and method settings whose values differ between A and B. */
export function diffSettings(a: PresetSpec, b: PresetSpec): SettingChange[] {
  return SETTING_KEYS.flatMap((key) => {
    const [va, vb] = [settingOf(a, key), settingOf(b, key)];
    return Object.is(va, vb) ? [] : [{ key, a: va, b: vb }];
  });
}

/** How the top n changes from ranking A to ranking B: moved up / down by n, new in B's top n, or out of it. */
export function diffTop(rankingA: RankingRow[], rankingB: RankingRow[], n = 10): TopChange[] {
  const rankIn = (ranking: RankingRow[]) => new Map(ranking.map((r) => [r.stack.id, r.rank]));
  const [ranksA, ranksB] = [rankIn(rankingA), rankIn(rankingB)];
  const topA = rankingA.slice(0, n);
  const topB = rankingB.slice(0, n);
  const inTopA = new Set(topA.map((r) => r.stack.id));
  const inTopB = new Set(topB.map((r) => r.stack.id));
  const kept = topB.map((row): TopChange => {
    const rankA = ranksA.get(row.stack.id) ?? null;
    const base = { stackId: row.stack.id, parts: row.stack.parts, rankA, rankB: row.rank };
    if (!inTopA.has(row.stack.id)) return { ...base, movement: { kind: 'in' } };
    const by = rankA! - row.rank;
    const movement: Movement =
      by === 0 ? { kind: 'same' } : { kind: by > 0 ? 'up' : 'down', by: Math.abs(by) };
    return { ...base, movement };
  });
  const dropped = topA
    .filter((row) => !inTopB.has(row.stack.id))
    .map((row): TopChange => ({
      stackId: row.stack.id,
      parts: row.stack.parts,
      rankA: row.rank,
      rankB: ranksB.get(row.stack.id) ?? null,
      movement: { kind: 'out' },
    }));
  return [...kept, ...dropped];
}

/**
 * The full comparison of two presets under a catalogue: weights, differing settings and the
 * top-10 changes (ranks the catalogue twice, each side with its weights reconciled to the
 * catalogue and under its own base scenario).
 */
export function diffPresets(
  catalogue: Catalogue,
  a: PresetSpec,
  b: PresetSpec,
  n = 10,
): PresetDiff {
  const rank = (s: PresetSpec) =>
    rankFor(
      catalogue,
      s.requirements,
      reconcileWeights(catalogue, s.weights),
      { mode: s.rankMode, showInvalid: s.showInvalid, method: methodOf(s) },
      scenarioIn(catalogue, baseOf(s)),
    );
  return {
    weights: diffWeights(catalogue, a.weights, b.weights),
    settings: diffSettings(a, b),
    top: diffTop(rank(a), rank(b), n),
  };
}
