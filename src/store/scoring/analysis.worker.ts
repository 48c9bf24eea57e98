import {
  createAnalysisSession,
  type AnalysisReply,
  type AnalysisRequest,
} from './analysis-session';

// The analysis worker: the "how sure are we" analyses of a large catalogue (analysis.ts),
// beside the scoring worker so the ranking never waits for them. Wiring only.

const scope = self as unknown as {
  postMessage(reply: AnalysisReply): void;
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
};
const session = createAnalysisSession(
  (reply) => scope.postMessage(reply),
  (run) => setTimeout(run, 0),
);
scope.onmessage = (event) => session.receive(event.data);
