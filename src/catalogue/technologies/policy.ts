import { asReading, bool, num, quoted, t, text } from '../fact-builders';
import type { Fact, LocalizedText, Technology } from '../types';
import { maturityFacts } from './maturity-row';

/** A 17.3.4 text cell quoted as printed (`en` where the seed words it in Chinese). */
const cell = (zh: string, en: string = zh): Fact => quoted(text(zh, en, '17.3.4'), zh);

/** A 17.3.4 执行性能 or 资源占用 cell ("10ms", "50MB"). */
const figure = (value: number, unit: 'ms' | 'MB'): Fact =>
  quoted(num(value, unit, '17.3.4'), `${value}${unit}`);

/** complexPolicies = yes, where the 17.3.4 适用场景 cell names 复杂策略. */
const complexCell = (quote: string, en: string): Fact =>
  quoted(bool(true, '17.3.4', t(quote, en)), quote);

const kyvernoSimpleOnly: LocalizedText = t(
  '17.3.4 只把 Kyverno 写作“简单策略、YAML 友好”，论证写“复杂策略选择 OPA，简单策略选择 Kyverno”（17.8.1 同：“elif 简单策略: Kyverno”）。种子没有说 Kyverno 不能写复杂策略，故“不适合复杂策略”是解读。',
  '17.3.4 only gives Kyverno "simple policies, YAML-friendly", and argues "complex policies: choose OPA; simple policies: choose Kyverno" (17.8.1 likewise: "elif simple policy: Kyverno"). The seed never says Kyverno cannot express complex policies, so "not suited to complex policies" is a reading.',
);

/** OPA, OPA-Wasm, Kyverno and Gatekeeper: 17.2.4.4 (maturity) and 17.3.4 (specs). */
export const policies: Technology[] = [
  {
    id: 'opa',
    layer: 'policy',
    name: 'OPA',
    summary: t(
      'CNCF 毕业的策略即代码引擎（Rego），原生部署。',
      'CNCF graduated policy-as-code engine (Rego), run natively.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 9,
          version: '0.58.x',
          cadence: 'monthly',
          production: 4,
          community: 4,
          maturity: 4,
        },
        '17.2.4.4',
      ),
      policyLanguage: cell('Rego'),
      complexPolicies: complexCell('复杂策略、需要 Rego', 'complex policies, Rego'),
      policyLatency: figure(10, 'ms'),
      policyMemory: figure(50, 'MB'),
      integration: cell('Sidecar/独立服务', 'sidecar / standalone service'),
      scenarios: cell('复杂策略、需要 Rego', 'complex policies that need Rego'),
    },
  },
  {
    id: 'opa-wasm',
    layer: 'policy',
    name: 'OPA-Wasm',
    includes: {
      ids: ['gatekeeper'],
      seedWording: 'OPA-Wasm + Gatekeeper',
      source: '17.4.2',
      reading: {
        rationale: t(
          '17.4.2–17.4.4 写“OPA-Wasm + Gatekeeper”；17.3.4 给 OPA-Wasm 的集成方式是“WasmEdge + Gatekeeper”，Gatekeeper v3.15 支持 Wasm 引擎（17.2.4.4）：OPA-Wasm 在 Gatekeeper 中运行，故策略一格里的 OPA-Wasm 代表 OPA-Wasm + Gatekeeper。',
          '17.4.2–17.4.4 write "OPA-Wasm + Gatekeeper"; 17.3.4 integrates OPA-Wasm via "WasmEdge + Gatekeeper", and Gatekeeper v3.15 has a Wasm engine (17.2.4.4): OPA-Wasm runs inside Gatekeeper, so OPA-Wasm in the policy slot stands for OPA-Wasm + Gatekeeper.',
        ),
        rests: ['17.4.2', '17.3.4', '17.2.4.4'],
      },
    },
    summary: t(
      '编译为 Wasm 的 Rego 策略：1 ms、2 MB，适合边缘。',
      'Rego compiled to Wasm: 1 ms and 2 MB, for the edge.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: null,
          version: '0.58+',
          cadence: 'monthly',
          production: 3,
          community: 3,
          maturity: 3,
        },
        '17.2.4.4',
      ),
      policyLanguage: cell('Rego → Wasm'),
      complexPolicies: quoted(
        bool(
          true,
          '17.8.1',
          t('第 6 层：复杂策略 → OPA-Wasm', 'level 6: complex policy → OPA-Wasm'),
        ),
        'if 复杂策略 or 低延迟: OPA-Wasm',
      ),
      policyLatency: figure(1, 'ms'),
      policyMemory: figure(2, 'MB'),
      integration: cell('WasmEdge + Gatekeeper'),
      scenarios: cell('边缘场景、低延迟要求', 'edge, low-latency policy'),
    },
  },
  {
    id: 'kyverno',
    layer: 'policy',
    name: 'Kyverno',
    summary: t(
      'Kubernetes 原生、以 YAML 编写的策略引擎。',
      'Kubernetes-native policy engine written in YAML.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 4,
          version: '1.11.x',
          cadence: 'monthly',
          production: 4,
          community: 3,
          maturity: 4,
        },
        '17.2.4.4',
      ),
      policyLanguage: cell('YAML'),
      complexPolicies: quoted(
        asReading(
          bool(false, '17.3.4', t('简单策略、YAML 友好', 'simple policies, YAML-friendly')),
          kyvernoSimpleOnly,
          ['17.3.4', '17.8.1'],
        ),
        '简单策略、YAML 友好',
      ),
      policyLatency: figure(5, 'ms'),
      policyMemory: figure(20, 'MB'),
      integration: cell('Kubernetes 原生', 'Kubernetes-native'),
      scenarios: cell('简单策略、YAML 友好', 'simple, YAML-friendly policies'),
    },
  },
  {
    id: 'gatekeeper',
    layer: 'policy',
    name: 'Gatekeeper',
    includes: {
      ids: ['opa'],
      seedWording: 'OPA + Gatekeeper',
      source: '17.4.1',
      reading: {
        rationale: t(
          '17.4.1 写“OPA + Gatekeeper”；Gatekeeper 是“OPA 官方 Kubernetes 集成”（17.2.4.4），执行 Rego 策略（17.3.4）：故策略一格里的 Gatekeeper 代表 OPA + Gatekeeper。',
          '17.4.1 writes "OPA + Gatekeeper"; Gatekeeper is "OPA\'s official Kubernetes integration" (17.2.4.4) and runs Rego (17.3.4), so Gatekeeper in the policy slot stands for OPA + Gatekeeper.',
        ),
        rests: ['17.4.1', '17.2.4.4', '17.3.4'],
      },
    },
    summary: t(
      'OPA 官方 Kubernetes 准入控制集成（v3.15 支持 Wasm 引擎）。',
      "OPA's Kubernetes admission controller (v3.15 adds a Wasm engine).",
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 3,
          version: t(
            'v3.15.x（2025 稳定版，支持 Wasm 引擎）',
            'v3.15.x (2025 stable, Wasm engine)',
          ),
          cadence: 'monthly',
          production: 5,
          community: 4,
          maturity: 5,
        },
        '17.2.4.4',
      ),
      policyLanguage: cell('Rego'),
      complexPolicies: complexCell(
        '复杂策略、Kubernetes 集成',
        'complex policies, Kubernetes integration',
      ),
      policyLatency: figure(10, 'ms'),
      policyMemory: figure(30, 'MB'),
      integration: cell('Kubernetes 准入控制', 'Kubernetes admission control'),
      scenarios: cell('复杂策略、Kubernetes 集成', 'complex policies, Kubernetes integration'),
    },
  },
];
