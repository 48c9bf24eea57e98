import type { Catalogue, Requirements, Weights } from '../../catalogue/types';
import type { RankingRow, RankMode } from '../../engine/evaluate';
import type { Method } from '../../engine/methods';
import { stackSpace } from '../../engine/scale/compile';
import type { RankedIndex, Tiers } from '../../engine/scale/select';
import type { SortColumn } from '../../engine/scale/sort';
import type { Focus } from '../../engine/technology-scores';
import type {
  Assessment,
  RankedList,
  ScoringReply,
  ScoringRequest,
  ScoringTiming,
} from './protocol';
import { rowsFor, type RowContext } from './rows';

/**
 * The main thread's side of the scoring worker: posts the newest inputs (never waiting for an
 * answer), drops answers older than the one shown, and turns the few stacks an answer names
 * into ranking rows with the reference code (assessStacks), so rows read exactly like the
 * small-catalogue path's. React reads it through useSyncExternalStore.
 */

/** How a request reaches a worker and its answers come back (a Worker, or in-process in tests). */
export interface Transport {
  post(request: ScoringRequest): void;
  listen(onReply: (reply: ScoringReply) => void): void;
  terminate(): void;
}

/** The inputs a ranking depends on. */
export interface ScoringInputs {
  catalogue: Catalogue;
  requirements: Requirements;
  focus: Focus;
  weights: Weights;
  mode: RankMode;
  showInvalid: boolean;
  method: Method;
  /** Leave dominated stacks out of the table's ranking. */
  hideDominated: boolean;
  filter: string[];
  ids: string[];
  /** The table's sort by a column other than the rank (null: ranking order). */
  sort: { column: SortColumn; desc: boolean } | null;
}

export interface RankedRows {
  /** Stacks in the ranking. */
  size: number;
  counts: Tiers['counts'];
  /** Of the valid stacks, shown or not: by requirement fit. */
  valid: Tiers['valid'];
  /** Stacks in the catalogue (every combination). */
  stacks: number;
  rows: RankingRow[];
}

export interface ScaleSnapshot {
  /** The catalogue these rows are of (null before any). */
  catalogue: Catalogue | null;
  /** The weights these rows were ranked with (null before any). */
  weights: Weights | null;
  /** True once a ranking for the current catalogue and requirements has arrived. */
  ready: boolean;
  /** True while a newer request than the one shown is being scored. */
  pending: boolean;
  ranking: RankedRows;
  /** The table's (filtered) ranking: the same object as `ranking` without a filter. */
  table: RankedRows;
  /** Compared or opened stacks, by id, wherever they stand. */
  extras: ReadonlyMap<string, RankingRow>;
  /** Rows of the table's ranking from a position, when the table pages past its top. */
  window: { start: number; rows: RankingRow[] } | null;
  /** How far each shown row moved at the last change of order (+ up), by stack id. */
  moves: ReadonlyMap<string, number>;
  timing: ScoringTiming | null;
  bytes: number;
  error: string | null;
}

const EMPTY: RankedRows = {
  size: 0,
  counts: { match: 0, partial: 0, mismatch: 0, invalid: 0 },
  valid: { match: 0, partial: 0, mismatch: 0 },
  stacks: 0,
  rows: [],
};

export const INITIAL_SNAPSHOT: ScaleSnapshot = {
  catalogue: null,
  weights: null,
  ready: false,
  pending: false,
  ranking: EMPTY,
  table: EMPTY,
  extras: new Map(),
  window: null,
  moves: new Map(),
  timing: null,
  bytes: 0,
  error: null,
};

/** Rows the worker returns from the top of the ranking (the table shows 50, the rest serve the charts). */
export const TOP_ROWS = 100;

type Context = Assessment & RowContext;

export interface ScoringClient {
  /** Posts a request for these inputs (a new assessment when catalogue, requirements or focus changed). */
  update(inputs: ScoringInputs): void;
  /** Asks for the table's rows from `start` (null: the top only). */
  setWindow(window: { start: number; count: number } | null): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): ScaleSnapshot;
  /** Stops the worker and forgets everything. */
  reset(): void;
}

export function createScoringClient(makeTransport: () => Transport): ScoringClient {
  let transport: Transport | null = null;
  let snapshot = INITIAL_SNAPSHOT;
  const listeners = new Set<() => void>();
  let seq = 0;
  let shownSeq = 0;
  let context: Context | null = null;
  let last: ScoringInputs | null = null;
  let window: { start: number; count: number } | null = null;
  /** The weights of each request still to be answered, by seq. */
  const sentWeights = new Map<number, Weights>();

  const emit = (next: ScaleSnapshot) => {
    snapshot = next;
    for (const l of listeners) l();
  };

  const ensureTransport = () => {
    if (transport) return transport;
    transport = makeTransport();
    transport.listen(receive);
    return transport;
  };

  function receive(reply: ScoringReply) {
    // An answer older than the one shown, or for a superseded catalogue, is dropped.
    const weights = sentWeights.get(reply.seq) ?? null;
    for (const seqSent of sentWeights.keys()) if (seqSent <= reply.seq) sentWeights.delete(seqSent);
    if (reply.seq <= shownSeq || !context || reply.key !== context.key) return;
    shownSeq = reply.seq;
    const pending = reply.seq < seq;
    if (reply.type === 'error') {
      emit({ ...snapshot, pending, error: reply.message });
      return;
    }
    const ctx = context;
    const listed = (list: RankedList): RankedRows => ({
      size: list.size,
      counts: list.counts,
      valid: list.valid,
      stacks: ctx.space.size,
      rows: rowsFor(ctx, list.top),
    });
    const ranking = listed(reply.ranking);
    const table = reply.table ? listed(reply.table) : ranking;
    const extras = new Map<string, RankingRow>();
    const placed = reply.extra.filter((r): r is RankedIndex => r !== null);
    for (const row of rowsFor(ctx, placed)) extras.set(row.stack.id, row);
    const window = reply.window
      ? { start: reply.window.start, rows: rowsFor(ctx, reply.window.rows) }
      : null;
    const before = new Map(reply.previous);
    const moves = new Map<string, number>();
    const place = (index: number, row: RankingRow) => {
      const rank = before.get(index);
      if (rank !== undefined && rank !== row.rank) moves.set(row.stack.id, rank - row.rank);
    };
    (reply.table ?? reply.ranking).top.forEach((r, i) => place(r.index, table.rows[i]!));
    reply.window?.rows.forEach((r, i) => place(r.index, window!.rows[i]!));
    emit({
      catalogue: ctx.catalogue,
      weights,
      ready: true,
      pending,
      ranking,
      table,
      extras,
      window,
      moves,
      timing: reply.timing,
      bytes: reply.bytes,
      error: null,
    });
  }

  const post = () => {
    if (!last) return;
    const inputs = last;
    let assessment: Assessment | undefined;
    if (
      !context ||
      context.catalogue !== inputs.catalogue ||
      context.requirements !== inputs.requirements ||
      context.focus !== inputs.focus
    ) {
      const key = (context?.key ?? 0) + 1;
      assessment = {
        key,
        catalogue: inputs.catalogue,
        requirements: inputs.requirements,
        focus: inputs.focus,
      };
      context = {
        ...assessment,
        space: stackSpace(inputs.catalogue),
        technologies: new Map(inputs.catalogue.technologies.map((t) => [t.id, t])),
        made: new Map(),
      };
      // Rows of the previous catalogue or requirements are not shown as the new ones'.
      snapshot = { ...INITIAL_SNAPSHOT };
    }
    seq += 1;
    sentWeights.set(seq, inputs.weights);
    ensureTransport().post({
      seq,
      ...(assessment ? { assessment } : {}),
      key: context.key,
      weights: inputs.weights,
      mode: inputs.mode,
      showInvalid: inputs.showInvalid,
      method: inputs.method,
      hideDominated: inputs.hideDominated,
      filter: inputs.filter,
      top: TOP_ROWS,
      ids: inputs.ids,
      window,
      sort: inputs.sort,
    });
    emit({ ...snapshot, pending: true });
  };

  return {
    update(inputs) {
      last = inputs;
      post();
    },
    setWindow(next) {
      if (next?.start === window?.start && next?.count === window?.count) return;
      window = next;
      post();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    reset() {
      if (!transport && !context && snapshot === INITIAL_SNAPSHOT) return;
      transport?.terminate();
      transport = null;
      context = null;
      last = null;
      window = null;
      shownSeq = seq;
      sentWeights.clear();
      emit(INITIAL_SNAPSHOT);
    },
  };
}
