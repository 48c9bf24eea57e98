import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { DEFAULT_MAP_AXES } from '../../engine/analysis/decision-map';
import { focusOf } from '../../engine/technology-scores';
import { analysisContext, runAnalysis, type AnalysisInputs, type AnalysisQuery } from './analysis';
import { createAnalysisClient } from './analysis-client';
import {
  createAnalysisSession,
  type AnalysisReply,
  type AnalysisRequest,
} from './analysis-session';

// The analysis worker's logic runs here in Node: what the worker answers is runAnalysis — the
// very function the page runs for a small catalogue — and only the newest request of a slot.

const edge = seedCatalogue.scenarios.find((s) => s.id === 'edge')!;
const focus = focusOf(edge);
const assessment = { key: 1, catalogue: seedCatalogue, requirements: edge.requirements, focus };
const inputs: AnalysisInputs = {
  weights: edge.weights,
  mode: 'fitFirst',
  showInvalid: false,
  method: 'weightedSum',
};
const QUERIES: AnalysisQuery[] = [
  { kind: 'stability' },
  { kind: 'sweep', dimension: 'cost' },
  { kind: 'dominance', ids: ['k3s+wasmedge+crun+sqlite+flannel+opa-wasm'] },
  { kind: 'agreement' },
  { kind: 'strip', axis: DEFAULT_MAP_AXES.x },
  { kind: 'map', x: DEFAULT_MAP_AXES.x, y: DEFAULT_MAP_AXES.y },
];

/** A session whose scheduled runs wait until `drain` runs them, as the worker's tasks would. */
function manualSession() {
  const replies: AnalysisReply[] = [];
  const queue: (() => void)[] = [];
  const session = createAnalysisSession(
    (reply) => replies.push(reply),
    (run) => queue.push(run),
  );
  const drain = () => {
    while (queue.length > 0) queue.shift()!();
  };
  return { session, replies, drain };
}

const request = (over: Partial<AnalysisRequest>): AnalysisRequest => ({
  seq: 1,
  slot: 'stability',
  key: 1,
  inputs,
  query: { kind: 'stability' },
  ...over,
});

describe('analysis session', () => {
  it('answers every kind with exactly what runAnalysis gives on the page', () => {
    const { session, replies, drain } = manualSession();
    QUERIES.forEach((query, i) =>
      session.receive(
        request({ seq: i + 1, slot: query.kind, query, ...(i === 0 ? { assessment } : {}) }),
      ),
    );
    drain();
    const ctx = analysisContext(seedCatalogue, edge.requirements, focus);
    expect(replies.map((r) => r.slot)).toEqual(QUERIES.map((q) => q.kind));
    replies.forEach((reply, i) => {
      expect('value' in reply && reply.value).toEqual(runAnalysis(ctx, inputs, QUERIES[i]!));
    });
  });

  it('answers only the newest request of a slot, and a failure to compile as an error', () => {
    const { session, replies, drain } = manualSession();
    session.receive(request({ seq: 1, assessment }));
    session.receive(request({ seq: 2, inputs: { ...inputs, method: 'topsis' } }));
    session.receive(request({ seq: 3, slot: 'agreement', query: { kind: 'agreement' } }));
    drain();
    expect(replies.map((r) => [r.seq, r.slot])).toEqual([
      [2, 'stability'],
      [3, 'agreement'],
    ]);
    // More stacks than the scale kernel ranks: every request for it is answered with why.
    const huge = {
      ...seedCatalogue,
      technologies: seedCatalogue.layers.flatMap((layer) => {
        const own = seedCatalogue.technologies.filter((t) => t.layer === layer.id);
        return Array.from({ length: 12 }, (_, i) => ({
          ...own[i % own.length]!,
          id: `${layer.id}-${i}`,
        }));
      }),
    };
    session.receive(
      request({
        seq: 4,
        key: 2,
        slot: 'map',
        assessment: { ...assessment, key: 2, catalogue: huge },
      }),
    );
    drain();
    expect(replies.slice(2)).toEqual([
      {
        seq: 4,
        slot: 'map',
        key: 2,
        error: '2985984 stacks: the scale kernel ranks at most 2097152',
      },
    ]);
  });
});

describe('analysis client', () => {
  it('posts the assessment once, skips a repeat of the same question, and drops answers of an older catalogue', () => {
    const { session, replies, drain } = manualSession();
    const posted: AnalysisRequest[] = [];
    let deliver: (reply: AnalysisReply) => void = () => {};
    const client = createAnalysisClient(() => ({
      post: (r) => {
        posted.push(r);
        session.receive(r);
      },
      listen: (cb) => (deliver = cb),
      terminate: () => {},
    }));
    const assessed = { catalogue: seedCatalogue, requirements: edge.requirements, focus };
    client.request('stability', assessed, inputs, { kind: 'stability' });
    client.request('stability', assessed, inputs, { kind: 'stability' });
    client.request('agreement', assessed, inputs, { kind: 'agreement' });
    expect(posted.map((r) => [r.seq, r.slot, r.assessment !== undefined])).toEqual([
      [1, 'stability', true],
      [2, 'agreement', false],
    ]);
    expect(client.get('stability')).toMatchObject({ value: null, pending: true });
    drain();
    // The user's catalogue changes before the answers arrive: they are not shown as its.
    const other = { ...assessed, requirements: { ...edge.requirements, nodes: 5000 } };
    client.request('stability', other, inputs, { kind: 'stability' });
    replies.forEach((r) => deliver(r));
    expect(client.get('agreement')).toMatchObject({ value: null });
    expect(client.get('stability')).toMatchObject({ value: null, pending: true });
    drain();
    replies.slice(2).forEach((r) => deliver(r));
    const ctx = analysisContext(seedCatalogue, other.requirements, focus);
    expect(client.get('stability')).toEqual({
      value: runAnalysis(ctx, inputs, { kind: 'stability' }),
      inputs,
      pending: false,
      error: null,
    });
  });
});
