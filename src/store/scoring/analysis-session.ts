import type { Assessment } from './protocol';
import {
  analysisContext,
  runAnalysis,
  type AnalysisContext,
  type AnalysisInputs,
  type AnalysisQuery,
  type AnalysisValue,
} from './analysis';

/**
 * The analysis worker's side: requests per slot (one per panel asking: the stability bands,
 * the sweep, the decision map …), only the newest of each slot answered, one slot per task so
 * a newer request can supersede an older one still waiting. Runs in a second worker, so the
 * ranking never waits behind a decision map. Pure apart from its caches: tested in Node.
 */

export interface AnalysisRequest {
  seq: number;
  /** Which asker this is for: a newer request of the same slot supersedes it. */
  slot: string;
  /** The assessment, when it changed since the last request. */
  assessment?: Assessment;
  key: number;
  inputs: AnalysisInputs;
  query: AnalysisQuery;
}

export type AnalysisReply =
  | { seq: number; slot: string; key: number; value: AnalysisValue; ms: number }
  | { seq: number; slot: string; key: number; error: string };

export interface AnalysisSession {
  /** Takes a request; answers come through `post`, newest per slot, in later tasks. */
  receive(request: AnalysisRequest): void;
}

export function createAnalysisSession(
  post: (reply: AnalysisReply) => void,
  schedule: (run: () => void) => void,
): AnalysisSession {
  let assessment: Assessment | null = null;
  let ctx: { key: number; value: AnalysisContext | null; failure: string | null } | null = null;
  const waiting = new Map<string, AnalysisRequest>();
  let scheduled = false;

  const contextFor = (key: number) => {
    if (ctx?.key === key) return ctx;
    if (!assessment || assessment.key !== key) return null;
    const { catalogue, requirements, focus } = assessment;
    try {
      ctx = { key, value: analysisContext(catalogue, requirements, focus), failure: null };
    } catch (error) {
      ctx = { key, value: null, failure: error instanceof Error ? error.message : String(error) };
    }
    return ctx;
  };

  const run = () => {
    scheduled = false;
    const [slot, request] = waiting.entries().next().value ?? [];
    if (!slot || !request) return;
    waiting.delete(slot);
    const { seq, key } = request;
    const context = contextFor(key);
    if (!context?.value) {
      post({ seq, slot, key, error: context?.failure ?? 'stale assessment' });
    } else {
      const t0 = performance.now();
      try {
        const value = runAnalysis(context.value, request.inputs, request.query);
        post({ seq, slot, key, value, ms: performance.now() - t0 });
      } catch (error) {
        post({ seq, slot, key, error: error instanceof Error ? error.message : String(error) });
      }
    }
    if (waiting.size > 0) kick();
  };
  const kick = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(run);
  };

  return {
    receive(request) {
      if (request.assessment && request.assessment.key !== assessment?.key)
        assessment = request.assessment;
      // A request for an older assessment than the newest known is never answered.
      waiting.delete(request.slot);
      waiting.set(request.slot, request);
      kick();
    },
  };
}
