import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { prepareCatalogue } from '../../engine/evaluate';
import {
  gapText,
  patternName,
  reasonText,
  summaryText,
  sweepText,
  treeText,
} from './conformance-words';
import { summarise, toConformanceRows, type ConformanceRow } from './to-conformance-rows';

const rows = toConformanceRows(prepareCatalogue(seedCatalogue), seedCatalogue.scenarios);
const row = (key: string) => rows.find((r) => r.key === key)!;
const names = namesOf(seedCatalogue);
const layers = seedCatalogue.layers.map((l) => l.id);
const counts = { total: 8, agrees: 0, coRecommended: 0, differs: 0, absent: 0 };

describe('summaryText', () => {
  it('states the verdicts of the seed’s scenarios, plural-correct', () => {
    expect(summaryText(summarise(rows), 'en')).toBe(
      '6 of 9 agree with the book; 1 co-recommended; 2 differ',
    );
    expect(summaryText(summarise(rows), 'zh')).toBe(
      '9 个中有 6 个与原书一致；1 个并列推荐；2 个不同',
    );
  });

  it('uses the singular and plural forms and names stacks missing from the catalogue', () => {
    expect(summaryText({ ...counts, agrees: 1, differs: 2 }, 'en')).toBe(
      '1 of 8 agrees with the book; 0 co-recommended; 2 differ',
    );
    expect(summaryText({ ...counts, agrees: 7, absent: 1 }, 'en')).toBe(
      '7 of 8 agree with the book; 0 co-recommended; 0 differ; 1 not in catalogue',
    );
    expect(summaryText({ ...counts, agrees: 7, absent: 1 }, 'zh')).toBe(
      '8 个中有 7 个与原书一致；0 个并列推荐；0 个不同；1 个目录中没有',
    );
  });
});

describe('reasonText', () => {
  it('says nothing differs where the seed’s stack is the app’s #1', () => {
    expect(reasonText(row('edge/edge'), 'en', names)).toBe('No difference.');
    expect(reasonText(row('edge/edge'), 'zh', names)).toBe('没有差异。');
  });

  it('17.2.2 hybrid central: names the layers, the tier and the weighted points that decide', () => {
    expect(reasonText(row('hybrid/central'), 'en', names)).toBe(
      '#1 differs from the seed’s stack in Runtime: WasmEdge (seed: Docker); OCI runtime: crun (seed: runc). ' +
        'Both meet the requirements, so the weighted score decides: #1 leads by 3.6 points — Resource +1.4, Performance +1.3, Cost +0.9.',
    );
    expect(reasonText(row('hybrid/central'), 'zh', names)).toBe(
      '第 1 名与种子技术栈的不同在于运行时：WasmEdge（种子：Docker）；OCI 运行时：crun（种子：runc）。' +
        '两者都满足需求，因此由加权得分决定：第 1 名领先 3.6 分——资源 +1.4、性能 +1.3、成本 +0.9。',
    );
  });

  it('17.4.1 large-scale: a near-tie names what separates the co-recommended stacks', () => {
    expect(reasonText(row('large-scale/cloud-native'), 'en', names)).toBe(
      '2 stacks share #1 within 0.5 points (0.0 points apart); they differ only in Runtime: containerd / Docker. 1 of them fits the seed’s stack.',
    );
    expect(reasonText(row('large-scale/cloud-native'), 'zh', names)).toBe(
      '2 个技术栈在 0.5 分内并列第 1（相差 0.0 分），区别只在运行时（containerd / Docker）。其中 1 个符合种子技术栈。',
    );
  });

  it('says when the fit tier decides before any score, with the checks the seed’s stack misses', () => {
    const base = row('hybrid/central');
    const tierRow: ConformanceRow = {
      ...base,
      fit: { top: 'match', seed: 'partial' },
      failedChecks: [
        {
          criterion: 'offline',
          layer: 'storage',
          status: 'partial',
          code: 'starsRating',
          values: { technology: 'etcd', stars: 2, reading: true },
        },
      ],
    };
    expect(reasonText(tierRow, 'en', names)).toBe(
      '#1 differs from the seed’s stack in Runtime: WasmEdge (seed: Docker); OCI runtime: crun (seed: runc). ' +
        'The seed’s stack only partially meets the requirements — etcd rates ⭐⭐ of 5 for offline operation (a reading); #1 meets the requirements: the fit tier decides before any score. ' +
        '#1 also leads by 3.6 points — Resource +1.4, Performance +1.3, Cost +0.9.',
    );
    // A seed stack that scores higher but sits in a lower tier: it scores more, no "also leads" sentence.
    expect(reasonText({ ...tierRow, gapPoints: -2, decidedBy: [] }, 'en', names)).toBe(
      '#1 differs from the seed’s stack in Runtime: WasmEdge (seed: Docker); OCI runtime: crun (seed: runc). ' +
        'The seed’s stack scores 2.0 points more than #1 but only partially meets the requirements — etcd rates ⭐⭐ of 5 for offline operation (a reading); #1 meets the requirements, so fit decides (17.6.2).',
    );
  });

  it('serverless at 10 nodes: the seed’s K3s + sqlite stack scores 4.8 points more but fails a requirement, so fit decides (17.6.2) — no negative gap', () => {
    const at10 = toConformanceRows(
      prepareCatalogue(seedCatalogue),
      seedCatalogue.scenarios.map((s) =>
        s.id === 'serverless' ? { ...s, requirements: { ...s.requirements, nodes: 10 } } : s,
      ),
    ).find((r) => r.key === 'serverless/small')!;
    expect([at10.verdict, at10.seedRank, at10.gapPoints! < 0]).toEqual(['differs', 37, true]);
    expect(reasonText(at10, 'en', names)).toBe(
      '#1 differs from the seed’s stack in Storage: etcd (seed: sqlite). ' +
        'The seed’s stack scores 4.8 points more than #1 but fails the requirements — sqlite supports at most 1 node; 10 required; #1 meets the requirements, so fit decides (17.6.2).',
    );
    expect(reasonText(at10, 'zh', names)).toBe(
      '第 1 名与种子技术栈的不同在于存储：etcd（种子：sqlite）。' +
        '种子技术栈得分比第 1 名高 4.8 分，但不满足需求——sqlite 至多 1 节点，需求 10；第 1 名满足需求，因此由匹配决定（17.6.2）。',
    );
    expect(gapText(at10, 'en')).toBe('4.8 points more than #1, lower on fit');
    expect(gapText(at10, 'zh')).toBe('得分比第 1 名高 4.8 分，匹配较差');
  });

  it('says how many co-recommended stacks fit the seed, plural-correct', () => {
    const large = row('large-scale/cloud-native');
    expect(reasonText({ ...large, leadersFittingSeed: 2 }, 'en', names)).toMatch(
      / All of them fit the seed’s stack\.$/,
    );
    const three = {
      ...large,
      leaders: [...large.leaders, large.leaders[0]!],
      leadersFittingSeed: 2,
    };
    expect(reasonText(three, 'en', names)).toMatch(/ 2 of them fit the seed’s stack\.$/);
  });

  it('says when no stack of the catalogue fits the seed’s stack', () => {
    const absent: ConformanceRow = { ...row('edge/edge'), verdict: 'absent', seedRank: null };
    expect(reasonText(absent, 'en', names)).toBe(
      'No valid stack of the catalogue fits the seed’s stack.',
    );
  });
});

describe('gapText', () => {
  it('says how far the seed’s stack is behind #1, and nothing when it is #1', () => {
    expect(gapText(row('hybrid/central'), 'en')).toBe('3.6 points behind #1');
    expect(gapText(row('hybrid/central'), 'zh')).toBe('落后第 1 名 3.6 分');
    expect(gapText(row('edge/edge'), 'en')).toBeNull();
  });
});

describe('treeText', () => {
  it('17.8.1 under the AI cloud inputs: the global tree keeps the K3s side the app’s #1 leaves', () => {
    expect(treeText(row('ai-inference/cloud'), 'en', names, layers)).toEqual({
      stack: 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm',
      path: 'Path: AI inference stack path',
      fit: 'Differs from the app’s #1 in Orchestration, Storage, Network.',
    });
  });

  it('17.8.1 for large serverless: Calico / Cilium matches the app’s #1', () => {
    expect(treeText(row('serverless/large'), 'zh', names, layers)).toEqual({
      stack: 'Kubernetes + WasmEdge + crun + etcd + Calico / Cilium + OPA-Wasm',
      path: '路径：Serverless 技术栈路径',
      fit: '与本应用第 1 名一致。',
    });
  });

  it('says when the tree picks one of several co-recommended stacks', () => {
    const among: ConformanceRow = {
      ...row('large-scale/cloud-native'),
      tree: { ...row('large-scale/cloud-native').tree, fit: 'amongLeaders', layers: [] },
    };
    expect(treeText(among, 'en', names, layers).fit).toBe(
      'Matches one of the app’s co-recommended #1.',
    );
  });
});

describe('patternName', () => {
  it('names a pattern layer by layer, alternatives joined by a slash, open layers left out', () => {
    expect(
      patternName(
        { storage: ['etcd'], orchestration: ['kubernetes'], network: ['calico', 'cilium'] },
        'en',
        names,
        layers,
      ),
    ).toBe('Kubernetes + etcd + Calico / Cilium');
  });
});

describe('sweepText', () => {
  it('says where the seed’s small serverless stack stops agreeing: sqlite’s one node (17.3.3)', () => {
    expect(sweepText(row('serverless/small'), 'en', names)).toBe(
      'Across cluster sizes: agrees at 1 node; differs at 3–1,000 nodes (the seed’s stack: sqlite supports at most 1 node; 3 required).',
    );
    expect(sweepText(row('serverless/small'), 'zh', names)).toBe(
      '不同集群规模下：1 个节点时一致；3–1,000 个节点时不同（种子技术栈：sqlite 至多 1 节点，需求 3）。',
    );
  });

  it('the edge stack holds at every size, through 17.4.2’s “sqlite（默认）或嵌入式 etcd”', () => {
    expect(sweepText(row('edge/edge'), 'en', names)).toBe(
      'Across cluster sizes: agrees at every size tried (1–1,000 nodes).',
    );
    expect(row('edge/edge').sweep.map((c) => c.nodes)).toEqual([1, 3, 10, 100, 1000]);
  });

  it('sweeps large variants above 1,000 nodes and does not sweep hybrid tiers', () => {
    expect(row('serverless/large').sweep.map((c) => c.nodes)).toEqual([1001, 2000, 5000, 10000]);
    expect(sweepText(row('hybrid/central'), 'en', names)).toBeNull();
  });
});
