import { create } from 'zustand';

import { seedCatalogue } from '../catalogue/seed-catalogue';
import type {
  DimensionId,
  Language,
  LocalizedText,
  Requirements,
  Weights,
} from '../catalogue/types';
import type { RankMode } from '../engine/evaluate';

/** The views, in the header's order; `?view=` takes these words (url-params.ts). */
export const VIEWS = ['dashboard', 'path', 'catalogue', 'conformance'] as const;
export type View = (typeof VIEWS)[number];
export type Theme = 'light' | 'dark';
/** Table sorting in TanStack's shape, kept here so it can travel in the URL. */
export type Sorting = { id: string; desc: boolean }[];

/** Everything the user chooses; rankings are derived from it (use-ranking.ts), never stored. */
export interface Inputs {
  weights: Weights;
  requirements: Requirements;
  scenarioId: string | null;
  /** The preset the current inputs started from: what Reset returns to. */
  baseScenarioId: string;
  selectedIds: string[];
  sorting: Sorting;
  language: Language;
  showInvalid: boolean;
  rankMode: RankMode;
  technologyFilter: string[];
  openStackId: string | null;
  view: View;
  theme: Theme;
}

/** A dismissible message to the user (a link that was partly ignored, storage that failed, …). */
export interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  message: LocalizedText;
}

export interface Actions {
  /** Replaces every input at once with a fully built, validated Inputs (share links, presets, history). */
  replaceInputs: (next: Inputs) => void;
  /** Shows a notice; a notice with the same id replaces the earlier one. */
  pushNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  setWeight: (dimension: DimensionId, value: number) => void;
  resetWeights: () => void;
  applyScenario: (id: string) => void;
  setRequirement: <K extends keyof Requirements>(key: K, value: Requirements[K]) => void;
  resetRequirements: () => void;
  toggleSelected: (stackId: string) => void;
  setSelected: (stackIds: string[]) => void;
  setSorting: (sorting: Sorting) => void;
  setLanguage: (language: Language) => void;
  setShowInvalid: (show: boolean) => void;
  setRankMode: (mode: RankMode) => void;
  setTechnologyFilter: (ids: string[]) => void;
  openStack: (stackId: string | null) => void;
  setView: (view: View) => void;
  setTheme: (theme: Theme) => void;
}

export const MAX_SELECTED = 6;
export const MAX_WEIGHT = 5;

/** The scenario a preset id names, or the seed defaults. */
export function scenarioById(id: string | null) {
  return seedCatalogue.scenarios.find((s) => s.id === id) ?? seedCatalogue.scenarios[0]!;
}

/** The inputs a fresh visit starts with: the seed's default weights, open requirements. */
export function defaultInputs(): Inputs {
  const base = scenarioById('default');
  return {
    weights: { ...base.weights },
    requirements: { ...base.requirements },
    scenarioId: 'default',
    baseScenarioId: 'default',
    selectedIds: [],
    sorting: [],
    language: 'en',
    showInvalid: false,
    rankMode: 'fitFirst',
    technologyFilter: [],
    openStackId: null,
    view: 'dashboard',
    theme: 'light',
  };
}

/** True when two flat records hold the same keys with identical values. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  const ka = Object.keys(a) as (keyof T)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

/** The keys of Inputs, in a fixed order. */
export const INPUT_KEYS = Object.keys(defaultInputs()) as (keyof Inputs)[];

/** Only the inputs of a store state (no actions, no notices): a fresh object to copy or compare. */
export function pickInputs(state: Inputs): Inputs {
  return Object.fromEntries(INPUT_KEYS.map((key) => [key, state[key]])) as unknown as Inputs;
}

const clampWeight = (v: number) => Math.min(MAX_WEIGHT, Math.max(0, Math.round(v * 2) / 2));

/** The one store: inputs and the actions that change them. */
export const useAppStore = create<Inputs & Actions & { notices: Notice[] }>()((set, get) => ({
  ...defaultInputs(),
  notices: [],
  replaceInputs: (next) => set({ ...next }),
  pushNotice: (notice) =>
    set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] }),
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  setWeight: (dimension, value) =>
    set({ weights: { ...get().weights, [dimension]: clampWeight(value) }, scenarioId: null }),
  resetWeights: () => {
    const { baseScenarioId, requirements } = get();
    const base = scenarioById(baseScenarioId);
    const sameRequirements = shallowEqual(requirements, base.requirements);
    set({ weights: { ...base.weights }, scenarioId: sameRequirements ? base.id : null });
  },
  applyScenario: (id) => {
    const s = scenarioById(id);
    set({
      scenarioId: s.id,
      baseScenarioId: s.id,
      weights: { ...s.weights },
      requirements: { ...s.requirements },
      selectedIds: [],
    });
  },
  setRequirement: (key, value) =>
    set({ requirements: { ...get().requirements, [key]: value }, scenarioId: null }),
  resetRequirements: () => {
    const { baseScenarioId, weights } = get();
    const base = scenarioById(baseScenarioId);
    const sameWeights = shallowEqual(weights, base.weights);
    set({ requirements: { ...base.requirements }, scenarioId: sameWeights ? base.id : null });
  },
  toggleSelected: (stackId) => {
    const current = get().selectedIds;
    if (current.includes(stackId)) set({ selectedIds: current.filter((id) => id !== stackId) });
    else if (current.length < MAX_SELECTED) set({ selectedIds: [...current, stackId] });
  },
  setSelected: (stackIds) => set({ selectedIds: stackIds.slice(0, MAX_SELECTED) }),
  setSorting: (sorting) => set({ sorting }),
  setLanguage: (language) => set({ language }),
  setShowInvalid: (showInvalid) => set({ showInvalid }),
  setRankMode: (rankMode) => set({ rankMode }),
  setTechnologyFilter: (technologyFilter) => set({ technologyFilter }),
  openStack: (openStackId) => set({ openStackId }),
  setView: (view) => set({ view }),
  setTheme: (theme) => set({ theme }),
}));
