import type { Catalogue, Language } from '../../catalogue/types';
import type { Preset } from '../../store/preset-storage';
import type { PresetSpec } from './diff-presets';
import { builtinPresets } from './preset-list';

/** A compare choice: the current inputs, a built-in (`builtin:<id>`) or a saved preset (`saved:<id>`). */
export type CompareKey = string;
export const CURRENT_KEY: CompareKey = 'current';

export interface CompareOption {
  key: CompareKey;
  label: string;
}

/** The built-in (the catalogue's scenarios) and saved choices, each group in list order. */
export function compareOptions(catalogue: Catalogue, saved: Preset[], lang: Language) {
  return {
    builtin: builtinPresets(catalogue).map((p) => ({
      key: `builtin:${p.id}`,
      label: p.name[lang],
    })),
    saved: saved.map((p) => ({ key: `saved:${p.id}`, label: p.name })),
  };
}

/**
 * The spec a key names, or null when it names nothing (e.g. a preset deleted meanwhile, or a
 * scenario the catalogue no longer has).
 */
export function resolveSpec(
  catalogue: Catalogue,
  key: CompareKey,
  saved: Preset[],
  current: PresetSpec,
) {
  if (key === CURRENT_KEY) return current;
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'builtin') return builtinPresets(catalogue).find((p) => p.id === id)?.spec ?? null;
  if (kind === 'saved') return saved.find((p) => p.id === id) ?? null;
  return null;
}

/** The B side a comparison starts with: the latest saved preset, else the seed's edge scenario. */
export function defaultCompareB(saved: Preset[]): CompareKey {
  const last = saved.at(-1);
  return last ? `saved:${last.id}` : 'builtin:edge';
}
