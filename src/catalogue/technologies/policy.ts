import { bool, num, t, text } from '../fact-builders';
import type { Technology } from '../types';
import { maturityFacts } from './maturity-row';

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
      policyLanguage: text('Rego', 'Rego', '17.3.4'),
      complexPolicies: bool(true, '17.3.4', t('复杂策略、需要 Rego', 'complex policies, Rego')),
      policyLatency: num(10, 'ms', '17.3.4'),
      policyMemory: num(50, 'MB', '17.3.4'),
      integration: text('Sidecar/独立服务', 'sidecar / standalone service', '17.3.4'),
      scenarios: text('复杂策略、需要 Rego', 'complex policies that need Rego', '17.3.4'),
    },
  },
  {
    id: 'opa-wasm',
    layer: 'policy',
    name: 'OPA-Wasm',
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
      policyLanguage: text('Rego → Wasm', 'Rego → Wasm', '17.3.4'),
      complexPolicies: bool(
        true,
        '17.8.1',
        t('第 6 层：复杂策略 → OPA-Wasm', 'level 6: complex policy → OPA-Wasm'),
      ),
      policyLatency: num(1, 'ms', '17.3.4'),
      policyMemory: num(2, 'MB', '17.3.4'),
      integration: text('WasmEdge + Gatekeeper', 'WasmEdge + Gatekeeper', '17.3.4'),
      scenarios: text('边缘场景、低延迟要求', 'edge, low-latency policy', '17.3.4'),
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
      policyLanguage: text('YAML', 'YAML', '17.3.4'),
      complexPolicies: bool(
        false,
        '17.3.4',
        t('简单策略、YAML 友好', 'simple policies, YAML-friendly'),
      ),
      policyLatency: num(5, 'ms', '17.3.4'),
      policyMemory: num(20, 'MB', '17.3.4'),
      integration: text('Kubernetes 原生', 'Kubernetes-native', '17.3.4'),
      scenarios: text('简单策略、YAML 友好', 'simple, YAML-friendly policies', '17.3.4'),
    },
  },
  {
    id: 'gatekeeper',
    layer: 'policy',
    name: 'Gatekeeper',
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
      policyLanguage: text('Rego', 'Rego', '17.3.4'),
      complexPolicies: bool(
        true,
        '17.3.4',
        t('复杂策略、Kubernetes 集成', 'complex policies, Kubernetes integration'),
      ),
      policyLatency: num(10, 'ms', '17.3.4'),
      policyMemory: num(30, 'MB', '17.3.4'),
      integration: text('Kubernetes 准入控制', 'Kubernetes admission control', '17.3.4'),
      scenarios: text(
        '复杂策略、Kubernetes 集成',
        'complex policies, Kubernetes integration',
        '17.3.4',
      ),
    },
  },
];
