import { describe, expect, it } from 'vitest';

import { namesOf } from '../catalogue/names';
import { scenarios } from '../catalogue/scenarios';
import type { Requirements } from '../catalogue/types';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { seedChecks } from '../engine/co-recommendation';
import { assessStacks, prepareCatalogue, rankAssessed } from '../engine/evaluate';
import { focusOf } from '../engine/technology-scores';
import {
  layerSpreadText,
  marginText,
  seedHeadline,
  seedHeadlineOf,
  seedLayerList,
  seedMoreOf,
  seedMoreText,
  seedScoresMore,
  tieReason,
  tierTitle,
  unifiedPolicyNote,
} from './co-recommendation-words';

const prepared = prepareCatalogue(seedCatalogue);
const names = namesOf(seedCatalogue);
const scenario = (id: string) => scenarios.find((s) => s.id === id)!;

/** The seed check under a preset (with requirement overrides), ranked as the app ranks it by default. */
function checkFor(id: string, overrides: Partial<Requirements> = {}) {
  const s = scenario(id);
  const requirements = { ...s.requirements, ...overrides };
  const rows = rankAssessed(assessStacks(prepared, requirements, focusOf(s)), s.weights, {
    mode: 'fitFirst',
    showInvalid: false,
  });
  return seedChecks(s, rows, s.weights, requirements, null)[0]!;
}

describe('co-recommendation words', () => {
  it('says why the score cannot choose: an exact tie, a cancelling tie, or a gap under the margin', () => {
    expect(marginText('en')).toBe('0.5');
    expect(tieReason({ exact: true, sameScores: true }, 'en')).toBe(
      'They tie: the same score on every dimension, so the seed’s facts cannot separate them.',
    );
    expect(tieReason({ exact: true, sameScores: false }, 'zh')).toBe(
      '总分相同：在当前权重下各维度的差异互相抵消，种子文档的事实无法区分它们。',
    );
    expect(tieReason({ exact: false, sameScores: false }, 'en')).toBe(
      'A gap under 0.5 points is finer than the seed’s ratings support (one star of one fact moves a total by about 0.2–0.7 points).',
    );
    // The presenter's slide keeps the short form.
    expect(tieReason({ exact: false, sameScores: false }, 'zh', true)).toBe(
      '不到 0.5 分的差距比种子文档的评级更细：不分先后。',
    );
  });

  it('names the layers where stacks differ, and where #1 differs from the seed’s stack', () => {
    expect(layerSpreadText({ name: 'Runtime', technologies: ['containerd', 'Docker'] }, 'en')).toBe(
      'Runtime (containerd / Docker)',
    );
    expect(layerSpreadText({ name: '存储', technologies: ['etcd', 'sqlite'] }, 'zh')).toBe(
      '存储（etcd / sqlite）',
    );
    expect(
      seedLayerList(
        [
          { name: 'Runtime', top: 'WasmEdge', seed: 'Docker' },
          { name: 'OCI runtime', top: 'crun', seed: 'runc' },
        ],
        'en',
      ),
    ).toBe('Runtime WasmEdge (seed: Docker), OCI runtime crun (seed: runc)');
  });

  it('17.4.2 edge: #1 is the seed’s stack, in both languages', () => {
    const check = checkFor('edge');
    expect(seedHeadlineOf(check, 'en', names)).toBe(
      '#1 is the seed’s stack for Edge computing, Edge stack.',
    );
    expect(seedHeadlineOf(check, 'zh', names)).toBe(
      '第 1 名就是种子文档为「边缘计算·边缘计算技术栈」给出的技术栈。',
    );
  });

  it('17.4.1 large-scale: the seed’s Docker stack is co-recommended with containerd', () => {
    expect(seedHeadlineOf(checkFor('large-scale'), 'en', names)).toBe(
      'The seed’s stack for Large-scale production, Traditional cloud-native stack is co-recommended (#1): Kubernetes + Docker + runc + etcd + Calico + Gatekeeper.',
    );
  });

  it('serverless at 10 nodes: the seed’s K3s + sqlite stack scores 4.8 points more but fails a requirement, so fit decides (17.6.2) — never a negative “behind”', () => {
    const check = checkFor('serverless', { nodes: 10 });
    expect(check.conformance!.gap).toBeLessThan(0);
    expect(seedMoreOf(check, 'en', names)).toBe(
      'The seed’s stack ranks #37 of 240 but scores 4.8 points more than #1: it fails the requirements (sqlite supports at most 1 node; 10 required), so fit decides (17.6.2).',
    );
    expect(seedMoreOf(check, 'zh', names, { stack: (parts) => `**${parts.storage}**` })).toBe(
      '种子文档的技术栈以 **sqlite** 排第 37 名（共 240 个），但得分比第 1 名高 4.8 分：它不满足需求（sqlite 至多 1 节点，需求 10），因此由匹配决定（17.6.2）。',
    );
    // A seed stack that is #1, or behind #1 on score, has no such sentence.
    expect(seedMoreOf(checkFor('edge'), 'en', names)).toBeNull();
    expect(seedMoreOf(checkFor('serverless'), 'en', names)).toBeNull();
  });

  it('words a seed stack that scores more on a shared rank, with several unmet checks, and treats float noise as level', () => {
    const facts = {
      rank: 5,
      count: 60,
      sharingRank: 2,
      more: 0.021,
      fit: 'partial' as const,
      unmet: ['etcd is weak offline', 'no GPU plugin'],
      stack: 'X',
    };
    expect(seedMoreText(facts, 'en')).toBe(
      'The seed’s stack ranks #5 of 60 (a rank shared by 2 stacks) as X but scores 2.1 points more than #1: it only partly meets the requirements (etcd is weak offline; no GPU plugin), so fit decides (17.6.2).',
    );
    expect(seedMoreText({ ...facts, stack: undefined }, 'zh')).toBe(
      '种子文档的技术栈排第 5 名（共 60 个，2 个技术栈并列此名），但得分比第 1 名高 2.1 分：它只部分满足需求（etcd is weak offline；no GPU plugin），因此由匹配决定（17.6.2）。',
    );
    expect(seedScoresMore(-0.048)).toBe(true);
    expect(seedScoresMore(-1e-12)).toBe(false);
    expect(seedScoresMore(0.036)).toBe(false);
  });

  it('words a differing and an absent seed stack', () => {
    const facts = {
      scenario: 'Hybrid',
      variant: 'Central tier',
      rank: 3,
      seedLeaders: [],
      allLeadersFit: false,
    };
    expect(seedHeadline({ ...facts, verdict: 'differs' }, 'en')).toBe(
      '#1 is not the seed’s stack for Hybrid, Central tier.',
    );
    expect(seedHeadline({ ...facts, verdict: 'absent' }, 'zh')).toBe(
      '排名中没有种子文档为「Hybrid·Central tier」给出的技术栈。',
    );
  });

  it('17.2.2 hybrid: one policy layer for both tiers, and says so when the edge tier picks another', () => {
    const hybrid = scenario('hybrid');
    expect(unifiedPolicyNote(hybrid, 'opa-wasm', 'en', names)).toEqual({
      same: true,
      text: 'One policy layer for both tiers, as the seed says (“OPA-Wasm（统一）”): the edge tier picks OPA-Wasm and the central tier is ranked among stacks with it.',
    });
    expect(unifiedPolicyNote(hybrid, 'gatekeeper', 'en', names)).toEqual({
      same: false,
      text: 'The edge tier picks Gatekeeper and the central tier is ranked among stacks with it; the seed unifies both tiers on OPA-Wasm.',
    });
    expect(tierTitle('central', 'Large-scale production', 'en')).toBe(
      'Central tier — Large-scale production',
    );
    expect(tierTitle('edge', '边缘计算', 'zh')).toBe('边缘层——边缘计算');
  });
});
