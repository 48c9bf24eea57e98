import type { Catalogue, LocalizedText } from '../../catalogue/types';
import { presetWeights } from '../../engine/presets';
import type { Inputs } from '../../store/app-store';
import { cleanPresetName, MAX_NAME_LENGTH, type Preset } from '../../store/preset-storage';
import { DEFAULT_METHOD } from '../../engine/methods';
import { baseOf, methodOf, type PresetSpec } from './diff-presets';

/** A scenario of the catalogue offered as a read-only preset; it ranks with the app's default method. */
export interface BuiltinPreset {
  id: string;
  name: LocalizedText;
  spec: PresetSpec;
}

const builtinCache = new WeakMap<Catalogue, BuiltinPreset[]>();

/**
 * The catalogue's scenarios as built-in presets, in catalogue order, with a weight for every
 * dimension of the catalogue (its default where the scenario names none, as the sidebar's
 * scenario buttons apply it). Built once per catalogue.
 */
export function builtinPresets(catalogue: Catalogue): BuiltinPreset[] {
  let presets = builtinCache.get(catalogue);
  if (!presets) {
    presets = catalogue.scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      spec: {
        weights: presetWeights(catalogue, s),
        requirements: s.requirements,
        rankMode: 'fitFirst',
        showInvalid: false,
        baseScenarioId: s.id,
        method: DEFAULT_METHOD,
        judgements: [],
      },
    }));
    builtinCache.set(catalogue, presets);
  }
  return presets;
}

/** The part of the inputs a preset keeps, with the base scenario always set ('default' when absent). */
export function specOf(source: PresetSpec): Required<PresetSpec> {
  const { weights, requirements, rankMode, showInvalid } = source;
  return {
    weights: { ...weights },
    requirements: { ...requirements },
    rankMode,
    showInvalid,
    baseScenarioId: baseOf(source),
    method: methodOf(source),
    judgements: [...(source.judgements ?? [])],
  };
}

/**
 * The cleaned name, made unique among `taken`: "Edge" → "Edge (2)" → "Edge (3)", shortening the
 * base so the suffixed name stays within the length cap. Empty when nothing printable is left.
 */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = cleanPresetName(name);
  if (base === '' || !taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const room = MAX_NAME_LENGTH - suffix.length;
    const candidate = `${Array.from(base).slice(0, room).join('').trim()}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/** A new preset of the current inputs under a cleaned, unique name (null when the name is blank). */
export function addPreset(list: Preset[], inputs: PresetSpec, name: string, id: string) {
  const unique = uniqueName(
    name,
    list.map((p) => p.name),
  );
  if (unique === '') return null;
  return [...list, { id, name: unique, ...specOf(inputs) }];
}

/** The list with one preset renamed (cleaned, unique among the others); null when the name is blank. */
export function renamePreset(list: Preset[], id: string, name: string): Preset[] | null {
  const others = list.filter((p) => p.id !== id).map((p) => p.name);
  const unique = uniqueName(name, others);
  if (unique === '') return null;
  return list.map((p) => (p.id === id ? { ...p, name: unique } : p));
}

/** The list without the given preset. */
export function removePreset(list: Preset[], id: string): Preset[] {
  return list.filter((p) => p.id !== id);
}

/**
 * The current inputs with a saved preset's weights, requirements and method; marked custom
 * (scenarioId null) and based on the scenario the preset started from (the seed defaults when
 * it does not say), so its focus scores as it did when saved and Reset returns to that scenario,
 * not to an unrelated earlier one.
 */
export function inputsWithPreset(current: Inputs, preset: PresetSpec): Inputs {
  return { ...current, ...specOf(preset), scenarioId: null };
}

/** The current inputs switched to a built-in preset, as the sidebar's scenario buttons do, with its method. */
export function inputsWithBuiltin(current: Inputs, preset: BuiltinPreset): Inputs {
  return {
    ...current,
    ...specOf(preset.spec),
    scenarioId: preset.id,
    baseScenarioId: preset.id,
    selectedIds: [],
  };
}

/** A fresh preset id: time and randomness in base 36 (works without crypto.randomUUID on plain http). */
export function newPresetId(now: number, random: number): string {
  return `p-${now.toString(36)}-${Math.floor(random * 36 ** 6).toString(36)}`;
}
