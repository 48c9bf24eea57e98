import { create } from 'zustand';

import { diffCatalogues, isEmpty } from '../catalogue/diff';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type {
  Catalogue,
  DimensionId,
  Language,
  LocalizedText,
  Requirements,
  Weights,
} from '../catalogue/types';
import type { RankMode } from '../engine/evaluate';
import type { GroupMean } from '../engine/analysis/group';
import { DEFAULT_METHOD, type Method } from '../engine/methods';
import { DEFAULT_SCENARIO_ID, presetWeights, scenarioIn } from '../engine/presets';
import { reconcileInputs } from './reconcile-inputs';

/** The views, in the header's order; `?view=` takes these words (url-params.ts). */
export const VIEWS = ['dashboard', 'path', 'confidence', 'catalogue', 'conformance'] as const;
export type View = (typeof VIEWS)[number];
/** The stack drawer's sections, top to bottom; an entry point may open the drawer at one. */
export const STACK_SECTIONS = [
  'overview',
  'explanation',
  'fit',
  'compatibility',
  'cases',
  'facts',
] as const;
export type StackSection = (typeof STACK_SECTIONS)[number];
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
  /** How dimension scores combine (the seed's weighted sum by default). */
  method: Method;
  /**
   * Pairwise judgements between the catalogue's dimensions (AHP), pairs (0,1), (0,2) … in
   * catalogue order, Saaty's scale as integers (k: i is k times as important as j; −k: 1/k).
   * Empty until the user makes some.
   */
  judgements: number[];
  /** Leave stacks another stack dominates out of the ranking table. */
  hideDominated: boolean;
  technologyFilter: string[];
  openStackId: string | null;
  view: View;
  theme: Theme;
}

/** What a notice offers to do about itself (the UI names and runs it). */
export type NoticeAction =
  /** Download the catalogue in memory as its JSON file (edits that could not be saved). */
  | { kind: 'exportCatalogue' }
  /** Download a stored value kept aside (a catalogue this version could not read). */
  | { kind: 'downloadKept'; key: string };

/** A dismissible message to the user (a link that was partly ignored, storage that failed, …). */
export interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  message: LocalizedText;
  action?: NoticeAction;
}

/** What one catalogue edit did, for the undo / redo buttons (the UI writes the words). */
export interface CatalogueEdit {
  action:
    | 'addTechnology'
    | 'editTechnology'
    | 'deleteTechnology'
    | 'addLayer'
    | 'editLayer'
    | 'removeLayer'
    | 'addDimension'
    | 'editDimension'
    | 'addRule'
    | 'editRule'
    | 'deleteRule'
    | 'import'
    | 'synthetic'
    | 'reset';
  /** The name of what was edited (a technology, a layer …), when there is one. */
  subject?: string;
}

/** The user's catalogue (the seed's by default) and its edit history; rankings derive from it. */
export interface CatalogueState {
  catalogue: Catalogue;
  /** Catalogues before each edit, newest last, with the edit that left them. */
  catalogueUndo: { catalogue: Catalogue; edit: CatalogueEdit }[];
  catalogueRedo: { catalogue: Catalogue; edit: CatalogueEdit }[];
}

/** How many catalogue edits can be undone. */
export const MAX_CATALOGUE_UNDO = 100;

export interface Actions {
  /** Replaces the catalogue as one undoable edit; the inputs follow it (reconcileInputs). */
  setCatalogue: (next: Catalogue, edit: CatalogueEdit) => void;
  /** Puts a catalogue in place without an undo step (restored from storage or a link at load). */
  loadCatalogue: (next: Catalogue) => void;
  undoCatalogue: () => void;
  redoCatalogue: () => void;
  /** Back to the seed catalogue, undoably. */
  resetCatalogue: () => void;
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
  setMethod: (method: Method) => void;
  setJudgements: (judgements: number[]) => void;
  setHideDominated: (hide: boolean) => void;
  /** Sets every weight at once (AHP, combined reviewers' weights): clamped, hundredths kept. */
  setWeights: (weights: Weights) => void;
  setReviewLinks: (links: string[]) => void;
  setReviewMean: (mean: GroupMean) => void;
  setTechnologyFilter: (ids: string[]) => void;
  /** Opens a stack's details (null closes them), at one of its sections or else at the top. */
  openStack: (stackId: string | null, section?: StackSection) => void;
  setView: (view: View) => void;
  setTheme: (theme: Theme) => void;
}

/** How many reviewers' links a group review takes. */
export const MAX_REVIEW_LINKS = 12;

export const MAX_SELECTED = 6;
export const MAX_WEIGHT = 5;

/** The scenario a preset id names in the catalogue (the seed's by default), or its defaults. */
export function scenarioById(id: string | null, catalogue: Catalogue = seedCatalogue) {
  return scenarioIn(catalogue, id);
}

/** The inputs a fresh visit starts with: the catalogue's default weights, open requirements. */
export function defaultInputs(catalogue: Catalogue = seedCatalogue): Inputs {
  const base = scenarioIn(catalogue, DEFAULT_SCENARIO_ID);
  return {
    weights: presetWeights(catalogue, base),
    requirements: { ...base.requirements },
    scenarioId: base.id,
    baseScenarioId: base.id,
    selectedIds: [],
    sorting: [],
    language: 'en',
    showInvalid: false,
    rankMode: 'fitFirst',
    method: DEFAULT_METHOD,
    judgements: [],
    hideDominated: false,
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

/**
 * The seed catalogue object itself for a catalogue equal to it (an edit undone by hand, a
 * file of the seed): links, storage and notices then treat it as the seed's, not as custom.
 */
export function canonicalCatalogue(catalogue: Catalogue): Catalogue {
  return catalogue === seedCatalogue || !isEmpty(diffCatalogues(seedCatalogue, catalogue))
    ? catalogue
    : seedCatalogue;
}

type History = 'catalogueUndo' | 'catalogueRedo';

/**
 * One step through the catalogue history: the newest entry of `from` becomes the catalogue,
 * the current one goes onto `to` with the same edit, and the inputs follow. Nothing when
 * `from` is empty.
 */
function travel(
  state: Inputs & CatalogueState,
  from: History,
  to: History,
): Partial<Inputs & CatalogueState> {
  const step = state[from].at(-1);
  if (!step) return {};
  return {
    catalogue: step.catalogue,
    [from]: state[from].slice(0, -1),
    [to]: [...state[to], { catalogue: state.catalogue, edit: step.edit }],
    ...reconcileInputs(pickInputs(state), step.catalogue),
  };
}

const clampWeight = (v: number) => Math.min(MAX_WEIGHT, Math.max(0, Math.round(v * 2) / 2));
const clampExact = (v: number) =>
  Number.isFinite(v) ? Math.min(MAX_WEIGHT, Math.max(0, Math.round(v * 100) / 100)) : 0;

export type AppState = Inputs &
  CatalogueState &
  Actions & {
    notices: Notice[];
    /** Where the open drawer starts (null: the top): how it was opened, never in a link. */
    openStackSection: StackSection | null;
    /** A group review: the reviewers' share links as pasted (never in a link of its own). */
    reviewLinks: string[];
    reviewMean: GroupMean;
  };

/** The one store: the catalogue, the inputs and the actions that change them. */
export const useAppStore = create<AppState>()((set, get) => ({
  ...defaultInputs(),
  catalogue: seedCatalogue,
  catalogueUndo: [],
  catalogueRedo: [],
  notices: [],
  openStackSection: null,
  reviewLinks: [],
  reviewMean: 'geometric',
  setCatalogue: (edited, edit) => {
    const { catalogue, catalogueUndo } = get();
    const next = canonicalCatalogue(edited);
    if (next === catalogue) return;
    set({
      catalogue: next,
      catalogueUndo: [...catalogueUndo, { catalogue, edit }].slice(-MAX_CATALOGUE_UNDO),
      catalogueRedo: [],
      ...reconcileInputs(pickInputs(get()), next),
    });
  },
  loadCatalogue: (loaded) => {
    const next = canonicalCatalogue(loaded);
    set({
      catalogue: next,
      catalogueUndo: [],
      catalogueRedo: [],
      ...reconcileInputs(pickInputs(get()), next),
    });
  },
  undoCatalogue: () => set(travel(get(), 'catalogueUndo', 'catalogueRedo')),
  redoCatalogue: () => set(travel(get(), 'catalogueRedo', 'catalogueUndo')),
  resetCatalogue: () => get().setCatalogue(seedCatalogue, { action: 'reset' }),
  // Inputs from elsewhere (a preset saved with another catalogue, a link) follow the catalogue.
  replaceInputs: (next) => set({ ...next, ...reconcileInputs(next, get().catalogue) }),
  pushNotice: (notice) =>
    set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] }),
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  setWeight: (dimension, value) => {
    // Only a dimension of the catalogue has a weight.
    if (!Object.hasOwn(get().weights, dimension)) return;
    // A drag moves the slider continuously (step any): only a new half step is a change.
    const next = clampWeight(value);
    if (get().weights[dimension] === next) return;
    set({ weights: { ...get().weights, [dimension]: next }, scenarioId: null });
  },
  resetWeights: () => {
    const { baseScenarioId, requirements, catalogue } = get();
    const base = scenarioIn(catalogue, baseScenarioId);
    const sameRequirements = shallowEqual(requirements, base.requirements);
    set({
      weights: presetWeights(catalogue, base),
      scenarioId: sameRequirements ? base.id : null,
    });
  },
  applyScenario: (id) => {
    const { catalogue } = get();
    const s = scenarioIn(catalogue, id);
    set({
      scenarioId: s.id,
      baseScenarioId: s.id,
      weights: presetWeights(catalogue, s),
      requirements: { ...s.requirements },
      selectedIds: [],
    });
  },
  setRequirement: (key, value) =>
    set({ requirements: { ...get().requirements, [key]: value }, scenarioId: null }),
  resetRequirements: () => {
    const { baseScenarioId, weights, catalogue } = get();
    const base = scenarioIn(catalogue, baseScenarioId);
    const sameWeights = shallowEqual(weights, presetWeights(catalogue, base));
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
  setMethod: (method) => set({ method }),
  setJudgements: (judgements) => set({ judgements: [...judgements] }),
  setHideDominated: (hideDominated) => set({ hideDominated }),
  setWeights: (weights) => {
    const current = get().weights;
    // Only the catalogue's dimensions, each clamped; a dimension left out keeps its weight.
    const next = Object.fromEntries(
      Object.keys(current).map((d) => [
        d,
        Object.hasOwn(weights, d) ? clampExact(weights[d]!) : current[d]!,
      ]),
    );
    set({ weights: next, scenarioId: null });
  },
  setReviewLinks: (links) => set({ reviewLinks: links.slice(0, MAX_REVIEW_LINKS) }),
  setReviewMean: (reviewMean) => set({ reviewMean }),
  setTechnologyFilter: (technologyFilter) => set({ technologyFilter }),
  openStack: (openStackId, section) =>
    set({ openStackId, openStackSection: openStackId === null ? null : (section ?? null) }),
  setView: (view) => set({ view }),
  setTheme: (theme) => set({ theme }),
}));
