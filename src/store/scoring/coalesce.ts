import type { ScoringReply, ScoringRequest } from './protocol';

/**
 * The scoring worker's inbox: requests arrive faster than a million stacks score during a
 * drag, so each one only replaces the one waiting (keeping a new assessment it carried), and
 * the newest is answered in the next task — a superseded weight vector is never scored.
 * `schedule` runs a function in a later task (setTimeout in the worker).
 */
export function createInbox(
  handle: (request: ScoringRequest) => ScoringReply,
  post: (reply: ScoringReply) => void,
  schedule: (run: () => void) => void,
): (request: ScoringRequest) => void {
  let waiting: ScoringRequest | null = null;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    const request = waiting;
    waiting = null;
    if (!request) return;
    try {
      post(handle(request));
    } catch (error) {
      post({
        type: 'error',
        seq: request.seq,
        key: request.key,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return (request) => {
    const assessment = request.assessment ?? waiting?.assessment;
    waiting = assessment ? { ...request, assessment } : request;
    if (!scheduled) {
      scheduled = true;
      schedule(run);
    }
  };
}
