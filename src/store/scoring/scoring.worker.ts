import type { ScoringReply, ScoringRequest } from './protocol';
import { createScoringSession } from './session';

// The scoring worker: requests arrive faster than a million stacks score during a drag, so
// each one only replaces the waiting one (keeping a new assessment it carried), and the
// newest is answered in the next task: a superseded weight vector is never scored.

/** The dedicated worker's global scope, typed as far as this file uses it. */
const scope = self as unknown as {
  postMessage(reply: ScoringReply): void;
  onmessage: ((event: MessageEvent<ScoringRequest>) => void) | null;
};
const session = createScoringSession();
let waiting: ScoringRequest | null = null;
let scheduled = false;

function run() {
  scheduled = false;
  const request = waiting;
  waiting = null;
  if (!request) return;
  try {
    scope.postMessage(session.handle(request));
  } catch (error) {
    scope.postMessage({
      type: 'error',
      seq: request.seq,
      key: request.key,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

scope.onmessage = (event: MessageEvent<ScoringRequest>) => {
  const request = event.data;
  const assessment = request.assessment ?? waiting?.assessment;
  waiting = assessment ? { ...request, assessment } : request;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};
