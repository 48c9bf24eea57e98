import type { Catalogue } from '../../catalogue/types';
import { stackCount } from '../../catalogue/validate';
import { scenarioIn } from '../../engine/presets';
import { focusOf, type Focus } from '../../engine/technology-scores';
import { useAppStore, type AppState } from '../app-store';
import { createAnalysisClient, type AnalysisTransport } from './analysis-client';
import { createScoringClient, type ScoringInputs, type Transport } from './client';

/**
 * Above this many stacks the ranking runs in the scoring worker. Below, the synchronous path
 * is faster: the seed's 432 stacks rank in well under a millisecond, while a worker round
 * trip and the rows it names cost more (bench/browser/interaction.spec.ts measures both).
 */
export const WORKER_STACKS = 20_000;

/** True when the catalogue's ranking runs in the scoring worker. */
export function rankedInWorker(catalogue: Catalogue): boolean {
  return stackCount(catalogue) > WORKER_STACKS;
}

function workerTransport(): Transport {
  const worker = new Worker(new URL('./scoring.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (request) => worker.postMessage(request),
    listen: (onReply) => {
      worker.onmessage = (event) => onReply(event.data);
    },
    terminate: () => worker.terminate(),
  };
}

/** The app's scoring client (one worker, made when a large catalogue first needs it). */
export const scoring = createScoringClient(workerTransport);

function analysisTransport(): AnalysisTransport {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (request) => worker.postMessage(request),
    listen: (onReply) => {
      worker.onmessage = (event) => onReply(event.data);
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * The "how sure are we" analyses of a large catalogue, in a second worker beside the scoring
 * one (made when a panel first asks), so a decision map never holds up the ranking.
 */
export const analysis = createAnalysisClient(analysisTransport);

const focusCache = new WeakMap<Catalogue, Map<string, Focus>>();
/** The focus of the inputs' base scenario, the same object while neither changes. */
export function focusFor(catalogue: Catalogue, scenarioId: string): Focus {
  let byScenario = focusCache.get(catalogue);
  if (!byScenario) focusCache.set(catalogue, (byScenario = new Map()));
  let focus = byScenario.get(scenarioId);
  if (!focus) byScenario.set(scenarioId, (focus = focusOf(scenarioIn(catalogue, scenarioId))));
  return focus;
}

/** The ranking inputs of a store state. */
export function scoringInputs(state: AppState): ScoringInputs {
  return {
    catalogue: state.catalogue,
    requirements: state.requirements,
    focus: focusFor(state.catalogue, state.baseScenarioId),
    weights: state.weights,
    mode: state.rankMode,
    showInvalid: state.showInvalid,
    method: state.method,
    hideDominated: state.hideDominated,
    filter: state.technologyFilter,
    ids: state.openStackId ? [...state.selectedIds, state.openStackId] : state.selectedIds,
    sort: sortOf(state),
  };
}

/**
 * The table's sort as the worker takes it: rank, total, fit or a dimension. The stack column
 * (names) is not sorted in the worker; the table offers no sort on it for such a catalogue.
 */
export function sortOf(state: Pick<AppState, 'sorting' | 'catalogue'>): ScoringInputs['sort'] {
  const first = state.sorting[0];
  if (!first) return null;
  const desc = first.desc;
  if (first.id === 'rank' || first.id === 'total' || first.id === 'fit')
    return { column: { kind: first.id }, desc };
  const dimension = state.catalogue.dimensions.findIndex((d) => d.id === first.id);
  return dimension >= 0 ? { column: { kind: 'dimension', dimension }, desc } : null;
}

const KEYS = [
  'catalogue',
  'requirements',
  'baseScenarioId',
  'weights',
  'rankMode',
  'showInvalid',
  'method',
  'hideDominated',
  'technologyFilter',
  'selectedIds',
  'openStackId',
  'sorting',
] as const;

/**
 * Keeps the worker's ranking in step with the store: every change of an input the ranking
 * depends on posts a request (the worker scores the newest). Small catalogues stop it.
 */
export function startScoring(store = useAppStore): () => void {
  const sync = (state: AppState) => {
    if (rankedInWorker(state.catalogue)) scoring.update(scoringInputs(state));
    else {
      scoring.reset();
      analysis.reset();
    }
  };
  sync(store.getState());
  return store.subscribe((state, previous) => {
    if (KEYS.some((key) => state[key] !== previous[key])) sync(state);
  });
}
