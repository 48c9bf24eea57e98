import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { toTreeChart } from '../../components/diagrams/to-tree-chart';
import { toMermaid } from '../../components/mermaid/flowchart';
import { GLOBAL_TREE, walkTree } from '../../engine/decision-tree';
import type { RankingRow } from '../../engine/evaluate';
import { treeSignals } from '../../engine/tree-signals';
import { defaultInputs, scenarioById, type Inputs } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
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

function adrFor(inputs: Inputs, patch: Partial<AdrInput> = {}): string[] {
  const ranking = rankFor(inputs.requirements, inputs.weights, {
    mode: inputs.rankMode,
    showInvalid: inputs.showInvalid,
  });
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

const TOP = 'K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm';

describe('toAdr, edge preset in English', () => {
  const lines = adrFor(presetInputs('edge'));

  it('opens with the title, date, status and context', () => {
    expect(lines.slice(0, 30)).toEqual([
      `# ADR: ${TOP}`,
      '',
      '- Date: 2026-11-25',
      '- Status: Proposed',
      '- Method: Stack Decision Matrix, seed chapter 17: Score = Σ wᵢ·fᵢ over six dimensions',
      '',
      '## Context and requirements',
      '',
      'Scenario: **Edge computing** — Edge nodes, IoT, 5G MEC: constrained, low-latency, offline.',
      '',
      'Requirements:',
      '',
      '- 1 node',
      '- cold start ≤ 10 ms',
      '- offline',
      '',
      'Ranking: requirement fit first (17.6.2); invalid stacks hidden. 240 stacks ranked: 12 match, 0 partial, 228 fail.',
      '',
      '## Weights',
      '',
      '| Dimension | Weight | Share | Seed (17.6.1) |',
      '| --- | ---: | ---: | --- |',
      '| Resource | 4 | 40.0% | high |',
      '| Performance | 3 | 30.0% | high |',
      '| Scale | 0 | 0.0% | medium |',
      '| Availability | 2 | 20.0% | medium |',
      '| Cost | 0 | 0.0% | medium |',
      '| Maturity | 1 | 10.0% | low |',
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
      `| 1 | ${TOP} | 77.2 | 71 | 75 | 43 | 100 | 87 | 60 | Match · warning |`,
      '| 2 | K3s + WasmEdge + crun + sqlite + Cilium + OPA-Wasm | 77.2 | 71 | 75 | 43 | 100 | 82 | 60 | Match · warning |',
    ]);
    expect(table.at(-1)).toBe(
      '| 10 | K3s + WasmEdge + crun + sqlite + flannel + Kyverno | 70.7 | 63 | 63 | 43 | 100 | 97 | 67 | Match · warning |',
    );
  });

  it('names the choice and its runners-up with the gap', () => {
    expect(section(lines, '## Decision')).toEqual([
      '## Decision',
      '',
      `We choose **${TOP}**: #1 of 240 stacks, 77.2 / 100, fit: Match · warning.`,
      '',
      'Runners-up:',
      '',
      '- #2 K3s + WasmEdge + crun + sqlite + Cilium + OPA-Wasm: 77.2 (tied with #1, ordered by id)',
      '- #3 K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm: 74.2 (3.0 points behind #1)',
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
      '| Resource | 71.5 | 4 (40.0%) | 28.6 |',
      '| Performance | 75.5 | 3 (30.0%) | 22.6 |',
      '| Scale | 43.5 | 0 (0.0%) | 0.0 |',
      '| Availability | 100.0 | 2 (20.0%) | 20.0 |',
      '| Cost | 86.7 | 0 (0.0%) | 0.0 |',
      '| Maturity | 60.0 | 1 (10.0%) | 6.0 |',
      '| **Total** |  |  | **77.2** |',
      '',
      '### Against #2 (K3s + WasmEdge + crun + sqlite + Cilium + OPA-Wasm)',
      '',
      '#1 and #2 score the same; the order between them is by id.',
      '',
      '| Dimension | Δ f | Δ w·f |',
      '| --- | ---: | ---: |',
      '| Resource | 0.0 | 0.0 |',
      '| Performance | 0.0 | 0.0 |',
      '| Scale | 0.0 | 0.0 |',
      '| Availability | 0.0 | 0.0 |',
      '| Cost | +5.0 | 0.0 |',
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
    ]);
  });

  it('embeds the 17.8.1 path as text and mermaid, then the 17.6.2 flow', () => {
    const path = section(lines, '## Decision path');
    const requirements = presetInputs('edge').requirements;
    const tree = toMermaid(
      toTreeChart(GLOBAL_TREE, walkTree(GLOBAL_TREE, treeSignals(requirements, 'edge')), 'en'),
    );
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
      '  n_needs("Identify scenario needs #183; Edge computing")',
    ]);
    expect(flow).toContain(
      '  n_choose["Choose the best scheme #183; K3s #43; WasmEdge #43; crun #43; sqlite #43; Calico #43; OPA#45;Wasm"]',
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

describe('toAdr in other situations', () => {
  it('writes Chinese in the Chinese interface', () => {
    const lines = adrFor(presetInputs('edge', { language: 'zh' }));
    expect(lines.slice(0, 9)).toEqual([
      `# ADR：${TOP}`,
      '',
      '- 日期：2026-11-25',
      '- 状态：提议',
      '- 方法：Stack Decision Matrix，种子文档第 17 章：Score = Σ wᵢ·fᵢ，六个维度',
      '',
      '## 背景与需求',
      '',
      '场景：**边缘计算** — 边缘节点、IoT、5G MEC：资源受限、低延迟、离线。',
    ]);
    expect(lines).toContain(
      '排名：需求匹配优先（17.6.2）；隐藏无效技术栈。共排名 240 个技术栈：匹配 12，部分匹配 0，不匹配 228。',
    );
    expect(lines).toContain('- 警告：sqlite 只支持 1 个节点，且是单点（无高可用）。（§17.3.3）');
    expect(lines).toContain('1. 第 1 层：场景识别 → 边缘技术栈路径');
  });

  it('names the deciding dimension when #1 leads #2 on score (seed defaults)', () => {
    const lines = adrFor(presetInputs('default'));
    expect(lines).toContain(
      '#1 leads by 0.3 points; the deciding dimension is **Resource** (+2.9 points of the gap).',
    );
    expect(lines).toContain('| Scale | -37.5 | -5.8 |');
  });

  it('says when #1 ranks first on fit although #2 scores more', () => {
    const inputs = presetInputs('edge');
    const ranking = rankFor(inputs.requirements, inputs.weights, {
      mode: 'fitFirst',
      showInvalid: false,
    });
    const [a, , c] = ranking as [RankingRow, RankingRow, RankingRow];
    const lines = adrFor(inputs, {
      ranking: [
        { ...c, rank: 1 },
        { ...a, rank: 2 },
      ],
    });
    expect(lines).toContain(
      '#2 scores 3.0 points more, but #1 ranks first on requirement fit (17.6.2).',
    );
    expect(lines).toContain(
      `- #2 ${TOP}: 77.2 (3.0 points above #1, ranked lower on requirement fit)`,
    );
  });

  it('describes custom inputs by the preset they started from', () => {
    const lines = adrFor(presetInputs('edge', { scenarioId: null }));
    expect(lines).toContain(
      'Scenario: **Custom inputs, starting from Edge computing** — Edge nodes, IoT, 5G MEC: constrained, low-latency, offline.',
    );
  });

  it('escapes hostile names in the title and tables', () => {
    const inputs = presetInputs('edge');
    const ranking = rankFor(inputs.requirements, inputs.weights, {
      mode: 'fitFirst',
      showInvalid: false,
    });
    const top = ranking[0]!;
    const hostile = {
      ...top,
      stack: { ...top.stack, parts: { ...top.stack.parts, orchestration: 'A | B\n# <b>x</b>' } },
    };
    const lines = adrFor(inputs, { ranking: [hostile, ...ranking.slice(1)] });
    const name = 'WasmEdge + crun + sqlite + Calico + OPA-Wasm';
    expect(lines[0]).toBe(`# ADR: A | B # &lt;b>x&lt;/b> + ${name}`);
    expect(lines).toContain(
      `| 1 | A \\| B # &lt;b>x&lt;/b> + ${name} | 77.2 | 71 | 75 | 43 | 100 | 87 | 60 | Match · warning |`,
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
