import { describe, expect, it } from 'vitest';

import { scenarios } from '../catalogue/scenarios';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { leadingGroup, NEAR_TIE, sweepNodes, variantFor } from './conformance';
import { prepareCatalogue, type RankingRow } from './evaluate';
import { partsOf, requirements } from './test-fixtures';
import type { MatchStatus } from './types';

/** A ranking row with just what leadingGroup reads. */
const row = (
  id: string,
  total: number,
  fit: MatchStatus = 'match',
  status: 'valid' | 'invalid' = 'valid',
): RankingRow => ({
  stack: { id, parts: partsOf(`${id}+r+o+s+n+p`), status, reasons: [] },
  dimensions: { resource: 0, performance: 0, scale: 0, availability: 0, cost: 0, maturity: 0 },
  match: { status: fit, layers: {} as RankingRow['match']['layers'], checks: [] },
  caseIds: [],
  rank: 0,
  total,
});

describe('leadingGroup', () => {
  it('keeps every row in #1’s fit tier within half a point, in ranking order', () => {
    const rows = [row('a', 0.7), row('b', 0.7 - NEAR_TIE / 2), row('c', 0.7 - NEAR_TIE)];
    expect(leadingGroup(rows).map((r) => r.stack.id)).toEqual(['a', 'b']);
  });

  it('leaves out rows of another fit, even when they score close (score-only mode)', () => {
    const rows = [row('a', 0.7), row('b', 0.699, 'partial'), row('c', 0.698)];
    expect(leadingGroup(rows).map((r) => r.stack.id)).toEqual(['a', 'c']);
  });

  it('is empty for no rows and #1 alone when #1 is invalid', () => {
    expect(leadingGroup([])).toEqual([]);
    const invalid = [row('a', 0.7, 'match', 'invalid'), row('b', 0.7, 'match', 'invalid')];
    expect(leadingGroup(invalid).map((r) => r.stack.id)).toEqual(['a']);
  });
});

describe('variantFor', () => {
  const serverless = scenarios.find((s) => s.id === 'serverless')!;
  const ai = scenarios.find((s) => s.id === 'ai-inference')!;

  it('selects serverless large from 1,001 nodes (“> 1000 节点”), small below', () => {
    expect(variantFor(serverless, requirements({ nodes: 1000 }))!.id).toBe('small');
    expect(variantFor(serverless, requirements({ nodes: 1001 }))!.id).toBe('large');
    expect(variantFor(serverless, requirements({ nodes: 50000 }))!.id).toBe('large');
  });

  it('selects AI cloud by the site, whatever the node count', () => {
    expect(variantFor(ai, requirements({ site: 'cloud', nodes: 50 }))!.id).toBe('cloud');
    expect(variantFor(ai, requirements({ site: 'edge', nodes: 5000 }))!.id).toBe('edge');
  });
});

describe('sweepNodes', () => {
  const prepared = prepareCatalogue(seedCatalogue);
  const scenario = (id: string) => scenarios.find((s) => s.id === id)!;

  it('serverless small agrees at 1 node only: sqlite’s 17.3.3 range fails from 3 nodes', () => {
    const s = scenario('serverless');
    const sweep = sweepNodes(prepared, s, s.variants[0]!);
    expect(sweep.map((c) => [c.nodes, c.verdict])).toEqual([
      [1, 'agrees'],
      [3, 'differs'],
      [10, 'differs'],
      [100, 'differs'],
      [1000, 'differs'],
    ]);
    expect(sweep[1]!.failing.map((c) => [c.layer, c.criterion, c.status])).toEqual([
      ['storage', 'nodes', 'mismatch'],
    ]);
  });

  it('edge holds at every size through “sqlite（默认）或嵌入式 etcd” (17.4.2)', () => {
    const s = scenario('edge');
    expect(sweepNodes(prepared, s, s.variants[0]!).every((c) => c.verdict === 'agrees')).toBe(true);
  });

  it('does not sweep the hybrid tiers', () => {
    const s = scenario('hybrid');
    expect(sweepNodes(prepared, s, s.variants[0]!)).toEqual([]);
  });
});
