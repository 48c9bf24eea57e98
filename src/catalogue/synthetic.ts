import { dimensions } from './dimensions';
import { layers as seedLayers } from './layers';
import { scenarios as seedScenarios } from './scenarios';
import { CATALOGUE_LIMITS } from './schema';
import { sections } from './sections';
import { syntheticFacts } from './synthetic-facts';
import type {
  Catalogue,
  CompatibilityRule,
  Layer,
  LayerId,
  ProductionCase,
  StackPattern,
  Technology,
} from './types';

// Synthetic catalogues reproduce the scale figures (10 options in each of 6 layers is 10⁶
// stacks) in a browser and in the benchmarks: random facts of the kinds the seed gives each
// layer, drawn from a seed number, so the same size and seed always make the same catalogue.

/** How many technologies per layer, how many layers, which seed numbers a synthetic catalogue takes. */
export const SYNTHETIC_LIMITS = {
  options: { min: 1, max: 100 },
  layers: { min: 1, max: 8 },
  seed: { min: 0, max: 0xffff_ffff },
} as const;

/** The seed number when none is given. */
export const DEFAULT_SYNTHETIC_SEED = 17;

/** A synthetic catalogue's size: technologies in each layer, and layers. */
export interface SyntheticSize {
  options: number;
  layers: number;
}

/** What makes a synthetic catalogue: its size and the seed its facts are drawn from. */
export interface SyntheticSpec extends SyntheticSize {
  seed?: number;
}

/** Why a size or a seed was refused: not `<options>x<layers>`, out of range, too many stacks. */
export type SyntheticError = 'format' | 'options' | 'layers' | 'stacks' | 'seed';

export type SyntheticSizeResult =
  ({ ok: true } & SyntheticSize) | { ok: false; error: Exclude<SyntheticError, 'seed'> };

/** mulberry32: a small seeded PRNG, so one seed number always draws the same facts. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many stacks a size makes (options^layers): exact while a safe integer, as every allowed size is. */
export function syntheticStackCount({ options, layers }: SyntheticSize): number {
  return options ** layers;
}

const inRange = (n: number, { min, max }: { min: number; max: number }) =>
  Number.isInteger(n) && n >= min && n <= max;

/** Why a size cannot be made, or null when it can (ranges first, then the stack limit). */
export function syntheticSizeError(
  size: SyntheticSize,
): Exclude<SyntheticError, 'format' | 'seed'> | null {
  if (!inRange(size.options, SYNTHETIC_LIMITS.options)) return 'options';
  if (!inRange(size.layers, SYNTHETIC_LIMITS.layers)) return 'layers';
  if (syntheticStackCount(size) > CATALOGUE_LIMITS.stacks) return 'stacks';
  return null;
}

// Whole numbers as written by hand: no sign, no leading zero, no exponent, no spaces.
const SIZE = /^(0|[1-9]\d{0,5})x(0|[1-9]\d{0,5})$/;
const SEED = /^(0|[1-9]\d{0,9})$/;

/**
 * Reads a size written `<options>x<layers>` ("10x6" → 10 options in each of 6 layers). Refuses
 * any other form, sizes out of range and sizes over the catalogue's stack limit. Never throws.
 */
export function parseSyntheticSize(text: string): SyntheticSizeResult {
  const match = SIZE.exec(text);
  if (!match) return { ok: false, error: 'format' };
  const size = { options: Number(match[1]), layers: Number(match[2]) };
  const error = syntheticSizeError(size);
  return error === null ? { ok: true, ...size } : { ok: false, error };
}

/** Reads a seed number: a whole number from 0 to 4,294,967,295; null for anything else. */
export function parseSyntheticSeed(text: string): number | null {
  if (!SEED.test(text)) return null;
  const seed = Number(text);
  return inRange(seed, SYNTHETIC_LIMITS.seed) ? seed : null;
}

/** The seed's six layers, then layers of generic technologies up to eight. */
function syntheticLayers(count: number, entered: { source: string }): Layer[] {
  return Array.from({ length: count }, (_, i): Layer => {
    const seedLayer = seedLayers[i];
    if (seedLayer) return seedLayer;
    const n = i + 1;
    return {
      id: `layer-${n}`,
      name: { zh: `第 ${n} 层`, en: `Layer ${n}` },
      source: 'user',
      entered,
    };
  });
}

/** A technology's name: its layer's name and its number ("Orchestration 3", "Layer 7 · 3"). */
function technologyName(layer: Layer, k: number): string {
  return layer.id.startsWith('layer-') ? `${layer.name.en} · ${k}` : `${layer.name.en} ${k}`;
}

/** A short id prefix per layer: "orchestration-3", "oci-runtime-3", "layer-7-3". */
function idPrefix(layer: LayerId): string {
  return layer.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * The rules, by layer index (taken modulo the number of layers): two that make stacks
 * invalid, three warnings, one with an exception. Layers 7 and 8 add one rule each.
 */
const RULES: { severity: CompatibilityRule['severity']; when: number[]; unless?: number }[] = [
  { severity: 'invalid', when: [0, 3] },
  { severity: 'invalid', when: [1, 2] },
  { severity: 'warning', when: [4] },
  { severity: 'warning', when: [3, 5] },
  { severity: 'warning', when: [5], unless: 1 },
  { severity: 'invalid', when: [6, 4] },
  { severity: 'warning', when: [7], unless: 2 },
];

/**
 * A catalogue of random technologies with `counts[i]` technologies in its i-th layer (1 to 8
 * layers of 1 to 100; the product is the number of stacks, at most the catalogue limit), a
 * few compatibility rules and production cases. Same counts and seed, same catalogue. Throws
 * a RangeError for counts or a seed out of range.
 */
export function syntheticCatalogueOfCounts(
  counts: readonly number[],
  seed: number = DEFAULT_SYNTHETIC_SEED,
): Catalogue {
  if (!inRange(counts.length, SYNTHETIC_LIMITS.layers))
    throw new RangeError(`1 to 8 layers, not ${counts.length}`);
  if (!counts.every((n) => inRange(n, SYNTHETIC_LIMITS.options)))
    throw new RangeError(`1 to 100 technologies per layer, not ${counts.join(', ')}`);
  if (counts.reduce((a, b) => a * b, 1) > CATALOGUE_LIMITS.stacks)
    throw new RangeError(`at most ${CATALOGUE_LIMITS.stacks} stacks`);
  if (!inRange(seed, SYNTHETIC_LIMITS.seed))
    throw new RangeError(`a seed from 0 to 4294967295, not ${seed}`);
  const rnd = prng(seed);
  const entered = { source: `synthetic catalogue, seed ${seed}` };
  const sourced = { source: 'user' as const, entered };
  const layers = syntheticLayers(counts.length, entered);
  const byLayer = layers.map((layer, i) =>
    Array.from({ length: counts[i]! }, (_, j): Technology => {
      const k = j + 1;
      return {
        id: `${idPrefix(layer.id)}-${k}`,
        layer: layer.id,
        name: technologyName(layer, k),
        summary: {
          zh: `${layer.name.zh}的合成技术 ${k}（随机种子 ${seed}）。`,
          en: `Synthetic technology ${k} of the ${layer.name.en} layer (seed ${seed}).`,
        },
        facts: syntheticFacts(layer.id, rnd, sourced),
      };
    }),
  );
  const layerAt = (i: number) => i % layers.length;
  const pick = (i: number) => {
    const ofLayer = byLayer[layerAt(i)]!;
    return ofLayer[Math.floor(rnd() * ofLayer.length)]!.id;
  };
  const compatibility: CompatibilityRule[] = [];
  RULES.forEach((spec, i) => {
    // The rules of layers 7 and 8 only where those layers are; the others wrap around.
    if (i >= 5 && Math.max(...spec.when) >= layers.length) return;
    const whenLayers = [...new Set(spec.when.map(layerAt))];
    const when = whenLayers.map(pick);
    const unless =
      spec.unless === undefined || whenLayers.includes(layerAt(spec.unless))
        ? undefined
        : [pick(spec.unless)];
    // An invalid rule over layers of one technology each would exclude every stack.
    if (spec.severity === 'invalid' && whenLayers.every((l) => counts[l] === 1)) return;
    compatibility.push({
      id: `rule-${i + 1}`,
      severity: spec.severity,
      when,
      ...(unless ? { unless } : {}),
      reason: {
        zh:
          spec.severity === 'invalid' ? '合成规则：不能一起运行' : '合成规则：可运行，但有注意事项',
        en:
          spec.severity === 'invalid'
            ? 'Synthetic rule: these cannot run together'
            : 'Synthetic rule: runs, with a caveat',
      },
      ...sourced,
    });
  });
  const cases: ProductionCase[] = Array.from({ length: 8 }, (_, i) => {
    const stack: StackPattern = {};
    for (const l of [1, 1, 3]) {
      const layer = layers[layerAt(l)]!.id;
      const id = pick(l);
      stack[layer] = [...new Set([...(stack[layer] ?? []), id])];
    }
    return {
      id: `case-${i + 1}`,
      section: '17.5.9',
      name: { zh: `合成案例 ${i + 1}`, en: `Synthetic case ${i + 1}` },
      organisation: { zh: '合成', en: 'synthetic' },
      status: 'production',
      scale: { zh: '-', en: '-' },
      stack,
      otherParts: { zh: '-', en: '-' },
      results: { zh: '-', en: '-' },
    };
  });
  return {
    sections,
    layers,
    technologies: byLayer.flat(),
    dimensions,
    // The seed's defaults only (a catalogue needs one scenario to start from), without the
    // variants: they name the seed's technologies.
    scenarios: seedScenarios.filter((s) => s.id === 'default').map((s) => ({ ...s, variants: [] })),
    cases,
    compatibility,
    decisionMatrix: [],
  };
}

/**
 * The synthetic catalogue of a size: `options` technologies in each of `layers` layers (the
 * seed's six in its order, then "Layer 7", "Layer 8"), facts drawn from `seed` (17 unless
 * given). Throws a RangeError for a size or seed that parseSyntheticSize / parseSyntheticSeed refuse.
 */
export function syntheticCatalogue({
  options,
  layers,
  seed = DEFAULT_SYNTHETIC_SEED,
}: SyntheticSpec): Catalogue {
  const catalogue = syntheticCatalogueOfCounts(
    Array.from({ length: layers }, () => options),
    seed,
  );
  made.set(catalogue, { options, layers, seed });
  return catalogue;
}

const made = new WeakMap<Catalogue, Required<SyntheticSpec>>();

/**
 * The size and seed a catalogue object was generated from by syntheticCatalogue, or null
 * (an edited, imported or stored catalogue, even an equal one): what lets a page's address
 * keep `?synthetic=` while it shows that catalogue.
 */
export function syntheticSpecOf(catalogue: Catalogue): Required<SyntheticSpec> | null {
  return made.get(catalogue) ?? null;
}
