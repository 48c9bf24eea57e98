import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';

import { namesOf, type Names } from '../catalogue/names';
import type { Catalogue, Requirements, Scenario, Weights } from '../catalogue/types';
import {
  assessStacks,
  prepareCatalogue,
  rankAssessed,
  type AssessedStack,
  type PreparedCatalogue,
  type RankingRow,
  type RankOptions,
} from '../engine/evaluate';
import { DEFAULT_METHOD, type Method } from '../engine/methods';
import { scenarioIn } from '../engine/presets';
import { fitCounts } from '../engine/row-filters';
import { focusOf, type Focus } from '../engine/technology-scores';
import { useAppStore } from './app-store';
import { INITIAL_SNAPSHOT, TOP_ROWS, type ScaleSnapshot } from './scoring/client';
import { rankTop } from './scoring/rows';
import { focusFor, rankedInWorker, scoring } from './scoring/start';

const preparedCache = new WeakMap<Catalogue, PreparedCatalogue>();

/** Every stack of a catalogue, built once per catalogue object (an edit makes a new one). */
export function preparedFor(catalogue: Catalogue): PreparedCatalogue {
  let prepared = preparedCache.get(catalogue);
  if (!prepared) {
    prepared = rankedInWorker(catalogue) ? unlisted(catalogue) : prepareCatalogue(catalogue);
    preparedCache.set(catalogue, prepared);
  }
  return prepared;
}

/**
 * A worker-ranked catalogue's lookups, without its list of stacks: a million objects on the
 * main thread is what the worker exists to avoid, so reading the list is an error, not a
 * three-second freeze (a panel builds the one stack it needs: engine/stacks.ts stackOf).
 */
function unlisted(catalogue: Catalogue): PreparedCatalogue {
  const { technologies } = prepareCatalogue(catalogue);
  return {
    catalogue,
    technologies,
    get stacks(): never {
      throw new Error('A catalogue ranked in the scoring worker does not list its stacks here');
    },
  };
}

/** The user's catalogue (the seed's unless they edited or imported one); re-renders when it changes. */
export function useCatalogue(): Catalogue {
  return useAppStore((s) => s.catalogue);
}

/** The stacks and lookups of the user's catalogue. */
export function usePrepared(): PreparedCatalogue {
  return preparedFor(useCatalogue());
}

/** Display names of the user's catalogue (technologies, layers, dimensions, scenarios, sections). */
export function useNames(): Names {
  return namesOf(useCatalogue());
}

/** The scenario an id names in the user's catalogue (its defaults when it has no such scenario). */
export function useScenario(id: string | null): Scenario {
  return scenarioIn(useCatalogue(), id);
}

/**
 * Ranks a catalogue for arbitrary inputs (presets and their comparison, exports, an import
 * preview), scored under the scenario the inputs start from (its focus, Score(T, S, C)). For a
 * catalogue ranked in the worker: its first TOP_ROWS rows, computed here once.
 */
export function rankFor(
  catalogue: Catalogue,
  requirements: Requirements,
  weights: Weights,
  options: RankOptions,
  scenario?: Scenario,
): RankingRow[] {
  // A catalogue too large to list on the main thread gives its top rows (the scale kernel).
  if (rankedInWorker(catalogue))
    return rankTop(
      catalogue,
      requirements,
      weights,
      options,
      scenario ? focusFor(catalogue, scenario.id) : {},
      TOP_ROWS,
    );
  return rankAssessed(
    assessStacks(preparedFor(catalogue), requirements, focusOf(scenario)),
    weights,
    options,
  );
}

// One-entry caches shared by every component that derives the ranking: the recommendation,
// table, charts and drawer all ask for it on the same weight step, and should share one result.
let lastAssessed: {
  prepared: PreparedCatalogue;
  requirements: Requirements;
  scenarioId: string;
  value: AssessedStack[];
} | null = null;
let lastRanking: {
  assessed: AssessedStack[];
  weights: Weights;
  mode: RankOptions['mode'];
  showInvalid: boolean;
  method: Method;
  value: RankingRow[];
} | null = null;

/**
 * assessStacks for a catalogue under the scenario the inputs start from (its focus), reusing
 * the last result for the same catalogue, requirements object and scenario.
 */
export function assessCached(
  catalogue: Catalogue,
  requirements: Requirements,
  scenarioId: string,
): AssessedStack[] {
  const prepared = preparedFor(catalogue);
  const last = lastAssessed;
  if (
    last?.prepared === prepared &&
    last.requirements === requirements &&
    last.scenarioId === scenarioId
  ) {
    return last.value;
  }
  const focus = focusOf(scenarioIn(catalogue, scenarioId));
  const value = assessStacks(prepared, requirements, focus);
  lastAssessed = { prepared, requirements, scenarioId, value };
  return value;
}

/** rankAssessed, reusing the last result for the same assessed list, weights object and options. */
export function rankCached(
  assessed: AssessedStack[],
  weights: Weights,
  options: RankOptions,
): RankingRow[] {
  const l = lastRanking;
  if (
    l &&
    l.assessed === assessed &&
    l.weights === weights &&
    l.mode === options.mode &&
    l.showInvalid === options.showInvalid &&
    l.method === (options.method ?? DEFAULT_METHOD)
  ) {
    return l.value;
  }
  const value = rankAssessed(assessed, weights, options);
  lastRanking = {
    assessed,
    weights,
    mode: options.mode,
    showInvalid: options.showInvalid,
    method: options.method ?? DEFAULT_METHOD,
    value,
  };
  return value;
}

/** The focus (Score(T, S, C)) of the scenario the inputs start from; re-renders when that scenario changes. */
export function useFocus(): Focus {
  const catalogue = useCatalogue();
  const baseScenarioId = useAppStore((s) => s.baseScenarioId);
  return useMemo(() => focusOf(scenarioIn(catalogue, baseScenarioId)), [catalogue, baseScenarioId]);
}

/** True when the user's catalogue is ranked by the scoring worker (more than WORKER_STACKS stacks). */
export function useRankedInWorker(): boolean {
  const catalogue = useCatalogue();
  return useMemo(() => rankedInWorker(catalogue), [catalogue]);
}

/**
 * The scoring worker's latest answer (its initial state while the catalogue is small),
 * deferred: an answer re-renders the ranking's readers in an interruptible render, so the next
 * slider step is never held behind it.
 */
export function useScale(): ScaleSnapshot {
  const catalogue = useCatalogue();
  const scale = useDeferredValue(useSyncExternalStore(scoring.subscribe, scoring.getSnapshot));
  // Rows of another catalogue are never shown under this one's columns.
  return scale.catalogue === null || scale.catalogue === catalogue ? scale : INITIAL_SNAPSHOT;
}

/** What the ranking is derived from, besides the catalogue. */
interface RankingInputs {
  catalogue: Catalogue;
  requirements: Requirements;
  baseScenarioId: string;
  weights: Weights;
  mode: RankOptions['mode'];
  showInvalid: boolean;
  method: Method;
}

/**
 * The inputs the ranking follows, deferred together: a slider step or a requirement toggle
 * paints its control first, and the ranking's readers follow in one interruptible render that
 * sees all the new inputs at once (never new requirements with old weights). A new catalogue
 * is never deferred: rows of one catalogue are never shown under another's columns.
 * `stale` while the ranking shown lags the inputs.
 */
export function useRankingInputs(): { inputs: RankingInputs; stale: boolean } {
  const catalogue = useCatalogue();
  const requirements = useAppStore((s) => s.requirements);
  const baseScenarioId = useAppStore((s) => s.baseScenarioId);
  const weights = useAppStore((s) => s.weights);
  const mode = useAppStore((s) => s.rankMode);
  const showInvalid = useAppStore((s) => s.showInvalid);
  const method = useAppStore((s) => s.method);
  const live = useMemo(
    () => ({ catalogue, requirements, baseScenarioId, weights, mode, showInvalid, method }),
    [catalogue, requirements, baseScenarioId, weights, mode, showInvalid, method],
  );
  const deferred = useDeferredValue(live);
  const inputs = deferred.catalogue === live.catalogue ? deferred : live;
  return { inputs, stale: inputs !== live };
}

/** The weights the ranking follows (deferred with it, useRankingInputs): rows and weights stay a pair. */
export function useRankedWeights(): Weights {
  const { weights } = useRankingInputs().inputs;
  // The worker's rows were ranked with the weights of the request it answered.
  const ranked = useScale().weights;
  return useRankedInWorker() && ranked ? ranked : weights;
}

/** True while the ranking shown lags the inputs: a deferred render or the worker is on its way. */
export function useRankingBusy(): boolean {
  const { stale } = useRankingInputs();
  const inWorker = useRankedInWorker();
  const pending = useScale().pending;
  return stale || (inWorker && pending);
}

/**
 * Stacks scored and matched under the current requirements and base scenario; re-renders when
 * either changes. For a catalogue ranked in the worker: the stacks at the top of the ranking
 * (no million objects on the main thread), re-rendering with each answer.
 */
export function useAssessed(): AssessedStack[] {
  const { catalogue, requirements, baseScenarioId } = useRankingInputs().inputs;
  const inWorker = useRankedInWorker();
  // Only a worker-ranked catalogue re-renders with the worker's answers.
  const scale = useScale();
  const top = inWorker ? scale.ranking.rows : null;
  return useMemo(
    () => top ?? assessCached(catalogue, requirements, baseScenarioId),
    [top, catalogue, requirements, baseScenarioId],
  );
}

/**
 * The live ranking; re-renders when requirements, weights, rank mode or show-invalid change.
 * A weight change only re-ranks (Σ w·f over precomputed vectors), it never re-scores. For a
 * catalogue ranked in the worker: its first TOP_ROWS rows (useRankingSize says how many in all).
 */
export function useRanking(): RankingRow[] {
  const assessed = useAssessed();
  const inWorker = useRankedInWorker();
  const top = useScale().ranking.rows;
  const { weights, mode, showInvalid, method } = useRankingInputs().inputs;
  return useMemo(
    () => (inWorker ? top : rankCached(assessed, weights, { mode, showInvalid, method })),
    [inWorker, top, assessed, weights, mode, showInvalid, method],
  );
}

/** How many stacks the comparison shows when the user has selected none. */
export const DEFAULT_COMPARED = 3;

/** The ranking rows of the given ids, in the order given; unknown or hidden ids are skipped. */
export function pickRows(ranking: RankingRow[], ids: string[]): RankingRow[] {
  const byId = new Map(ranking.map((r) => [r.stack.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

/**
 * The stacks under comparison: the user's selection (up to 6, in selection order) or, when
 * none, the top 3 of the ranking. Re-renders with the ranking and the selection.
 */
export function useComparedRows(): RankingRow[] {
  const ranking = useRanking();
  const extras = useScale().extras;
  const selectedIds = useAppStore((s) => s.selectedIds);
  return useMemo(
    () =>
      selectedIds.length > 0
        ? pickRows([...ranking, ...extras.values()], selectedIds)
        : ranking.slice(0, DEFAULT_COMPARED),
    [ranking, extras, selectedIds],
  );
}

/** A stack's ranking row wherever it stands (the worker places opened and compared stacks). */
export function useRankingRow(stackId: string | null): RankingRow | null {
  const ranking = useRanking();
  const extras = useScale().extras;
  return useMemo(
    () =>
      stackId === null
        ? null
        : (ranking.find((r) => r.stack.id === stackId) ?? extras.get(stackId) ?? null),
    [ranking, extras, stackId],
  );
}

/**
 * The stack's position among the compared stacks (its chart colour), or null when it is not
 * compared: its place in the selection, or — with nothing selected — its rank among the top 3.
 */
export function comparedIndex(stackId: string, rank: number, selectedIds: string[]): number | null {
  if (selectedIds.length > 0) {
    const i = selectedIds.indexOf(stackId);
    return i >= 0 ? i : null;
  }
  return rank <= DEFAULT_COMPARED ? rank - 1 : null;
}

/** The whole ranking in numbers: what a view of its top rows says about all of it. */
export interface RankingSummary {
  /** Stacks in the ranking (invalid ones only when shown). */
  size: number;
  /** Of the ranked stacks: by requirement fit, and how many are invalid. */
  counts: { match: number; partial: number; mismatch: number; invalid: number };
  /** Of the valid stacks, shown or not: by requirement fit. */
  valid: { match: number; partial: number; mismatch: number };
  /** Stacks in the catalogue: every combination. */
  stacks: number;
}

/** Counts of a small catalogue's ranking and assessed stacks (the worker counts a large one). */
export function summaryOf(
  ranking: readonly RankingRow[],
  assessed: readonly AssessedStack[],
): RankingSummary {
  const counts = fitCounts(ranking);
  const valid = { match: 0, partial: 0, mismatch: 0 };
  for (const a of assessed) if (a.stack.status !== 'invalid') valid[a.match.status] += 1;
  return { size: ranking.length, counts, valid, stacks: assessed.length };
}

/** The whole ranking's size and counts, for views that show only its top rows. */
export function useRankingSummary(): RankingSummary {
  const inWorker = useRankedInWorker();
  const whole = useScale().ranking;
  const ranking = useRanking();
  const assessed = useAssessed();
  return useMemo(
    () => (inWorker ? whole : summaryOf(ranking, assessed)),
    [inWorker, whole, ranking, assessed],
  );
}
