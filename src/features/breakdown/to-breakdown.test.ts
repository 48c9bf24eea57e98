import { describe, expect, it } from 'vitest';

import { securityDimension, withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { RankingRow } from '../../engine/evaluate';
import { normaliseWeights, totalScore } from '../../engine/rank';
import { partsOf, weights as makeWeights } from '../../engine/test-fixtures';
import type { DimensionVector } from '../../engine/types';
import { format } from '../../i18n/messages';
import { breakdownMessages } from './messages';
import {
  contributionKey,
  contributionsSummary,
  dimensionMeta,
  niceExtent,
  pickPair,
  toContributions,
  toWhy,
  whyHeading,
  whyNames,
  whyNote,
  whySentence,
  whyTieNote,
} from './to-breakdown';

const en = breakdownMessages.en;
const zhText = breakdownMessages.zh;
// Shares 0.5 / 0.25 / 0.25 / 0 / 0 / 0.
const weights = makeWeights({ resource: 2, performance: 1, scale: 1 });

/** A ranking row for `id` (layer order) whose total is Σ wᵢ·fᵢ under `weights`. */
function makeRow(id: string, rank: number, dims: Partial<DimensionVector>): RankingRow {
  const dimensions = {
    resource: 1,
    performance: 1,
    scale: 1,
    availability: 1,
    cost: 1,
    maturity: 1,
    ...dims,
  };
  return {
    stack: { id, parts: partsOf(id), status: 'valid', reasons: [] },
    dimensions,
    match: { status: 'match', layers: {} as RankingRow['match']['layers'], checks: [] },
    caseIds: [],
    rank,
    total: totalScore(dimensions, normaliseWeights(weights)),
  };
}

const SQLITE = 'k3s+wasmedge+crun+sqlite+calico+opa-wasm';
const EXTERNAL = 'k3s+wasmedge+crun+external-db+calico+opa-wasm';
// Totals: A = 0.5·0.8 + 0.25·0.6 + 0.25·0.4 = 0.65; B = 0.5·0.4 + 0.25·0.8 + 0.25·0.4 = 0.5.
const A = makeRow(SQLITE, 1, { resource: 0.8, performance: 0.6, scale: 0.4 });
const B = makeRow(EXTERNAL, 2, { resource: 0.4, performance: 0.8, scale: 0.4 });

describe('toContributions', () => {
  const model = toContributions([A, B], weights, seedCatalogue, 'en');

  it('lists the dimensions with colour and weight share', () => {
    expect(model.dimensions).toEqual([
      { id: 'resource', name: 'Resource', colour: 'var(--dim-resource)', share: 0.5 },
      { id: 'performance', name: 'Performance', colour: 'var(--dim-performance)', share: 0.25 },
      { id: 'scale', name: 'Scale', colour: 'var(--dim-scale)', share: 0.25 },
      { id: 'availability', name: 'Availability', colour: 'var(--dim-availability)', share: 0 },
      { id: 'cost', name: 'Cost', colour: 'var(--dim-cost)', share: 0 },
      { id: 'maturity', name: 'Maturity', colour: 'var(--dim-maturity)', share: 0 },
    ]);
  });

  it('stacks wᵢ·fᵢ in points; the segments add up to the total', () => {
    expect(model.data).toEqual([
      {
        stackId: SQLITE,
        rank: 1,
        label: 'sqlite',
        fullName: 'K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm',
        total: 65,
        resource: 40,
        performance: 15,
        scale: 10,
        availability: 0,
        cost: 0,
        maturity: 0,
        scores: {
          resource: 80,
          performance: 60,
          scale: 40,
          availability: 100,
          cost: 100,
          maturity: 100,
        },
      },
      {
        stackId: EXTERNAL,
        rank: 2,
        label: 'External DB',
        fullName: 'K3s + WasmEdge + crun + External DB + Calico + OPA-Wasm',
        total: 50,
        resource: 20,
        performance: 20,
        scale: 10,
        availability: 0,
        cost: 0,
        maturity: 0,
        scores: {
          resource: 40,
          performance: 80,
          scale: 40,
          availability: 100,
          cost: 100,
          maturity: 100,
        },
      },
    ]);
  });

  it('summarises each bar by its total and largest segment', () => {
    expect(contributionsSummary(model, en, 'en')).toBe(
      'Stacked bars of 2 stacks: #1 sqlite 65.0 points, most from Resource (40.0); ' +
        '#2 External DB 50.0 points, most from Resource (20.0).',
    );
  });
});

describe('a user catalogue', () => {
  const custom = withSecurity(seedCatalogue);

  it('lists its dimensions; one the seed lacks takes the palette colour of its position', () => {
    const meta = dimensionMeta(custom, { ...weights, security: 4 }, 'en');
    expect(meta.map((d) => d.id)).toEqual([
      'resource',
      'performance',
      'scale',
      'availability',
      'cost',
      'maturity',
      'security',
    ]);
    expect(meta[6]).toEqual({
      id: 'security',
      name: 'Security',
      colour: 'var(--extra-1)',
      share: 0.5,
    });
  });

  it('keeps a dimension called like a field of the bar apart from that field', () => {
    expect(contributionKey('cost')).toBe('cost');
    expect(contributionKey('total')).toBe(':total');
    const total = { ...securityDimension, id: 'total' };
    const model = toContributions(
      [{ ...A, dimensions: { ...A.dimensions, total: 1 } }],
      { ...weights, total: 4 },
      { ...seedCatalogue, dimensions: [...seedCatalogue.dimensions, total] },
      'en',
    );
    // The bar's total stays the row's (65); the dimension's half share of 100 points sits beside it.
    expect(model.data[0]).toMatchObject({ total: 65, ':total': 50, scores: { total: 100 } });
  });
});

describe('pickPair', () => {
  const C = makeRow('k3s+wasmedge+crun+sqlite+flannel+opa-wasm', 3, {});
  it('takes the first two compared stacks, else ranking #1 and #2', () => {
    expect(pickPair([C, A, B], [A, B, C])).toEqual({ pair: [C, A], fromRanking: false });
    expect(pickPair([C], [A, B, C])).toEqual({ pair: [A, B], fromRanking: true });
    expect(pickPair([], [A])).toBeNull();
  });
});

describe('toWhy', () => {
  it('gives the weighted difference per dimension, largest lead first, and the gap', () => {
    const why = toWhy([A, B], weights, seedCatalogue, 'en');
    expect(why.leader).toMatchObject({ stackId: SQLITE, rank: 1, label: 'sqlite', total: 65 });
    expect(why.other).toMatchObject({
      stackId: EXTERNAL,
      rank: 2,
      label: 'External DB',
      total: 50,
    });
    expect(why.rows.map((r) => [r.id, r.leaderScore, r.otherScore, r.share, r.delta])).toEqual([
      ['resource', 80, 40, 0.5, 20],
      ['scale', 40, 40, 0.25, 0],
      ['availability', 100, 100, 0, 0],
      ['cost', 100, 100, 0, 0],
      ['maturity', 100, 100, 0, 0],
      ['performance', 60, 80, 0.25, -5],
    ]);
    expect(why.gap).toBe(15);
    expect(why.decidedBy?.id).toBe('resource');
    expect(why.rankOrderDiffers).toBe(false);
    expect(why.extent).toBe(30);
    expect(whySentence(why, en, 'en')).toBe(
      '#1 leads by 15.0 points; Resource decides it (+20.0).',
    );
    const zh = toWhy([A, B], weights, seedCatalogue, 'zh');
    expect(whySentence(zh, breakdownMessages.zh, 'zh')).toBe(
      '#1 领先 15.0 分；决定因素是资源（+20.0）。',
    );
    expect(whyNote(why, en)).toBeNull();
  });

  it('puts the higher score first and says when the ranking still orders them the other way', () => {
    const lowFirst = { ...B, rank: 1 };
    const highSecond = { ...A, rank: 2 };
    const why = toWhy([lowFirst, highSecond], weights, seedCatalogue, 'en');
    expect(why.leader.stackId).toBe(SQLITE);
    expect(why.rankOrderDiffers).toBe(true);
    expect(whySentence(why, en, 'en')).toBe(
      '#2 leads by 15.0 points; Resource decides it (+20.0).',
    );
    expect(whyNote(why, en)).toBe(
      '#1 still ranks higher: the ranking puts requirement fit and compatibility first.',
    );
  });

  it('reports a tie without a deciding dimension', () => {
    const twin = makeRow(EXTERNAL, 2, { resource: 0.8, performance: 0.6, scale: 0.4 });
    const why = toWhy([twin, A], weights, seedCatalogue, 'en');
    expect(why.leader.rank).toBe(1);
    expect(why.gap).toBe(0);
    expect(why.decidedBy).toBeNull();
    expect(why.extent).toBe(1);
    expect(whySentence(why, en, 'en')).toBe('#1 and #2 tie at 65.0 points.');
  });

  it('names a plain lead by rank: “Why #1 over #2”, no tie note', () => {
    const why = toWhy([A, B], weights, seedCatalogue, 'en', [SQLITE]);
    expect(why.tie).toBeNull();
    expect(why.coRecommended).toBe(false);
    expect(whyNames(why, en)).toEqual({ a: '#1', b: '#2' });
    expect(whyHeading(why, en)).toBe('Why #1 over #2');
    expect(whyHeading(why, zhText)).toBe('为何 #1 胜过 #2');
    expect(whyTieNote(why, en, 'en')).toBeNull();
  });

  it('an exact tie at a shared #1 names the stacks, never “#1 over #1” (large-scale: containerd and Docker)', () => {
    const CONTAINERD = 'kubernetes+containerd+runc+etcd+calico+gatekeeper';
    const DOCKER = 'kubernetes+docker+runc+etcd+calico+gatekeeper';
    const dims = { resource: 0.6, performance: 0.7, scale: 1 };
    const pair = [makeRow(CONTAINERD, 1, dims), makeRow(DOCKER, 1, dims)] as const;
    const leaders = [CONTAINERD, DOCKER];
    const why = toWhy(pair, weights, seedCatalogue, 'en', leaders);
    expect(why.tie).toBe('exact');
    expect(why.coRecommended).toBe(true);
    // The pair's order stands: neither is the leader by id.
    expect(why.leader.stackId).toBe(CONTAINERD);
    expect(whyNames(why, en)).toEqual({ a: 'containerd', b: 'Docker' });
    expect(whyHeading(why, en)).toBe('Why these two tie');
    expect(whySentence(why, en, 'en')).toBe('containerd and Docker tie at 72.5 points.');
    expect(whyTieNote(why, en, 'en')).toBe(
      'Both are co-recommended. They tie: the same score on every dimension, so the seed’s facts cannot separate them.',
    );
    expect(format(en.favours, { name: whyNames(why, en).b })).toBe('favours Docker');
    const zh = toWhy(pair, weights, seedCatalogue, 'zh', leaders);
    expect(whyHeading(zh, zhText)).toBe('为何两者并列');
    expect(whySentence(zh, zhText, 'zh')).toBe('containerd 与 Docker 同分（72.5 分）。');
    expect(whyTieNote(zh, zhText, 'zh')).toBe(
      '两者并列推荐。并列：每个维度得分都相同，种子文档的事实无法区分它们。',
    );
    // Outside the leading group the tie is still a tie, but not a co-recommendation.
    const elsewhere = toWhy(pair, weights, seedCatalogue, 'en', []);
    expect(whyHeading(elsewhere, en)).toBe('Why these two tie');
    expect(whyTieNote(elsewhere, en, 'en')).toBe(
      'They tie: the same score on every dimension, so the seed’s facts cannot separate them.',
    );
  });

  it('a near-tie (under NEAR_TIE) in the leading group is co-recommended; elsewhere it nearly ties', () => {
    // 0.5 · (0.8 − 0.795) = 0.0025 < NEAR_TIE (0.005)
    const near = makeRow(EXTERNAL, 2, { resource: 0.795, performance: 0.6, scale: 0.4 });
    const why = toWhy([A, near], weights, seedCatalogue, 'en', [SQLITE, EXTERNAL]);
    expect(why.tie).toBe('near');
    expect(why.coRecommended).toBe(true);
    expect(whyNames(why, en)).toEqual({ a: '#1', b: '#2' });
    expect(whyHeading(why, en)).toBe('Why these two are co-recommended');
    expect(whySentence(why, en, 'en')).toBe('#1 leads by 0.3 points; Resource decides it (+0.3).');
    expect(whyTieNote(why, en, 'en')).toBe(
      'Both are co-recommended. A gap under 0.5 points is finer than the seed’s ratings support: no verdict between them.',
    );
    expect(whyHeading(why, zhText)).toBe('为何两者并列推荐');
    expect(whyTieNote(why, zhText, 'zh')).toBe(
      '两者并列推荐。不到 0.5 分的差距比种子文档的评级更细：不分先后。',
    );
    const lower = toWhy(
      [
        { ...A, rank: 5 },
        { ...near, rank: 6 },
      ],
      weights,
      seedCatalogue,
      'en',
      [],
    );
    expect(whyHeading(lower, en)).toBe('Why #5 and #6 nearly tie');
    expect(whyHeading(lower, zhText)).toBe('为何 #5 与 #6 几乎同分');
    expect(whyTieNote(lower, en, 'en')).toBe(
      'A gap under 0.5 points is finer than the seed’s ratings support: no verdict between them.',
    );
  });

  it('keeps two decimals for a lead under 0.05 points', () => {
    const close = makeRow(EXTERNAL, 2, { resource: 0.7993, performance: 0.6, scale: 0.4 });
    const why = toWhy([A, close], weights, seedCatalogue, 'en');
    expect(why.gap).toBe(0.04);
    expect(whySentence(why, en, 'en')).toBe(
      '#1 leads by 0.04 points; Resource decides it (+0.04).',
    );
  });
});

describe('niceExtent', () => {
  it('rounds up to 1, 1.5, 2, 3, 4, 5, 6, 8 × 10ᵏ', () => {
    expect([0, 0.31, 2.7, 7, 9, 20, 21].map(niceExtent)).toEqual([1, 0.4, 3, 8, 10, 20, 30]);
  });
});
