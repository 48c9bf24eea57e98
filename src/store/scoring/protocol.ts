import type { Catalogue, Requirements, Weights } from '../../catalogue/types';
import type { RankMode } from '../../engine/evaluate';
import type { Method } from '../../engine/methods';
import type { RankedIndex, Tiers } from '../../engine/scale/select';
import type { SortColumn } from '../../engine/scale/sort';
import type { Focus } from '../../engine/technology-scores';

/**
 * Messages between the main thread and the scoring worker. The worker holds the compiled
 * stacks (typed arrays) and answers with stack indices, totals and ranks only; the main
 * thread turns the few rows it shows into objects.
 */

/** What the stacks are scored and judged under: sent again only when it changes. */
export interface Assessment {
  /** Increases with every new catalogue, requirements or scenario focus. */
  key: number;
  catalogue: Catalogue;
  requirements: Requirements;
  focus: Focus;
}

/** A ranking request: the newest one supersedes every older one still waiting. */
export interface ScoringRequest {
  seq: number;
  /** The assessment, when it changed since the last request. */
  assessment?: Assessment;
  /** The assessment this ranking is for. */
  key: number;
  weights: Weights;
  mode: RankMode;
  showInvalid: boolean;
  /** How scores combine (absent: the weighted sum). */
  method?: Method;
  /** Leave stacks another stack dominates out of the table's ranking. */
  hideDominated?: boolean;
  /** The table's technology filter (every listed technology in the stack). */
  filter: string[];
  /** How many rows of the ranking to return from the top. */
  top: number;
  /** Stacks whose place is wanted wherever they stand (compared, opened). */
  ids: string[];
  /** Rows of the table's ranking (filtered) from a position: paging through all of it. */
  window: { start: number; count: number } | null;
  /** The table's sort by another column than the rank (its rows come in `window`). */
  sort: { column: SortColumn; desc: boolean } | null;
}

export interface RankedList {
  size: number;
  counts: Tiers['counts'];
  valid: Tiers['valid'];
  top: RankedIndex[];
}

export interface ScoringTiming {
  /** ms to compile the stacks (only when the assessment changed). */
  compile: number | null;
  /** ms for the weighted sums, and whether it was a delta update. */
  score: number;
  delta: boolean;
  /** ms for top-k, windows and ranks. */
  select: number;
}

export type ScoringReply =
  | {
      type: 'ranked';
      seq: number;
      key: number;
      ranking: RankedList;
      /** The filtered ranking the table shows; null when no filter is set (the same list). */
      table: RankedList | null;
      /** Per requested id (same order): its place, or null when the ranking leaves it out. */
      extra: (RankedIndex | null)[];
      window: { start: number; rows: RankedIndex[] } | null;
      /**
       * [stack index, rank] of the shown rows (the table's top and window) at the last change
       * of their order: the ▲ / ▼ movement. Rows with no known earlier rank are left out.
       */
      previous: [number, number][];
      timing: ScoringTiming;
      /** Bytes the worker holds in typed arrays. */
      bytes: number;
    }
  | { type: 'error'; seq: number; key: number; message: string };
