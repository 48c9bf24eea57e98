import { t } from './fact-builders';
import type { CompatibilityRule } from './types';

/** What may be combined, from 17.3 and 17.7.3. `invalid` rules remove a stack, `warning` rules flag it. */
export const compatibility: CompatibilityRule[] = [
  {
    id: 'k8s-needs-etcd-not-sqlite',
    severity: 'invalid',
    when: ['kubernetes', 'sqlite'],
    reason: t(
      'Kubernetes 的存储后端是 etcd（外部/嵌入式），不支持 sqlite。',
      'Kubernetes stores its state in etcd (external or embedded); sqlite is not a backend.',
    ),
    source: '17.3.1',
    quote: 'Kubernetes 需要 etcd',
  },
  {
    id: 'k8s-needs-etcd-not-external-db',
    severity: 'invalid',
    when: ['kubernetes', 'external-db'],
    reason: t(
      'Kubernetes 需要 etcd；外部 DB 只是 K3s 的存储选项。',
      'Kubernetes needs etcd; an external DB is a K3s-only backend.',
    ),
    source: '17.3.1',
    quote: 'Kubernetes 需要 etcd',
  },
  {
    id: 'wasmedge-needs-crun',
    severity: 'invalid',
    when: ['wasmedge', 'runc'],
    reason: t(
      'WasmEdge 通过 crun 运行（“WasmEdge + crun”，crun RuntimeClass），不与 runc 组合。',
      'WasmEdge runs through crun ("WasmEdge + crun", crun RuntimeClass), not with runc.',
    ),
    source: '17.7.2',
    reading: {
      rationale: t(
        '种子从未说 runc 不能运行 Wasm。凡是写出 WasmEdge 的 OCI 运行时之处，写的都是 crun（17.2.1“K3s + WasmEdge + crun”、17.2.2 方案 2/3、17.3.2“WasmEdge + crun”、17.4.2/17.4.3、17.8、案例中的“WasmEdge 0.14.0 + crun 1.8.5+”），迁移步骤写“使用 crun RuntimeClass”（17.7.2）；别处只写“WasmEdge + K3s”“WasmEdge + GPU Plugin”而不提 OCI 运行时，从未与 runc 配对。故读作 WasmEdge 只与 crun 组合。这条解读使 48 个组合无效。',
        'The seed never says runc cannot run Wasm. Wherever it names WasmEdge\'s OCI runtime, it is crun (17.2.1 "K3s + WasmEdge + crun", 17.2.2 schemes 2/3, 17.3.2 "WasmEdge + crun", 17.4.2/17.4.3, 17.8, the cases\' "WasmEdge 0.14.0 + crun 1.8.5+"), and the migration deploys with "the crun RuntimeClass" (17.7.2); elsewhere it writes "WasmEdge + K3s" or "WasmEdge + GPU Plugin" without an OCI runtime, and never pairs it with runc. So WasmEdge is read as combining with crun only. This reading makes 48 stacks invalid.',
      ),
      rests: ['17.7.2', '17.3.2', '17.2.2', '17.8.2'],
    },
  },
  {
    id: 'wasm-images-need-conversion',
    severity: 'warning',
    when: ['wasmedge'],
    reason: t(
      'Docker 镜像需转换：编译到 wasm32-wasi 并构建带 OCI 注释的 Wasm 镜像。',
      'Docker images need conversion: compile to wasm32-wasi and build a Wasm image with OCI annotations.',
    ),
    source: '17.7.3',
    quote: '⚠️ 需转换',
  },
  {
    id: 'sqlite-single-node',
    severity: 'warning',
    when: ['sqlite'],
    reason: t(
      'sqlite 只支持 1 个节点，且是单点（无高可用）。',
      'sqlite supports a single node and is a single point of failure (no HA).',
    ),
    source: '17.3.3',
    quote: '❌ 单点',
  },
  {
    id: 'sqlite-etcd-migration',
    severity: 'warning',
    when: ['k3s', 'sqlite'],
    reason: t(
      'sqlite 不兼容 etcd：日后切换存储需要数据迁移。',
      'sqlite is not compatible with etcd: switching storage later needs a data migration.',
    ),
    source: '17.7.3',
    quote: 'etcd 和 sqlite 不兼容，需要迁移',
  },
  {
    id: 'flannel-basic-policy',
    severity: 'warning',
    when: ['flannel'],
    reason: t('flannel 只有基础网络策略支持。', 'flannel has only basic network-policy support.'),
    source: '17.3.3',
    quote: '⚠️ 基础支持',
  },
  {
    id: 'opa-wasm-host',
    severity: 'warning',
    when: ['opa-wasm'],
    unless: ['wasmedge'],
    reason: t(
      'OPA-Wasm 的集成方式是 WasmEdge + Gatekeeper；运行时层没有 WasmEdge 时需另备 Wasm 宿主。',
      'OPA-Wasm integrates through WasmEdge + Gatekeeper; without WasmEdge in the runtime layer it needs another Wasm host.',
    ),
    source: '17.3.4',
    reading: {
      rationale: t(
        '17.3.4 写 OPA-Wasm 的集成方式是“WasmEdge + Gatekeeper”；没有 WasmEdge 时另需 Wasm 宿主是由此推出的。',
        '17.3.4 gives OPA-Wasm\'s integration as "WasmEdge + Gatekeeper"; that it needs another Wasm host without WasmEdge is inferred from it.',
      ),
      rests: ['17.3.4', '17.2.4.4'],
    },
  },
];
