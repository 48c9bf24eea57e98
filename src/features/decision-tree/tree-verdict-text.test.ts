import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { scenarios } from '../../catalogue/scenarios';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { variantInputs } from '../../engine/conformance';
import { GLOBAL_TREE, walkTree } from '../../engine/decision-tree';
import { assessStacks, prepareCatalogue, rankAssessed } from '../../engine/evaluate';
import { focusOf } from '../../engine/technology-scores';
import { treeSignals } from '../../engine/tree-signals';
import { treeVerdictText } from './tree-verdict-text';
import { treeVsRanking, type TreeVerdict } from './tree-vs-ranking';

const prepared = prepareCatalogue(seedCatalogue);
const names = namesOf(seedCatalogue);

/** The global tree's verdict on a scenario variant's preset ranking (fit first, invalid hidden). */
function verdictFor(scenarioId: string, variantId: string) {
  const scenario = scenarios.find((s) => s.id === scenarioId)!;
  const variant = scenario.variants.find((v) => v.id === variantId)!;
  const { weights, requirements } = variantInputs(seedCatalogue, scenario, variant);
  const ranking = rankAssessed(assessStacks(prepared, requirements, focusOf(scenario)), weights, {
    mode: 'fitFirst',
    showInvalid: false,
  });
  const path = walkTree(GLOBAL_TREE, treeSignals(requirements, scenario.id));
  return treeVsRanking(path.recommendation, ranking, weights)!;
}

describe('treeVerdictText', () => {
  it('large-scale: the tie of containerd and Docker differs from the tree in Policy only, never Runtime', () => {
    const verdict = verdictFor('large-scale', 'cloud-native');
    expect(treeVerdictText(verdict, 'en', names)).toEqual({
      agrees: false,
      headline:
        'None of the 2 co-recommended stacks follows the tree: each differs from it in Policy.',
      why: 'The weights decide: the co-recommended stacks lead the best tree-following stack (Kubernetes + Docker + runc + etcd + Calico + OPA-Wasm) by 5.2 points, most of it from Maturity.',
    });
    expect(treeVerdictText(verdict, 'zh', names)).toEqual({
      agrees: false,
      headline: '2 个并列推荐的技术栈都不遵循决策树：都在 策略 上与决策树不同。',
      why: '权重决定：并列推荐的技术栈比最佳的遵循决策树的栈（Kubernetes + Docker + runc + etcd + Calico + OPA-Wasm）高 5.2 分，主要来自成熟度。',
    });
  });

  it('a near-tied group leads the tree’s stack by its smallest lead “or more”', () => {
    const verdict = verdictFor('hybrid', 'central');
    expect(treeVerdictText(verdict, 'en', names)).toEqual({
      agrees: false,
      headline:
        'None of the 2 co-recommended stacks follows the tree: each differs from it in Runtime, OCI runtime, Network.',
      why: 'The weights decide: the co-recommended stacks lead the best tree-following stack (K3s + Docker + runc + sqlite + flannel + OPA-Wasm) by 8.1 points or more, most of it from Performance.',
    });
    expect(treeVerdictText(verdict, 'zh', names).why).toBe(
      '权重决定：并列推荐的技术栈比最佳的遵循决策树的栈（K3s + Docker + runc + sqlite + flannel + OPA-Wasm）至少高 8.1 分，主要来自性能。',
    );
  });

  it('edge: #1 alone follows the tree', () => {
    const verdict = verdictFor('edge', 'edge');
    expect(treeVerdictText(verdict, 'en', names)).toEqual({
      agrees: true,
      headline: 'The ranking’s #1 follows the tree.',
      why: null,
    });
    expect(treeVerdictText(verdict, 'zh', names).headline).toBe('排名第 1 与决策树一致。');
  });

  it('names the co-recommended stacks that follow the tree when only some do', () => {
    const verdict = verdictFor('large-scale', 'cloud-native');
    const [containerd, docker] = verdict.leaders;
    const some: TreeVerdict = {
      kind: 'agree',
      leaders: [containerd!, docker!],
      following: [docker!],
    };
    expect(treeVerdictText(some, 'en', names).headline).toBe(
      'The tree’s stack is among the 2 co-recommended: Kubernetes + Docker + runc + etcd + Calico + Gatekeeper.',
    );
    expect(treeVerdictText(some, 'zh', names).headline).toBe(
      '决策树的栈在 2 个并列推荐的技术栈之中：Kubernetes + Docker + runc + etcd + Calico + Gatekeeper。',
    );
    const all = { ...some, following: [containerd!, docker!] };
    expect(treeVerdictText(all, 'en', names).headline).toBe(
      'All 2 co-recommended stacks follow the tree.',
    );
    expect(treeVerdictText(all, 'zh', names).headline).toBe('2 个并列推荐的技术栈都与决策树一致。');
  });
});
