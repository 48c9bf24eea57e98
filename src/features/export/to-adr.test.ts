import { describe, expect, it } from 'vitest';

import { withGateway, withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Catalogue } from '../../catalogue/types';
import { toTreeChart } from '../../components/diagrams/to-tree-chart';
import { readableLabel } from '../../components/mermaid/encode-label';
import { toMermaid } from '../../components/mermaid/flowchart';
import { GLOBAL_TREE, walkTree } from '../../engine/decision-tree';
import type { RankingRow } from '../../engine/evaluate';
import { presetWeights } from '../../engine/presets';
import { treeSignals } from '../../engine/tree-signals';
import { defaultInputs, scenarioById, type Inputs } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
import { AXIS_RANGES } from '../../engine/analysis/decision-map';
import { toAdr, type AdrInput } from './to-adr';

const DATE = new Date(2026, 10, 25, 9, 30);
const LINK = 'https://example.org/matrix/?v=1&lang=en';

/** The inputs of a preset as the store holds them after clicking it. */
function presetInputs(id: string, overrides: Partial<Inputs> = {}): Inputs {
  const s = scenarioById(id);
  return {
    ...defaultInputs(),
    weights: { ...s.weights },
    requirements: { ...s.requirements },
    scenarioId: s.id,
    baseScenarioId: s.id,
    ...overrides,
  };
}

/** The ADR as the export writes it: ranked under the scenario the inputs start from. */
function adrFor(inputs: Inputs, patch: Partial<AdrInput> = {}): string[] {
  const ranking = rankFor(
    seedCatalogue,
    inputs.requirements,
    inputs.weights,
    { mode: inputs.rankMode, showInvalid: inputs.showInvalid },
    scenarioById(inputs.baseScenarioId),
  );
  return toAdr({
    inputs,
    ranking,
    catalogue: seedCatalogue,
    shareUrl: LINK,
    date: DATE,
    ...patch,
  }).split('\n');
}

/** The lines from a heading up to (not including) the next heading of the same or higher level. */
function section(lines: string[], heading: string): string[] {
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const level = heading.indexOf(' ');
  const end = lines.findIndex(
    (line, i) => i > start && /^#+ /.test(line) && line.indexOf(' ') <= level,
  );
  return lines
    .slice(start, end === -1 ? undefined : end)
    .filter((line, i, all) => i < all.length - 1 || line !== '');
}

const TOP = 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm';
const CONTAINERD = 'Kubernetes + containerd + runc + etcd + Calico + Gatekeeper';
const DOCKER = 'Kubernetes + Docker + runc + etcd + Calico + Gatekeeper';

describe('toAdr, edge preset in English', () => {
  const lines = adrFor(presetInputs('edge'));

  it('opens with the title, date, status and context', () => {
    expect(lines.slice(0, 33)).toEqual([
      `# ADR: ${TOP}`,
      '',
      '- Date: 2026-11-25',
      '- Status: Proposed',
      '- Method: Stack Decision Matrix, seed chapter 17: Score = Σ wᵢ·fᵢ over six dimensions',
      '',
      '## Context and requirements',
      '',
      'Catalogue: the seed’s (chapter 17)',
      '',
      'Scenario: **Edge computing** — Edge nodes, IoT, 5G MEC: constrained, low-latency, offline.',
      '',
      'Requirements:',
      '',
      '- 1 node',
      '- edge site',
      '- cold start ≤ 10 ms',
      '- offline',
      '',
      'Ranking: requirement fit first (17.6.2); invalid stacks hidden. 240 stacks ranked: 12 match, 12 partial, 216 fail.',
      '',
      '## Weights',
      '',
      '| Dimension | Weight | Share | Seed (17.6.1) |',
      '| --- | ---: | ---: | --- |',
      '| Resource | 4 | 28.6% | high |',
      '| Performance | 3 | 21.4% | high |',
      '| Scale | 2 | 14.3% | medium |',
      '| Availability | 2 | 14.3% | medium |',
      '| Cost | 2 | 14.3% | medium |',
      '| Maturity | 1 | 7.1% | low |',
      '',
      '## Top 10',
    ]);
  });

  it('tables the top 10 with totals, six dimension scores and fit', () => {
    const table = section(lines, '## Top 10');
    expect(table).toHaveLength(2 + 2 + 10);
    expect(table.slice(2, 6)).toEqual([
      '| # | Stack | Total | Resource | Performance | Scale | Availability | Cost | Maturity | Fit |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      `| 1 | ${TOP} | 70.1 | 71 | 52 | 43 | 100 | 97 | 60 | Match · warning |`,
      '| 2 | K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm | 68.7 | 71 | 52 | 43 | 100 | 87 | 60 | Match · warning |',
    ]);
    expect(table.at(-1)).toBe(
      '| 10 | K3s + WasmEdge + crun + sqlite + Calico + OPA | 65.9 | 60 | 52 | 43 | 100 | 87 | 67 | Match · warning |',
    );
  });

  it('names the choice and its runners-up with the gap', () => {
    expect(section(lines, '## Decision')).toEqual([
      '## Decision',
      '',
      `We choose **${TOP}**: #1 of 240 stacks, 70.1 / 100, fit: Match · warning.`,
      '',
      'Runners-up:',
      '',
      '- #2 K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm: 68.7 (1.4 points behind #1)',
      '- #3 K3s + WasmEdge + crun + sqlite + flannel + Kyverno: 68.2 (1.9 points behind #1)',
    ]);
  });

  it('edge: the seed’s K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm is #1', () => {
    expect(section(lines, '## The seed’s stack for this scenario')).toEqual([
      '## The seed’s stack for this scenario',
      '',
      '#1 is the seed’s stack for Edge computing, Edge stack.',
      '',
      'Seed: K3s + WasmEdge + crun + sqlite (default) or embedded etcd + flannel (built in) + OPA-Wasm (§17.4.2, §17.8.2, §17.2.2)',
    ]);
  });

  it('explains the total as Σ w·f and compares #1 with #2', () => {
    expect(section(lines, '## Rationale')).toEqual([
      '## Rationale',
      '',
      'Score = Σ wᵢ·fᵢ with the weights normalised to sum to 1; scores are out of 100.',
      '',
      '| Dimension | Score f | Weight | w·f |',
      '| --- | ---: | ---: | ---: |',
      '| Resource | 71.5 | 4 (28.6%) | 20.4 |',
      '| Performance | 51.8 | 3 (21.4%) | 11.1 |',
      '| Scale | 43.5 | 2 (14.3%) | 6.2 |',
      '| Availability | 100.0 | 2 (14.3%) | 14.3 |',
      '| Cost | 96.7 | 2 (14.3%) | 13.8 |',
      '| Maturity | 60.0 | 1 (7.1%) | 4.3 |',
      '| **Total** |  |  | **70.1** |',
      '',
      '### Against #2 (K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm)',
      '',
      '#1 leads by 1.4 points; the deciding dimension is **Cost** (+1.4 points of the gap).',
      '',
      '| Dimension | Δ f | Δ w·f |',
      '| --- | ---: | ---: |',
      '| Cost | +10.0 | +1.4 |',
      '| Resource | 0.0 | 0.0 |',
      '| Performance | 0.0 | 0.0 |',
      '| Scale | 0.0 | 0.0 |',
      '| Availability | 0.0 | 0.0 |',
      '| Maturity | 0.0 | 0.0 |',
    ]);
  });

  it('lists the compatibility rules that fire, with their seed sections', () => {
    expect(section(lines, '## Compatibility and requirement warnings')).toEqual([
      '## Compatibility and requirement warnings',
      '',
      'Compatibility:',
      '',
      '- warning: Docker images need conversion: compile to wasm32-wasi and build a Wasm image with OCI annotations. (§17.7.3)',
      '- warning: sqlite supports a single node and is a single point of failure (no HA). (§17.3.3)',
      '- warning: sqlite is not compatible with etcd: switching storage later needs a data migration. (§17.7.3)',
      '- warning: flannel has only basic network-policy support. (§17.3.3)',
    ]);
  });

  it('embeds the 17.8.1 path as text and mermaid, then the 17.6.2 flow', () => {
    const path = section(lines, '## Decision path');
    const requirements = presetInputs('edge').requirements;
    const tree = toMermaid(
      toTreeChart(GLOBAL_TREE, walkTree(GLOBAL_TREE, treeSignals(requirements, 'edge')), 'en'),
      readableLabel,
    );
    // Readable source: the tree's labels as written, no entity codes.
    expect(tree).toContain('"Level 1: scenario"');
    expect(path.slice(0, 12)).toEqual([
      '## Decision path',
      '',
      '### Global decision tree (17.8.1)',
      '',
      '1. Level 1: scenario → edge stack path',
      '2. Level 2: orchestration → K3s',
      '3. Level 3: runtime → WasmEdge + crun',
      '4. Level 4: storage → sqlite',
      '5. Level 5: network → flannel',
      '6. Level 6: policy → OPA-Wasm',
      '',
      '```mermaid',
    ]);
    expect(path.join('\n')).toContain(`\`\`\`mermaid\n${tree}\n\`\`\``);
    const flow = path.slice(path.indexOf('### Decision flow (17.6.2)'));
    expect(flow.slice(0, 5)).toEqual([
      '### Decision flow (17.6.2)',
      '',
      '```mermaid',
      'flowchart TD',
      '  n_needs("Identify scenario needs · Edge computing")',
    ]);
    expect(flow).toContain(
      '  n_choose["Choose the best scheme · K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm"]',
    );
    expect(flow.at(-1)).toBe('```');
  });

  it('ends with the share link', () => {
    expect(lines.slice(-6)).toEqual([
      '## Share link',
      '',
      'Opens the matrix with exactly these inputs:',
      '',
      `<${LINK}>`,
      '',
    ]);
  });
});

describe('toAdr: near-ties are co-recommended, never ordered by id', () => {
  it('large-scale: co-recommends the containerd and Docker stacks, the seed’s Docker + containerd + runc among them, and says they tie', () => {
    const lines = adrFor(presetInputs('large-scale'));
    // The seed's stack first: the id would put containerd first.
    expect(lines[0]).toBe(`# ADR: ${DOCKER} or ${CONTAINERD}`);
    expect(section(lines, '## Decision')).toEqual([
      '## Decision',
      '',
      'We co-recommend 2 stacks within 0.5 points of each other (#1 of 240); the score does not choose between them:',
      '',
      `- **${CONTAINERD}**: 69.1 / 100, fit: Match`,
      `- **${DOCKER}**: 69.1 / 100, fit: Match`,
      '',
      'They tie: the same score on every dimension, so the seed’s facts cannot separate them.',
      '',
      'Where they differ: Runtime (containerd / Docker)',
      '',
      'Runners-up:',
      '',
      '- #3 Kubernetes + containerd + runc + etcd + Cilium + Gatekeeper: 68.4 (0.7 points behind #1)',
      '- #3 Kubernetes + Docker + runc + etcd + Cilium + Gatekeeper: 68.4 (0.7 points behind #1)',
    ]);
    expect(section(lines, '## The seed’s stack for this scenario')).toEqual([
      '## The seed’s stack for this scenario',
      '',
      `The seed’s stack for Large-scale production, Traditional cloud-native stack is co-recommended (#1): ${DOCKER}.`,
      '',
      'Seed: Kubernetes + Docker + containerd + runc + etcd + Calico/Cilium + OPA + Gatekeeper (§17.4.1, §17.2.2)',
    ]);
    expect(lines.join('\n')).not.toMatch(/\bid\b/);
  });

  it('large-scale: the rationale holds for both tied stacks and compares them with the next stack, never “#1 against #2”', () => {
    const lines = adrFor(presetInputs('large-scale'));
    const rationale = section(lines, '## Rationale');
    expect(rationale).toEqual([
      '## Rationale',
      '',
      'Score = Σ wᵢ·fᵢ with the weights normalised to sum to 1; scores are out of 100.',
      '',
      `The co-recommended stacks score the same on every dimension, so one table holds for each: **${CONTAINERD}**, **${DOCKER}**.`,
      '',
      '| Dimension | Score f | Weight | w·f |',
      '| --- | ---: | ---: | ---: |',
      '| Resource | 30.6 | 2 (14.3%) | 4.4 |',
      '| Performance | 56.5 | 2 (14.3%) | 8.1 |',
      '| Scale | 100.0 | 3 (21.4%) | 21.4 |',
      '| Availability | 70.0 | 2 (14.3%) | 10.0 |',
      '| Cost | 36.7 | 2 (14.3%) | 5.2 |',
      '| Maturity | 93.3 | 3 (21.4%) | 20.0 |',
      '| **Total** |  |  | **69.1** |',
      '',
      '### Against the next stack (Kubernetes + containerd + runc + etcd + Cilium + Gatekeeper)',
      '',
      'The co-recommended stacks lead it by 0.7 points; the deciding dimension is **Cost** (+0.7 points of the gap).',
      '',
      '| Dimension | Δ f | Δ w·f |',
      '| --- | ---: | ---: |',
      '| Cost | +5.0 | +0.7 |',
      '| Resource | 0.0 | 0.0 |',
      '| Performance | 0.0 | 0.0 |',
      '| Scale | 0.0 | 0.0 |',
      '| Availability | 0.0 | 0.0 |',
      '| Maturity | 0.0 | 0.0 |',
    ]);
    expect(rationale.join('\n')).not.toMatch(/#2|#1 and/);
    const zh = adrFor(presetInputs('large-scale', { language: 'zh' }));
    expect(zh[0]).toBe(`# ADR：${DOCKER} 或 ${CONTAINERD}`);
    expect(section(zh, '## 理由').slice(4, 6)).toEqual([
      `并列推荐的技术栈每个维度得分都相同，下表对每一个都成立：**${CONTAINERD}**，**${DOCKER}**。`,
      '',
    ]);
    expect(section(zh, '## 理由').slice(16, 19)).toEqual([
      '### 与下一个技术栈（Kubernetes + containerd + runc + etcd + Cilium + Gatekeeper）相比',
      '',
      '并列推荐的技术栈领先它 0.7 分；决定性维度是 **成本**（贡献差距 +0.7 分）。',
    ]);
  });

  it('seed defaults: etcd and sqlite within 0.5 points are co-recommended, with what separates them', () => {
    const lines = adrFor(presetInputs('default'));
    expect(section(lines, '## Decision').slice(2, 12)).toEqual([
      'We co-recommend 2 stacks within 0.5 points of each other (#1 of 240); the score does not choose between them:',
      '',
      '- **K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm**: 66.6 / 100, fit: Match · warning',
      '- **K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm**: 66.2 / 100, fit: Match · warning',
      '',
      'A gap under 0.5 points is finer than the seed’s ratings support (one star of one fact moves a total by about 0.2–0.7 points).',
      '',
      'Where they differ: Storage (etcd / sqlite)',
      '',
      '- K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm − K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm, weighted points: Scale +5.8, Availability +3.1, Performance -1.3, Cost -2.9, Resource -4.3',
    ]);
    // A Σ w·f table for each near-tied stack, and each against the first stack outside the group.
    const rationale = section(lines, '## Rationale');
    expect(rationale.filter((l) => l.startsWith('**') || l.startsWith('#'))).toEqual([
      '## Rationale',
      '**K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm**:',
      '**K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm**:',
      '### Against the next stack (K3s + WasmEdge + crun + External DB + Calico + OPA-Wasm)',
    ]);
    expect(rationale.slice(-2)).toEqual([
      '- **K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm** leads it by 0.7 points; the deciding dimension is **Availability** (+3.1 points of the gap).',
      '- **K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm** leads it by 0.3 points; the deciding dimension is **Resource** (+2.9 points of the gap).',
    ]);
    expect(rationale).toContain('| **Total** |  |  | **66.2** |');
    // With nothing required, 17.8.1 falls to its default branches; 17.6.1's weights disagree.
    expect(section(lines, '## The seed’s stack for this scenario')).toEqual([
      '## The seed’s stack for this scenario',
      '',
      '#1 is not the seed’s stack for Seed defaults, 17.8.1 default branches.',
      '',
      'Seed: K3s (default) + Docker + runc (default, mature) + sqlite (default) + flannel (default) + OPA-Wasm (recommended) (§17.8.1)',
      '',
      'The seed’s stack ranks #69 of 240 (a rank shared by 8 stacks) as **K3s + Docker + runc + sqlite + flannel + OPA-Wasm**, 8.5 points behind #1.',
      '',
      'What decides it:',
      '',
      '- Layers: Runtime WasmEdge (seed: Docker), OCI runtime crun (seed: runc), Storage etcd (seed: sqlite), Network Calico (seed: flannel)',
      '- Weighted points in #1’s favour: Scale +7.7, Performance +3.2, Availability +3.1',
    ]);
  });
});

describe('toAdr: the seed’s stack for the scenario', () => {
  it('hybrid: the central tier differs from the seed’s K8s + Docker + etcd + Calico + OPA-Wasm (#3, 3.6 points behind), the edge tier agrees', () => {
    const lines = adrFor(presetInputs('hybrid'));
    expect(section(lines, '## The seed’s stack for this scenario')).toEqual([
      '## The seed’s stack for this scenario',
      '',
      '### Central tier — Large-scale production',
      '',
      '#1 of this tier: **Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm** (67.6 / 100, of 60 stacks).',
      '',
      '#1 is not the seed’s stack for Hybrid, Central tier.',
      '',
      'Seed: K8s (central) + Docker (central) + etcd (central) + Calico (central) + OPA-Wasm (unified) (§17.2.2)',
      '',
      'The seed’s stack ranks #3 of 60 (a rank shared by 4 stacks) as **Kubernetes + Docker + runc + etcd + Calico + OPA-Wasm**, 3.6 points behind #1.',
      '',
      'What decides it:',
      '',
      '- Layers: Runtime WasmEdge (seed: Docker), OCI runtime crun (seed: runc)',
      '- Weighted points in #1’s favour: Resource +1.4, Performance +1.3, Cost +0.9',
      '',
      '### Edge tier — Edge computing',
      '',
      '#1 of this tier: **K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm** (70.1 / 100, of 240 stacks).',
      '',
      '#1 is the seed’s stack for Hybrid, Edge tier.',
      '',
      'Seed: K3s (edge) + WasmEdge (edge) + sqlite (edge) + flannel (edge) + OPA-Wasm (unified) (§17.2.2)',
      '',
      'One policy layer for both tiers, as the seed says (“OPA-Wasm（统一）”): the edge tier picks OPA-Wasm and the central tier is ranked among stacks with it. (§17.2.2)',
    ]);
  });

  it('serverless beyond 1000 nodes (custom inputs): the seed’s large-scale Kubernetes + etcd + Calico stack is #1', () => {
    const base = presetInputs('serverless');
    const lines = adrFor({
      ...base,
      scenarioId: null,
      requirements: { ...base.requirements, nodes: 2000 },
    });
    expect(section(lines, '## The seed’s stack for this scenario')).toEqual([
      '## The seed’s stack for this scenario',
      '',
      '#1 is the seed’s stack for Serverless, Large (> 1000 nodes): Kubernetes.',
      '',
      'Seed: Kubernetes (large) + WasmEdge + crun + etcd (Kubernetes) + Calico (Kubernetes) + OPA-Wasm (§17.8.2, §17.4.3, §17.4.1)',
      '',
      'Custom inputs: compared with the stack the seed names for Serverless.',
    ]);
  });

  it('serverless at 10 nodes: the seed’s K3s + sqlite stack scores 4.8 points more but fails a requirement, so fit decides (17.6.2) — no negative “behind”, no lead for #1', () => {
    const base = presetInputs('serverless');
    const inputs = { ...base, scenarioId: null, requirements: { ...base.requirements, nodes: 10 } };
    expect(section(adrFor(inputs), '## The seed’s stack for this scenario')).toEqual([
      '## The seed’s stack for this scenario',
      '',
      '#1 is not the seed’s stack for Serverless, Small: K3s.',
      '',
      'Seed: K3s (small) + WasmEdge + crun + sqlite (K3s) + flannel (K3s) + OPA-Wasm (§17.8.2, §17.4.3)',
      '',
      'The seed’s stack ranks #37 of 240 as **K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm** but scores 4.8 points more than #1: it fails the requirements (sqlite supports at most 1 node; 10 required), so fit decides (17.6.2).',
      '',
      'What decides it:',
      '',
      '- Layers: Storage etcd (seed: sqlite)',
      '- Requirement fit: #1 Match, the seed’s stack Mismatch; fit ranks before score (17.6.2)',
      '',
      'Custom inputs: compared with the stack the seed names for Serverless.',
    ]);
    const zh = adrFor({ ...inputs, language: 'zh' });
    expect(section(zh, '## 种子文档为此场景给出的技术栈').slice(6, 13)).toEqual([
      '种子文档的技术栈以 **K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm** 排第 37 名（共 240 个），但得分比第 1 名高 4.8 分：它不满足需求（sqlite 至多 1 节点，需求 10），因此由匹配决定（17.6.2）。',
      '',
      '决定因素：',
      '',
      '- 层：存储 etcd（种子：sqlite）',
      '- 需求匹配：第 1 名匹配，种子技术栈不匹配；匹配优先于得分（17.6.2）',
      '',
    ]);
  });

  it('writes the hybrid’s disagreement in Chinese', () => {
    const lines = adrFor(presetInputs('hybrid', { language: 'zh' }));
    const seed = section(lines, '## 种子文档为此场景给出的技术栈');
    expect(seed.slice(6, 16)).toEqual([
      '第 1 名不是种子文档为「混合架构·中心层」给出的技术栈。',
      '',
      '种子：K8s（中心）+ Docker（中心）+ etcd（中心）+ Calico（中心）+ OPA-Wasm（统一）（§17.2.2）',
      '',
      '种子文档的技术栈以 **Kubernetes + Docker + runc + etcd + Calico + OPA-Wasm** 排第 3 名（共 60 个，4 个技术栈并列此名），落后第 1 名 3.6 分。',
      '',
      '决定因素：',
      '',
      '- 层：运行时 WasmEdge（种子：Docker），OCI 运行时 crun（种子：runc）',
      '- 第 1 名领先的加权分：资源 +1.4，性能 +1.3，成本 +0.9',
    ]);
  });
});

describe('toAdr, hybrid preset: each tier’s #1 under its own scenario, not the slider ranking’s', () => {
  const CENTRAL = 'Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm';

  it('titles and decides per tier, says the tiers use their own scenarios’ inputs', () => {
    const lines = adrFor(presetInputs('hybrid'));
    expect(lines[0]).toBe(`# ADR: Central tier: ${CENTRAL}; Edge tier: ${TOP}`);
    expect(section(lines, '## Top 10')[2]).toBe(
      'This table ranks the weights and requirements above; the decision below ranks each tier with its own scenario’s (17.2.2).',
    );
    expect(section(lines, '## Decision')).toEqual([
      '## Decision',
      '',
      'Hybrid (17.2.2): each tier is ranked with its own scenario’s weights and requirements, not with the weights and requirements above.',
      '',
      '### Central tier — Large-scale production',
      '',
      `We choose **${CENTRAL}**: #1 of 60 stacks, 67.6 / 100, fit: Match · warning.`,
      '',
      'Runners-up:',
      '',
      '- #2 Kubernetes + WasmEdge + crun + etcd + Cilium + OPA-Wasm: 66.9 (0.7 points behind #1)',
      '- #3 Kubernetes + containerd + crun + etcd + Calico + OPA-Wasm: 64.0 (3.6 points behind #1)',
      '',
      '### Edge tier — Edge computing',
      '',
      `We choose **${TOP}**: #1 of 240 stacks, 70.1 / 100, fit: Match · warning.`,
      '',
      'Runners-up:',
      '',
      '- #2 K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm: 68.7 (1.4 points behind #1)',
      '- #3 K3s + WasmEdge + crun + sqlite + flannel + Kyverno: 68.2 (1.9 points behind #1)',
    ]);
    // The slider ranking's co-recommended K3s + etcd / sqlite + Calico pair is no decision here.
    const decided = [
      lines[0]!,
      ...section(lines, '## Decision'),
      ...section(lines, '## Rationale'),
    ];
    expect(decided.join('\n')).not.toContain('K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm');
  });

  it('explains each tier’s #1 with that tier’s weights', () => {
    const rationale = section(adrFor(presetInputs('hybrid')), '## Rationale');
    expect(rationale.filter((l) => /^#+ /.test(l))).toEqual([
      '## Rationale',
      '### Central tier — Large-scale production',
      '#### Against #2 (Kubernetes + WasmEdge + crun + etcd + Cilium + OPA-Wasm)',
      '### Edge tier — Edge computing',
      '#### Against #2 (K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm)',
    ]);
    // Large-scale weighs maturity 3 of 14; the slider weights give it 1 of 13.
    expect(rationale).toContain('| Maturity | 60.0 | 3 (21.4%) | 12.9 |');
    expect(rationale).toContain('| **Total** |  |  | **67.6** |');
    expect(rationale).toContain(
      '#1 leads by 0.7 points; the deciding dimension is **Cost** (+0.7 points of the gap).',
    );
    expect(rationale).toContain('| **Total** |  |  | **70.1** |');
  });

  it('writes the tiers’ decision in Chinese', () => {
    const lines = adrFor(presetInputs('hybrid', { language: 'zh' }));
    expect(lines[0]).toBe(`# ADR：中心层：${CENTRAL}；边缘层：${TOP}`);
    expect(section(lines, '## 决策').slice(0, 8)).toEqual([
      '## 决策',
      '',
      '混合架构（17.2.2）：两层分别按各自场景的权重与需求排名，而不是按上面的权重与需求。',
      '',
      '### 中心层——大规模生产',
      '',
      `选择 **${CENTRAL}**：第 1 名（共 60 个），67.6 / 100，匹配：匹配 · 警告。`,
      '',
    ]);
    expect(lines).toContain('### 边缘层——边缘计算');
    expect(lines).toContain(
      `选择 **${TOP}**：第 1 名（共 240 个），70.1 / 100，匹配：匹配 · 警告。`,
    );
  });

  it('custom inputs started from the hybrid are ranked as the sliders say', () => {
    const lines = adrFor(presetInputs('hybrid', { scenarioId: null }));
    expect(lines[0]).toBe(
      '# ADR: K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm or K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm',
    );
    expect(lines).not.toContain('### Central tier — Large-scale production');
  });
});

describe('toAdr in other situations', () => {
  it('writes Chinese in the Chinese interface', () => {
    const lines = adrFor(presetInputs('edge', { language: 'zh' }));
    expect(lines.slice(0, 11)).toEqual([
      `# ADR：${TOP}`,
      '',
      '- 日期：2026-11-25',
      '- 状态：提议',
      '- 方法：Stack Decision Matrix，种子文档第 17 章：Score = Σ wᵢ·fᵢ，六个维度',
      '',
      '## 背景与需求',
      '',
      '技术目录：种子文档的目录（第 17 章）',
      '',
      '场景：**边缘计算** — 边缘节点、IoT、5G MEC：资源受限、低延迟、离线。',
    ]);
    expect(lines).toContain(
      '排名：需求匹配优先（17.6.2）；隐藏无效技术栈。共排名 240 个技术栈：匹配 12，部分匹配 12，不匹配 216。',
    );
    expect(lines).toContain('- 警告：sqlite 只支持 1 个节点，且是单点（无高可用）。（§17.3.3）');
    expect(lines).toContain('1. 第 1 层：场景识别 → 边缘技术栈路径');
    expect(lines).toContain('第 1 名就是种子文档为「边缘计算·边缘计算技术栈」给出的技术栈。');
  });

  it('names the deciding dimension when #1 leads #2 on score by more than 0.5 points (edge preset)', () => {
    const lines = adrFor(presetInputs('edge'));
    expect(lines).toContain(
      '#1 leads by 1.4 points; the deciding dimension is **Cost** (+1.4 points of the gap).',
    );
    expect(lines).toContain('| Cost | +10.0 | +1.4 |');
  });

  it('says when #1 ranks first on fit although #2 scores more', () => {
    const inputs = presetInputs('edge');
    const ranking = rankFor(
      seedCatalogue,
      inputs.requirements,
      inputs.weights,
      { mode: 'fitFirst', showInvalid: false },
      scenarioById('edge'),
    );
    const [a, , c] = ranking as [RankingRow, RankingRow, RankingRow];
    const partly = { ...a, rank: 2, match: { ...a.match, status: 'partial' as const } };
    const lines = adrFor(inputs, { ranking: [{ ...c, rank: 1 }, partly] });
    expect(lines).toContain(
      '#2 scores 1.9 points more, but #1 ranks first on requirement fit (17.6.2).',
    );
    expect(lines).toContain(
      `- #2 ${TOP}: 70.1 (1.9 points above #1, ranked lower on requirement fit)`,
    );
  });

  it('describes custom inputs by the preset they started from', () => {
    const lines = adrFor(presetInputs('edge', { scenarioId: null }));
    expect(lines).toContain(
      'Scenario: **Custom inputs, starting from Edge computing** — Edge nodes, IoT, 5G MEC: constrained, low-latency, offline.',
    );
  });

  it('names a seed alternative applied as such, not as custom inputs', () => {
    const serverless = scenarioById('serverless');
    const lines = adrFor(
      presetInputs('serverless', {
        scenarioId: null,
        requirements: { ...serverless.requirements, nodes: 1001 },
      }),
    );
    expect(lines.find((line) => line.startsWith('Scenario: '))).toBe(
      `Scenario: **Serverless, Large (> 1000 nodes): Kubernetes** — ${serverless.description.en}`,
    );
  });

  it('escapes hostile names in the title and tables', () => {
    const inputs = presetInputs('edge');
    const ranking = rankFor(
      seedCatalogue,
      inputs.requirements,
      inputs.weights,
      { mode: 'fitFirst', showInvalid: false },
      scenarioById('edge'),
    );
    const top = ranking[0]!;
    const hostile = {
      ...top,
      stack: { ...top.stack, parts: { ...top.stack.parts, orchestration: 'A | B\n# <b>x</b>' } },
    };
    const lines = adrFor(inputs, { ranking: [hostile, ...ranking.slice(1)] });
    const name = 'WasmEdge + crun + sqlite + flannel + OPA-Wasm';
    expect(lines[0]).toBe(`# ADR: A | B # &lt;b>x&lt;/b> + ${name}`);
    expect(lines).toContain(
      `| 1 | A \\| B # &lt;b>x&lt;/b> + ${name} | 70.1 | 71 | 52 | 43 | 100 | 97 | 60 | Match · warning |`,
    );
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1);
  });

  it('survives an empty ranking', () => {
    const lines = adrFor(presetInputs('edge'), { ranking: [] });
    expect(lines[0]).toBe('# ADR: no stack');
    expect(section(lines, '## Decision')).toEqual([
      '## Decision',
      '',
      'No stack can be chosen: the ranking is empty.',
    ]);
  });

  it('notes when no stack meets every requirement and lists the failed checks', () => {
    const inputs = presetInputs('edge', {
      requirements: { ...presetInputs('edge').requirements, nodes: 5000, highAvailability: true },
    });
    const lines = adrFor(inputs);
    expect(lines).toContain(
      'No stack meets every requirement: this is the best available compromise (17.6.2).',
    );
    expect(lines).toContain('Requirement checks not met:');
  });
});

describe('toAdr tells the app’s readings from the seed’s statements', () => {
  const inputs = presetInputs('edge');
  const row = rankFor(
    seedCatalogue,
    inputs.requirements,
    inputs.weights,
    { mode: inputs.rankMode, showInvalid: true },
    scenarioById('edge'),
  ).find((r) => r.stack.id === 'k3s+docker+runc+sqlite+flannel+opa-wasm')!;

  it('writes "reading of §17.3.4" for the OPA-Wasm host rule and "§17.3.3" for a citation', () => {
    const lines = adrFor(inputs, { ranking: [row] });
    expect(section(lines, '## Compatibility and requirement warnings').slice(0, 8)).toEqual([
      '## Compatibility and requirement warnings',
      '',
      'Compatibility:',
      '',
      '- warning: sqlite supports a single node and is a single point of failure (no HA). (§17.3.3)',
      '- warning: sqlite is not compatible with etcd: switching storage later needs a data migration. (§17.7.3)',
      '- warning: flannel has only basic network-policy support. (§17.3.3)',
      '- warning: OPA-Wasm integrates through WasmEdge + Gatekeeper; without WasmEdge in the runtime layer it needs another Wasm host. (reading of §17.3.4)',
    ]);
  });

  it('writes “对 §17.3.4 的解读” in Chinese', () => {
    const lines = adrFor({ ...inputs, language: 'zh' }, { ranking: [row] });
    expect(lines.filter((l) => l.includes('OPA-Wasm 的集成方式'))).toEqual([
      '- 警告：OPA-Wasm 的集成方式是 WasmEdge + Gatekeeper；运行时层没有 WasmEdge 时需另备 Wasm 宿主。（对 §17.3.4 的解读）',
    ]);
  });
});

describe('toAdr follows a catalogue of the user’s', () => {
  // The seed plus a gateway layer (Kong, Traefik) and a security dimension, without 17.8.2,
  // its edge scenario renamed.
  const custom: Catalogue = {
    ...withSecurity(withGateway(seedCatalogue)),
    sections: seedCatalogue.sections.filter((s) => s.id !== '17.8.2'),
    scenarios: seedCatalogue.scenarios.map((s) =>
      s.id === 'edge' ? { ...s, name: { zh: '团队边缘', en: 'Team edge' } } : s,
    ),
  };
  const s = scenarioById('edge', custom);
  const inputs: Inputs = {
    ...defaultInputs(custom),
    weights: presetWeights(custom, s),
    requirements: { ...s.requirements },
    scenarioId: 'edge',
    baseScenarioId: 'edge',
  };
  const ranking = rankFor(
    custom,
    inputs.requirements,
    inputs.weights,
    { mode: 'fitFirst', showInvalid: false },
    s,
  );
  const lines = toAdr({ inputs, ranking, catalogue: custom, shareUrl: LINK, date: DATE }).split(
    '\n',
  );

  it('says the catalogue is the team’s own and what it changes from the seed’s', () => {
    expect(lines[8]).toBe(
      'Catalogue: the team’s own, which differs from the seed’s: 2 technologies added, 1 layer added, 1 dimension added, 1 scenario changed, 1 section removed',
    );
  });

  it('counts, weighs and tabulates its seven dimensions', () => {
    expect(lines[4]).toBe(
      '- Method: Stack Decision Matrix, seed chapter 17: Score = Σ wᵢ·fᵢ over seven dimensions',
    );
    expect(section(lines, '## Weights').at(-1)).toBe('| Security | 2 | 12.5% | default: 2 |');
    const top = section(lines, '## Top 10');
    expect(top[2]).toBe(
      '| # | Stack | Total | Resource | Performance | Scale | Availability | Cost | Maturity | Security | Fit |',
    );
    expect(top[3]).toBe(
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    expect(top[4]).toBe(
      '| 1 | K3s + WasmEdge + crun + sqlite + Cilium + OPA-Wasm + Kong | 70.1 | 64 | 52 | 43 | 100 | 82 | 60 | 100 | Match · warning |',
    );
  });

  it('names its scenario in the context and the decision flow', () => {
    expect(lines.find((line) => line.startsWith('Scenario: '))).toBe(
      'Scenario: **Team edge** — Edge nodes, IoT, 5G MEC: constrained, low-latency, offline.',
    );
    expect(lines.some((line) => line.includes('Identify scenario needs · Team edge'))).toBe(true);
  });

  it('names its layers and cites only the sections it holds', () => {
    expect(lines).toContain('Where they differ: API gateway (Kong / Traefik)');
    expect(lines).toContain(
      'Seed: K3s + WasmEdge + crun + sqlite (default) or embedded etcd + flannel (built in) + OPA-Wasm (§17.4.2, §17.2.2)',
    );
    expect(lines).toContain('| Security | 100.0 | 2 (12.5%) | 12.5 |');
  });
});

describe('toAdr: how sure are we', () => {
  const A = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
  const B = 'k3s+wasmedge+crun+etcd+calico+opa-wasm';
  const interval = (dimension: string, value: number, low: number, high: number) => ({
    dimension,
    value,
    low,
    high,
    valueShare: 0,
    lowShare: 0,
    highShare: 0,
    below: low > 0 ? B : null,
    above: high < 5 ? B : null,
  });
  const confidence: AdrInput['confidence'] = {
    stability: {
      top: A,
      intervals: [
        interval('resource', 4, 2.5, 5),
        interval('performance', 3, 0, 3.25),
        interval('scale', 2, 0, 5),
        interval('availability', 2, 0, 5),
        interval('cost', 2, 0, 5),
        interval('maturity', 1, 0, 5),
      ],
      nearest: {
        dimension: 'performance',
        direction: 'up',
        at: 3.25,
        share: 0.2,
        top: A,
        replacement: B,
        distance: 0.25,
      },
      exact: true,
    },
    dominance: { considered: 240, efficient: 28, exact: true, dominatedBy: {} },
    agreement: {
      current: 'weightedSum',
      compared: [A, B],
      methods: [
        { method: 'weightedSum', top: A, topK: [A, B], sameTop: true, tau: 1 },
        { method: 'weightedProduct', top: A, topK: [A, B], sameTop: true, tau: 0.8222 },
        { method: 'topsis', top: B, topK: [B, A], sameTop: false, tau: -1 },
      ],
    },
    review: {
      tops: [A, null],
      combined: {
        mean: 'geometric',
        reviewerShares: [
          [0.5, 0.1, 0.1, 0.1, 0.1, 0.1],
          [0.1, 0.1, 0.1, 0.1, 0.5, 0.1],
        ],
        shares: [0.2639, 0.118, 0.118, 0.118, 0.2639, 0.118],
        weights: [5, 2.24, 2.24, 2.24, 5, 2.24],
        spread: [0, 4, 1, 2, 3, 5].map((dimension) => ({
          dimension,
          min: 0.1,
          max: dimension === 0 || dimension === 4 ? 0.5 : 0.1,
          sd: dimension === 0 || dimension === 4 ? 0.2 : 0,
          zeros: 0,
        })),
      },
    },
  };
  confidence!.strips = [
    {
      axis: AXIS_RANGES.nodes,
      segments: [],
      boundaries: [
        {
          axis: 'nodes',
          at: 1001,
          from: B,
          to: B.replace('k3s', 'kubernetes'),
          changed: [{ layer: 'orchestration', from: 'k3s', to: 'kubernetes' }],
        },
      ],
      exact: true,
    },
    { axis: AXIS_RANGES.memoryPerNodeMB, segments: [], boundaries: [], exact: true },
  ];
  const judgements = [1, 1, 1, -3, 1, 1, 1, -3, 1, 1, -3, 1, -3, 1, 3];

  it('reports the method’s agreement, the #1’s stable ranges, the efficient set, AHP and the reviewers', () => {
    const lines = adrFor(presetInputs('edge', { judgements }), { confidence });
    expect(section(lines, '## How sure are we')).toEqual([
      '## How sure are we',
      '',
      'Aggregation: Weighted sum — Score = Σ wᵢ·fᵢ, the seed’s model (17.9.2)',
      '',
      '### Do the methods agree?',
      '',
      'The same weights combined three ways; τ (Kendall’s τ-b) compares the current method’s top 10 with the order each method gives those stacks (1: same order, −1: reversed).',
      '',
      '| Method | #1 | Same #1 | τ (top 10) |',
      '| --- | --- | --- | ---: |',
      '| Weighted sum (used above) | K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm | — | 1.00 |',
      '| Weighted product | K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm | yes | 0.82 |',
      '| TOPSIS | K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm | no | -1.00 |',
      '',
      '### Stability of the #1',
      '',
      'Above 3.25 for Performance (share 20 %), K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm replaces K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm at #1.',
      '',
      '| Dimension | Weight | Range of this weight (others unchanged) |',
      '| --- | ---: | --- |',
      '| Resource | 4 | #1 stays #1 from 2.5 to 5 |',
      '| Performance | 3 | #1 stays #1 from 0 to 3.25 |',
      '| Scale | 2 | #1 stays #1 over the whole range |',
      '| Availability | 2 | #1 stays #1 over the whole range |',
      '| Cost | 2 | #1 stays #1 over the whole range |',
      '| Maturity | 1 | #1 stays #1 over the whole range |',
      '',
      '### Where the recommendation flips',
      '',
      '- Nodes: above 1,000 nodes: Kubernetes',
      '- Memory per node: the #1 is the same from 128 to 4,096',
      '',
      '### Efficient set',
      '',
      '28 of 240 compatible stacks are not dominated (no other stack is at least as good on every dimension and better on one).',
      '',
      '### Pairwise weights (AHP)',
      '',
      '15 pairwise judgements; consistency ratio 0 (acceptable: at most 0.10).',
      '',
      '| Dimension | Priority (eigenvector) |',
      '| --- | ---: |',
      '| Resource | 12.5% |',
      '| Performance | 12.5% |',
      '| Scale | 12.5% |',
      '| Availability | 12.5% |',
      '| Cost | 37.5% |',
      '| Maturity | 12.5% |',
      '',
      '### Group review',
      '',
      '2 reviewers, weights combined by the geometric mean; they disagree most on Resource, Cost.',
      '',
      '| Dimension | Reviewer 1 | Reviewer 2 | Combined |',
      '| --- | ---: | ---: | ---: |',
      '| Resource | 50.0% | 10.0% | 26.4% |',
      '| Performance | 10.0% | 10.0% | 11.8% |',
      '| Scale | 10.0% | 10.0% | 11.8% |',
      '| Availability | 10.0% | 10.0% | 11.8% |',
      '| Cost | 10.0% | 50.0% | 26.4% |',
      '| Maturity | 10.0% | 10.0% | 11.8% |',
      '',
      '- Reviewer 1’s #1: K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm',
      '- Reviewer 2’s #1: no stack',
    ]);
  });

  it('names another method in the header and the rationale', () => {
    const lines = adrFor(presetInputs('edge', { method: 'topsis' }));
    expect(lines).toContain(
      '- Method: Stack Decision Matrix, seed chapter 17: TOPSIS closeness (the seed’s model is Σ wᵢ·fᵢ) over six dimensions',
    );
    expect(lines).toContain(
      'Score = Σ wᵢ·fᵢ with the weights normalised to sum to 1; scores are out of 100. The ranking above is by TOPSIS; the contributions below are the weighted sum’s, which explain each dimension’s part.',
    );
    expect(section(lines, '## How sure are we').slice(0, 3)).toEqual([
      '## How sure are we',
      '',
      'Aggregation: TOPSIS — closeness to the ideal stack, away from the worst (vector normalisation)',
    ]);
  });
});
