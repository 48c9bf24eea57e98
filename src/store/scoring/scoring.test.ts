import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Weights } from '../../catalogue/types';
import { assessStacks, prepareCatalogue, rankAssessed } from '../../engine/evaluate';
import { filterRows, fitCounts, fitSortKey } from '../../engine/row-filters';
import { focusOf } from '../../engine/technology-scores';
import { createScoringClient, type ScoringInputs, type Transport } from './client';
import type { ScoringReply, ScoringRequest } from './protocol';
import { createInbox } from './coalesce';
import { createScoringSession } from './session';

type Row = ReturnType<typeof rankAssessed>[number];

// The worker's logic (session.ts) and the client run here in Node; the only thing the browser
// adds is the Worker around the session (scoring.worker.ts), which e2e/scale.spec.ts drives.

const edge = seedCatalogue.scenarios.find((s) => s.id === 'edge')!;
const focus = focusOf(edge);
const reference = (weights: Weights, showInvalid = false) =>
  rankAssessed(assessStacks(prepareCatalogue(seedCatalogue), edge.requirements, focus), weights, {
    mode: 'fitFirst',
    showInvalid,
  });

const request = (over: Partial<ScoringRequest>): ScoringRequest => ({
  seq: 1,
  key: 1,
  weights: edge.weights,
  mode: 'fitFirst',
  showInvalid: false,
  filter: [],
  top: 100,
  ids: [],
  window: null,
  sort: null,
  ...over,
});
const assessment = { key: 1, catalogue: seedCatalogue, requirements: edge.requirements, focus };

describe('scoring session (the worker’s logic)', () => {
  it('answers with the reference ranking: top rows, sizes, counts, windows and placed stacks', () => {
    const session = createScoringSession();
    const ref = reference(edge.weights);
    const last = ref.at(-1)!;
    const reply = session.handle(
      request({ assessment, ids: [last.stack.id, 'nope'], window: { start: 10, count: 5 } }),
    );
    if (reply.type !== 'ranked') throw new Error(reply.message);
    expect(reply.ranking.size).toBe(ref.length);
    expect(reply.ranking.counts).toEqual(fitCounts(ref));
    expect(reply.ranking.top.map((r) => [r.rank, r.total])).toEqual(
      ref.slice(0, 100).map((r) => [r.rank, r.total]),
    );
    expect(reply.window!.rows.map((r) => [r.rank, r.total])).toEqual(
      ref.slice(10, 15).map((r) => [r.rank, r.total]),
    );
    expect(reply.extra[0]).toMatchObject({ rank: last.rank, total: last.total });
    expect(reply.extra[1]).toBeNull();
    expect(reply.table).toBeNull();
    expect(reply.timing.compile).not.toBeNull();
  });

  it('updates by delta on a one-weight step and filters the table like the table does', () => {
    const session = createScoringSession();
    session.handle(request({ assessment }));
    const weights = { ...edge.weights, resource: 0 };
    const reply = session.handle(request({ seq: 2, weights, filter: ['k3s', 'flannel'] }));
    if (reply.type !== 'ranked') throw new Error(reply.message);
    expect(reply.timing.delta).toBe(true);
    expect(reply.timing.compile).toBeNull();
    const ref = reference(weights);
    expect(reply.ranking.top.map((r) => r.total)).toEqual(ref.slice(0, 100).map((r) => r.total));
    const filtered = filterRows(ref, ['k3s', 'flannel']);
    expect(reply.table!.size).toBe(filtered.length);
    expect(reply.table!.top.map((r) => [r.rank, r.total])).toEqual(
      filtered.slice(0, 100).map((r) => [r.rank, r.total]),
    );
  });

  it('sorts the table by a column as the table sorts its rows: stable, ties in ranking order', () => {
    const session = createScoringSession();
    const ref = reference(edge.weights);
    const dims = seedCatalogue.dimensions.map((d) => d.id);
    const cases = [
      {
        column: { kind: 'dimension' as const, dimension: 1 },
        desc: true,
        key: (r: Row) => r.dimensions[dims[1]!]!,
      },
      {
        column: { kind: 'dimension' as const, dimension: 4 },
        desc: false,
        key: (r: Row) => r.dimensions[dims[4]!]!,
      },
      {
        column: { kind: 'total' as const },
        desc: false,
        key: (r: Row) => r.total,
      },
      {
        column: { kind: 'fit' as const },
        desc: true,
        key: (r: Row) => fitSortKey(r),
      },
      { column: { kind: 'rank' as const }, desc: true, key: (r: Row) => r.rank },
    ];
    cases.forEach(({ column, desc, key }, i) => {
      const reply = session.handle(
        request({
          seq: i + 1,
          ...(i === 0 ? { assessment } : {}),
          sort: { column, desc },
          window: { start: 3, count: 40 },
        }),
      );
      if (reply.type !== 'ranked') throw new Error(reply.message);
      const expected = [...ref].sort((a, b) => (desc ? key(b) - key(a) : key(a) - key(b)));
      expect(reply.window!.rows.map((r) => [r.rank, r.total])).toEqual(
        expected.slice(3, 43).map((r) => [r.rank, r.total]),
      );
    });
  });

  it('says where the shown rows stood at the last change of order, and keeps it while the order holds', () => {
    const session = createScoringSession();
    const only = (dim: string) =>
      Object.fromEntries(Object.keys(edge.weights).map((d) => [d, d === dim ? 5 : 0]));
    const first = only('cost');
    const second = only('performance');
    const a = session.handle(request({ assessment, weights: first, top: 20 }));
    if (a.type !== 'ranked') throw new Error(a.message);
    expect(a.previous).toEqual([]);
    const b = session.handle(request({ seq: 2, weights: second, top: 20 }));
    if (b.type !== 'ranked') throw new Error(b.message);
    const before = new Map(reference(first).map((r) => [r.stack.id, r.rank]));
    const ids = reference(second)
      .slice(0, 20)
      .map((r) => r.stack.id);
    expect(b.previous.map(([, rank]) => rank)).toEqual(ids.map((id) => before.get(id)));
    expect(b.previous.some(([, rank], i) => rank !== b.ranking.top[i]!.rank)).toBe(true);
    // The same order again (the same weights): the arrows stay as they were.
    const c = session.handle(request({ seq: 3, weights: { ...second }, top: 20 }));
    if (c.type !== 'ranked') throw new Error(c.message);
    expect(c.previous).toEqual(b.previous);
  });

  it('answers every request for an assessment it cannot compile with why, until a new one', () => {
    const session = createScoringSession();
    // Twelve technologies in each of the six layers: 12⁶ ≈ 3 million stacks, past the kernel's 2²¹.
    const technologies = seedCatalogue.layers.flatMap((layer) => {
      const own = seedCatalogue.technologies.filter((t) => t.layer === layer.id);
      return Array.from({ length: 12 }, (_, i) => ({
        ...own[i % own.length]!,
        id: `${layer.id}-${i}`,
      }));
    });
    const huge = { ...assessment, catalogue: { ...seedCatalogue, technologies } };
    const first = session.handle(request({ assessment: huge }));
    const again = session.handle(request({ seq: 2 }));
    expect(first).toMatchObject({
      type: 'error',
      seq: 1,
      message: '2985984 stacks: the scale kernel ranks at most 2097152',
    });
    expect(again).toMatchObject({
      type: 'error',
      seq: 2,
      message: '2985984 stacks: the scale kernel ranks at most 2097152',
    });
    const recovered = session.handle(
      request({ seq: 3, assessment: { ...assessment, key: 2 }, key: 2 }),
    );
    expect(recovered.type).toBe('ranked');
  });

  it('refuses a ranking for an assessment it does not hold', () => {
    const reply = createScoringSession().handle(request({ key: 7 }));
    expect(reply).toEqual({ type: 'error', seq: 1, key: 7, message: 'stale assessment' });
  });
});

/** A transport that answers in a later task, like a worker, and lets a test hold answers back. */
function inProcess() {
  const session = createScoringSession();
  const held: ScoringReply[] = [];
  let onReply: (reply: ScoringReply) => void = () => {};
  const transport: Transport = {
    post: (r: ScoringRequest) => held.push(session.handle(r)),
    listen: (cb) => (onReply = cb),
    terminate: () => {},
  };
  return { transport, held, deliver: (reply: ScoringReply) => onReply(reply) };
}

const inputs = (weights: Weights, ids: string[] = []): ScoringInputs => ({
  catalogue: seedCatalogue,
  requirements: edge.requirements,
  focus,
  weights,
  method: 'weightedSum',
  hideDominated: false,
  mode: 'fitFirst',
  showInvalid: false,
  filter: [],
  ids,
  sort: null,
});

describe('scoring client (main thread)', () => {
  it('shows rows equal to the reference rows and drops an answer older than the one shown', () => {
    const { transport, held, deliver } = inProcess();
    const client = createScoringClient(() => transport);
    const first = { ...edge.weights, performance: 5 };
    const second = { ...edge.weights, performance: 0 };
    client.update(inputs(first));
    client.update(inputs(second, ['k3s+containerd+runc+sqlite+flannel+opa']));
    expect(client.getSnapshot().pending).toBe(true);
    const [older, newer] = held;
    deliver(newer!);
    const shown = client.getSnapshot();
    expect(shown.pending).toBe(false);
    const ref = reference(second);
    expect(shown.ranking.rows).toEqual(ref.slice(0, 100));
    expect(shown.extras.get('k3s+containerd+runc+sqlite+flannel+opa')).toEqual(
      ref.find((r) => r.stack.id === 'k3s+containerd+runc+sqlite+flannel+opa'),
    );
    deliver(older!);
    expect(client.getSnapshot()).toBe(shown);
  });
});

describe('the worker’s inbox', () => {
  it('answers only the newest request waiting, keeping an assessment an older one carried', () => {
    const session = createScoringSession();
    const handled: number[] = [];
    const replies: ScoringReply[] = [];
    const tasks: (() => void)[] = [];
    const receive = createInbox(
      (r) => {
        handled.push(r.seq);
        return session.handle(r);
      },
      (reply) => replies.push(reply),
      (run) => tasks.push(run),
    );
    receive(request({ seq: 1, assessment }));
    receive(request({ seq: 2, weights: { ...edge.weights, cost: 0 } }));
    receive(request({ seq: 3, weights: { ...edge.weights, cost: 5 } }));
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(handled).toEqual([3]);
    expect(replies[0]).toMatchObject({ type: 'ranked', seq: 3 });
    if (replies[0]!.type !== 'ranked') throw new Error('not ranked');
    expect(replies[0]!.ranking.top[0]!.total).toBe(
      reference({ ...edge.weights, cost: 5 })[0]!.total,
    );
    // A request that throws is answered with an error for its seq, and the inbox goes on.
    receive({ ...request({ seq: 4 }), weights: null as unknown as Weights });
    tasks.shift()!();
    expect(replies[1]).toMatchObject({ type: 'error', seq: 4, key: 1 });
    receive(request({ seq: 5 }));
    tasks.shift()!();
    expect(replies[2]).toMatchObject({ type: 'ranked', seq: 5 });
  });
});
