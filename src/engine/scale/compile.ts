import type {
  Catalogue,
  DimensionId,
  LayerId,
  Requirements,
  Technology,
  TechnologyId,
} from '../../catalogue/types';
import {
  capacityAnchors,
  capacityFrom,
  capacityOnly,
  nodeCap,
  scoreTechnologies,
} from '../aggregate';
import { MEMORY_FACTS, memoryStatus, technologyStatus } from '../match';
import { logPosition } from '../normalise';
import type { Focus } from '../technology-scores';
import type { StackParts } from '../types';

/**
 * The stacks of a catalogue as struct-of-arrays typed arrays: what the scoring worker holds
 * so a million stacks are never a million objects. A stack is its index in the cartesian
 * product in layer order (the order buildStacks lists them): index = Σ digitₗ · strideₗ.
 * Every figure is computed with the same arithmetic, in the same order, as scoreStacks,
 * matchStack and checkCompatibility, so a stack's vector and verdicts equal the reference
 * path's bit for bit (scale.test.ts checks it).
 */

/** Compatibility verdict codes in `compat`. */
export const COMPAT = { valid: 0, warning: 1, invalid: 2 } as const;
/** Requirement fit codes in `fit` (17.9.3's M(T, R)). */
export const FIT = { match: 0, partial: 1, mismatch: 2 } as const;

/** The catalogue's shape: layers, their technologies, and how an index maps to a stack. */
export interface StackSpace {
  layerIds: LayerId[];
  /** Per layer, its technology ids in catalogue order (a stack's digit indexes this). */
  options: TechnologyId[][];
  /** Per layer, how far apart two stacks differing only in this layer are (last layer: 1). */
  strides: number[];
  /** Number of stacks: Π options per layer (0 when a layer has none). */
  size: number;
  /**
   * Per layer, each option's place in the layer's ids sorted as strings. Stack ids join the
   * layers' ids with "+", which sorts before every character an id may hold, so stack ids
   * sort as the layers' places do: Σ placeₗ · strideₗ is a stack's place among all ids.
   */
  idPlace: Int32Array[];
  /** Per layer, the option at each id place (the inverse of idPlace). */
  placeOption: Int32Array[];
}

/** Stacks scored and judged under a set of requirements and a scenario's focus. */
export interface CompiledStacks extends StackSpace {
  dimensionIds: DimensionId[];
  /** Per dimension (catalogue order), f_d of every stack: scoreStacks' DimensionVector values. */
  dims: Float64Array[];
  /** Compatibility verdict per stack (COMPAT codes). */
  compat: Uint8Array;
  /** Requirement fit per stack (FIT codes). */
  fit: Uint8Array;
}

/** The layers' technologies and strides of a catalogue, without scoring anything. */
export function stackSpace(catalogue: Pick<Catalogue, 'layers' | 'technologies'>): StackSpace {
  const layerIds = catalogue.layers.map((l) => l.id);
  const options = layerIds.map((layer) =>
    catalogue.technologies.filter((t) => t.layer === layer).map((t) => t.id),
  );
  const strides = new Array<number>(layerIds.length);
  let size = 1;
  for (let l = layerIds.length - 1; l >= 0; l--) {
    strides[l] = size;
    size *= options[l]!.length;
  }
  const idPlace = options.map((ids) => {
    const sorted = ids.map((id, option) => ({ id, option }));
    sorted.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const place = new Int32Array(ids.length);
    sorted.forEach((s, p) => (place[s.option] = p));
    return place;
  });
  const placeOption = idPlace.map((place) => {
    const inverse = new Int32Array(place.length);
    place.forEach((p, option) => (inverse[p] = option));
    return inverse;
  });
  return { layerIds, options, strides, size, idPlace, placeOption };
}

/** The option each layer takes in stack `index`. */
export function digitsOf(space: StackSpace, index: number): number[] {
  return space.strides.map((stride, l) => Math.floor(index / stride) % space.options[l]!.length);
}

/** The parts of stack `index`, keyed by layer in layer order (as buildStacks makes them). */
export function partsAt(space: StackSpace, index: number): StackParts {
  const digits = digitsOf(space, index);
  return Object.fromEntries(
    space.layerIds.map((layer, l) => [layer, space.options[l]![digits[l]!]!]),
  ) as StackParts;
}

/** The id of stack `index`: its technology ids in layer order joined by "+". */
export function idAt(space: StackSpace, index: number): string {
  return digitsOf(space, index)
    .map((d, l) => space.options[l]![d]!)
    .join('+');
}

/** The index of a stack id, or -1 when the id names no stack of the catalogue. */
export function indexOfId(space: StackSpace, id: string): number {
  const parts = id.split('+');
  if (parts.length !== space.layerIds.length || space.size === 0) return -1;
  let index = 0;
  for (let l = 0; l < parts.length; l++) {
    const option = space.options[l]!.indexOf(parts[l]!);
    if (option < 0) return -1;
    index += option * space.strides[l]!;
  }
  return index;
}

/** A stack's place among all stack ids sorted as strings (rankAssessed's tie order). */
export function idPlaceOf(space: StackSpace, index: number): number {
  let place = 0;
  for (let l = 0; l < space.strides.length; l++) {
    const stride = space.strides[l]!;
    const digit = Math.floor(index / stride) % space.options[l]!.length;
    place += space.idPlace[l]![digit]! * stride;
  }
  return place;
}

/** The stack at a place in id order (the inverse of idPlaceOf). */
export function indexAtIdPlace(space: StackSpace, place: number): number {
  let index = 0;
  for (let l = 0; l < space.strides.length; l++) {
    const stride = space.strides[l]!;
    const digit = Math.floor(place / stride) % space.options[l]!.length;
    index += space.placeOption[l]![digit]! * stride;
  }
  return index;
}

/**
 * The layers in the order Object.values(stack.parts) lists them — the order the reference
 * path sums a stack's figures in (layer order, unless a layer id reads as an array index).
 */
function valueOrder(layerIds: LayerId[]): number[] {
  const keys = Object.keys(Object.fromEntries(layerIds.map((id) => [id, 0])));
  return keys.map((k) => layerIds.indexOf(k));
}

/**
 * Per layer and option, a bitset of the compatibility rules the option allows: rule r fires
 * for a stack exactly when every layer's option has bit r set (its `when` technologies all
 * chosen, none of its `unless` ones). A stack's rules are the AND of its layers' words.
 */
function ruleMasks(
  catalogue: Pick<Catalogue, 'compatibility' | 'technologies'>,
  space: StackSpace,
): { masks: Uint32Array[]; invalid: Uint32Array; words: number } {
  const rules = catalogue.compatibility;
  const words = Math.ceil(rules.length / 32);
  const layerOf = new Map(catalogue.technologies.map((t) => [t.id, t.layer]));
  const masks = space.options.map((ids) => new Uint32Array(ids.length * words));
  const invalid = new Uint32Array(words);
  rules.forEach((rule, r) => {
    const word = r >>> 5;
    const bit = 1 << (r & 31);
    if (rule.severity === 'invalid') invalid[word]! |= bit;
    // A `when` technology the catalogue lacks is never present: the rule never fires.
    if (rule.when.some((id) => !layerOf.has(id))) return;
    const unless = new Set(rule.unless ?? []);
    space.layerIds.forEach((layer, l) => {
      const required = new Set(rule.when.filter((id) => layerOf.get(id) === layer));
      space.options[l]!.forEach((id, option) => {
        const allowed =
          !unless.has(id) && (required.size === 0 || (required.size === 1 && required.has(id)));
        if (allowed) masks[l]![option * words + word]! |= bit;
      });
    });
  });
  return { masks, invalid, words };
}

/** Per-layer tables of everything a stack's figures are made from. */
interface LayerTables {
  /** [dimension][layer][option]: f_d(t), NaN where the technology has no score. */
  scores: Float64Array[][];
  /** [layer][option]: the node cap (∞ unbounded, NaN none) and pod density (NaN none). */
  caps: Float64Array[];
  densities: Float64Array[];
  /** [layer][option]: the technology's own requirement status (FIT code). */
  status: Uint8Array[];
  /** [layer][option]: its memory figures in summing order, as [low, high] pairs. */
  memory: [low: number, high: number][][][];
}

function layerTables(
  catalogue: Pick<Catalogue, 'technologies' | 'dimensions'>,
  space: StackSpace,
  requirements: Requirements,
  focus: Focus,
): LayerTables {
  const table = scoreTechnologies(catalogue, requirements, focus);
  const byId = new Map(catalogue.technologies.map((t) => [t.id, t]));
  const techs: Technology[][] = space.options.map((ids) => ids.map((id) => byId.get(id)!));
  const perOption = <T>(make: (tech: Technology) => T): T[][] =>
    techs.map((layer) => layer.map(make));
  return {
    scores: catalogue.dimensions.map((dim) =>
      techs.map((layer) =>
        Float64Array.from(layer, (t) => table.get(t.id)?.[dim.id]?.score ?? Number.NaN),
      ),
    ),
    caps: perOption((t) => nodeCap(t) ?? Number.NaN).map((xs) => Float64Array.from(xs)),
    densities: perOption((t) =>
      t.facts.podDensity?.kind === 'number' ? t.facts.podDensity.value : Number.NaN,
    ).map((xs) => Float64Array.from(xs)),
    status: perOption((t) => FIT[technologyStatus(t, requirements)]).map((xs) =>
      Uint8Array.from(xs),
    ),
    memory: perOption((t) =>
      MEMORY_FACTS.flatMap((key): [number, number][] => {
        const f = t.facts[key];
        if (f?.kind === 'number') return [[f.value, f.value]];
        if (f?.kind === 'range') return [[f.min, f.max]];
        return [];
      }),
    ),
  };
}

/**
 * Scores and judges every stack of a catalogue under R and a focus, into typed arrays. One
 * pass over the stacks with an odometer of digits; no stack object is made. Run when the
 * catalogue, the requirements or the scenario change — never on a weight change.
 */
export function compileStacks(
  catalogue: Pick<Catalogue, 'layers' | 'technologies' | 'dimensions' | 'compatibility'>,
  requirements: Requirements,
  focus: Focus = {},
): CompiledStacks {
  const space = stackSpace(catalogue);
  const { size, options } = space;
  // select.ts packs a stack's place in id order into 21 bits (the catalogue allows 2,000,000).
  if (size > 2 ** 21)
    throw new RangeError(`${size} stacks: the scale kernel ranks at most ${2 ** 21}`);
  const L = space.layerIds.length;
  const order = valueOrder(space.layerIds);
  const t = layerTables(catalogue, space, requirements, focus);
  const { masks, invalid, words } = ruleMasks(catalogue, space);
  const dimensions = catalogue.dimensions;
  const dims = dimensions.map(() => new Float64Array(size));
  const compat = new Uint8Array(size);
  const fit = new Uint8Array(size);
  const capacity = dimensions.map((dim) => {
    if (dim.aggregation !== 'capacity') return null;
    const only = capacityOnly(dim, focus);
    return { only, ...capacityAnchors(only) };
  });
  const budget = requirements.memoryPerNodeMB;
  const digits = new Int32Array(L);
  for (let i = 0; i < size; i++) {
    // Dimension vector, as aggregateDimension computes it (sums in Object.values order).
    for (let d = 0; d < dimensions.length; d++) {
      const cap = capacity[d];
      if (cap) {
        let minCap = Number.POSITIVE_INFINITY;
        let minDensity = Number.POSITIVE_INFINITY;
        for (let l = 0; l < L; l++) {
          const c = t.caps[l]![digits[l]!]!;
          if (c === c) minCap = Math.min(minCap, c);
          const p = t.densities[l]![digits[l]!]!;
          if (p === p) minDensity = Math.min(minDensity, p);
        }
        dims[d]![i] = logPosition(
          capacityFrom(minCap, minDensity, cap.only).pods,
          cap.low,
          cap.high,
        );
        continue;
      }
      const scores = t.scores[d]!;
      const isMin = dimensions[d]!.aggregation === 'min';
      let sum = 0;
      let min = Number.POSITIVE_INFINITY;
      let count = 0;
      for (let k = 0; k < L; k++) {
        const l = order[k]!;
        const s = scores[l]![digits[l]!]!;
        if (s !== s) continue;
        sum += s;
        min = Math.min(min, s);
        count++;
      }
      dims[d]![i] = count === 0 ? 0 : isMin ? min : sum / count;
    }
    // Compatibility: the AND of the layers' rule words.
    let verdict: number = COMPAT.valid;
    for (let w = 0; w < words && verdict !== COMPAT.invalid; w++) {
      let fired = 0xffffffff;
      for (let l = 0; l < L; l++) fired &= masks[l]![digits[l]! * words + w]!;
      if (fired & invalid[w]!) verdict = COMPAT.invalid;
      else if (fired !== 0) verdict = COMPAT.warning;
    }
    compat[i] = verdict;
    // Requirement fit: the worst layer status, and the whole stack's memory when budgeted.
    let status = 0;
    for (let l = 0; l < L; l++) status = Math.max(status, t.status[l]![digits[l]!]!);
    if (budget !== null) {
      let low = 0;
      let high = 0;
      for (let k = 0; k < L; k++) {
        const l = order[k]!;
        for (const [lo, hi] of t.memory[l]![digits[l]!]!) {
          low += lo;
          high += hi;
        }
      }
      status = Math.max(status, FIT[memoryStatus(low, high, budget)]);
    }
    fit[i] = status;
    // Next stack: advance the odometer (last layer fastest).
    for (let l = L - 1; l >= 0; l--) {
      if (++digits[l]! < options[l]!.length) break;
      digits[l] = 0;
    }
  }
  return { ...space, dimensionIds: dimensions.map((d) => d.id), dims, compat, fit };
}

/** Bytes the compiled arrays hold (what a worker keeps per catalogue and requirements). */
export function compiledBytes(c: CompiledStacks): number {
  return c.dims.reduce((s, a) => s + a.byteLength, 0) + c.compat.byteLength + c.fit.byteLength;
}
