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
  },
  {
    id: 'wasmedge-needs-crun',
    severity: 'invalid',
    when: ['wasmedge', 'runc'],
    reason: t(
      'WasmEdge 通过 crun 运行（“WasmEdge + crun”，crun RuntimeClass）；runc 不能运行 Wasm。',
      'WasmEdge runs through crun ("WasmEdge + crun", crun RuntimeClass); runc cannot run Wasm.',
    ),
    source: '17.7.2',
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
  },
  {
    id: 'flannel-basic-policy',
    severity: 'warning',
    when: ['flannel'],
    reason: t('flannel 只有基础网络策略支持。', 'flannel has only basic network-policy support.'),
    source: '17.3.3',
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
  },
];
