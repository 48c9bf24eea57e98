import type { Catalogue, Requirements } from '../../catalogue/types';
import type { Focus } from '../../engine/technology-scores';
import type { AnalysisInputs, AnalysisQuery, AnalysisValue } from './analysis';
import type { AnalysisReply, AnalysisRequest } from './analysis-session';
import type { Assessment } from './protocol';

/**
 * The main thread's side of the analysis worker: one slot per asker (a panel's query), the
 * newest request per slot posted at once, answers of an older assessment dropped. React reads a
 * slot through useSyncExternalStore (use-analysis.ts).
 */

export interface AnalysisTransport {
  post(request: AnalysisRequest): void;
  listen(onReply: (reply: AnalysisReply) => void): void;
  terminate(): void;
}

/** What a slot shows: the newest answer for the current assessment, and whether a newer one is coming. */
export interface SlotState {
  value: AnalysisValue | null;
  /** The inputs the value was computed for. */
  inputs: AnalysisInputs | null;
  pending: boolean;
  error: string | null;
}

const EMPTY_SLOT: SlotState = { value: null, inputs: null, pending: false, error: null };

export interface AnalysisClient {
  request(
    slot: string,
    assessed: { catalogue: Catalogue; requirements: Requirements; focus: Focus },
    inputs: AnalysisInputs,
    query: AnalysisQuery,
  ): void;
  get(slot: string): SlotState;
  subscribe(listener: () => void): () => void;
  /** Stops the worker and forgets everything (a small catalogue needs none). */
  reset(): void;
}

export function createAnalysisClient(makeTransport: () => AnalysisTransport): AnalysisClient {
  let transport: AnalysisTransport | null = null;
  let assessment: Assessment | null = null;
  let sentAssessment = -1;
  let seq = 0;
  const sent = new Map<string, number>();
  /** The inputs of each request still to be answered, by seq. */
  const sentInputs = new Map<number, AnalysisInputs>();
  /** What each slot last asked, so two askers of one slot (bands and table) post once. */
  const asked = new Map<string, { key: number; inputs: AnalysisInputs; query: string }>();
  const shown = new Map<string, number>();
  const slots = new Map<string, SlotState>();
  const listeners = new Set<() => void>();

  const set = (slot: string, state: SlotState) => {
    slots.set(slot, state);
    for (const l of listeners) l();
  };

  function receive(reply: AnalysisReply) {
    const inputs = sentInputs.get(reply.seq) ?? null;
    sentInputs.delete(reply.seq);
    if (!assessment || reply.key !== assessment.key) return;
    if (reply.seq <= (shown.get(reply.slot) ?? 0)) return;
    shown.set(reply.slot, reply.seq);
    const pending = (sent.get(reply.slot) ?? 0) > reply.seq;
    if ('error' in reply) set(reply.slot, { value: null, inputs, pending, error: reply.error });
    else set(reply.slot, { value: reply.value, inputs, pending, error: null });
  }

  return {
    request(slot, assessed, inputs, query) {
      if (
        !assessment ||
        assessment.catalogue !== assessed.catalogue ||
        assessment.requirements !== assessed.requirements ||
        assessment.focus !== assessed.focus
      ) {
        assessment = { key: (assessment?.key ?? 0) + 1, ...assessed };
        // Answers about the previous assessment are not shown as this one's.
        slots.clear();
        shown.clear();
      }
      const queryText = JSON.stringify(query);
      const last = asked.get(slot);
      if (
        last?.key === assessment.key &&
        last.query === queryText &&
        last.inputs.weights === inputs.weights &&
        last.inputs.mode === inputs.mode &&
        last.inputs.showInvalid === inputs.showInvalid &&
        last.inputs.method === inputs.method
      )
        return;
      asked.set(slot, { key: assessment.key, inputs, query: queryText });
      if (!transport) {
        transport = makeTransport();
        transport.listen(receive);
      }
      seq += 1;
      sent.set(slot, seq);
      sentInputs.set(seq, inputs);
      const withAssessment = sentAssessment !== assessment.key;
      sentAssessment = assessment.key;
      transport.post({
        seq,
        slot,
        key: assessment.key,
        ...(withAssessment ? { assessment } : {}),
        inputs,
        query,
      });
      const current = slots.get(slot) ?? EMPTY_SLOT;
      if (!current.pending) set(slot, { ...current, pending: true });
    },
    get: (slot) => slots.get(slot) ?? EMPTY_SLOT,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      transport?.terminate();
      transport = null;
      assessment = null;
      sentAssessment = -1;
      sent.clear();
      sentInputs.clear();
      shown.clear();
      asked.clear();
      if (slots.size > 0) {
        slots.clear();
        for (const l of listeners) l();
      }
    },
  };
}
