import { createInbox } from './coalesce';
import type { ScoringReply, ScoringRequest } from './protocol';
import { createScoringSession } from './session';

// The scoring worker: a session (session.ts) behind an inbox that answers only the newest
// request waiting (coalesce.ts). Both are tested in Node; this file only wires them up.

/** The dedicated worker's global scope, typed as far as this file uses it. */
const scope = self as unknown as {
  postMessage(reply: ScoringReply): void;
  onmessage: ((event: MessageEvent<ScoringRequest>) => void) | null;
};
const session = createScoringSession();
const receive = createInbox(
  (request) => session.handle(request),
  (reply) => scope.postMessage(reply),
  (run) => setTimeout(run, 0),
);
scope.onmessage = (event) => receive(event.data);
