import type { Layer } from './types';

/**
 * The slots of a stack, in display order.
 *
 * The seed always names runtimes in pairs ("Docker + runc", "WasmEdge + crun", 17.3.2;
 * "Docker + containerd + runc", 17.4.1): a high-level runtime that pulls and runs images
 * (Docker, containerd, WasmEdge) on top of a low-level OCI runtime (runc, crun). So the
 * runtime layer is two slots, and a stack's runtime is the pair. Every runtime keeps its
 * own facts; compatibility rules say which pairs work (WasmEdge needs crun).
 */
export const layers: Layer[] = [
  { id: 'orchestration', name: { zh: '编排层', en: 'Orchestration' }, source: '17.2.4.1' },
  { id: 'runtime', name: { zh: '运行时', en: 'Runtime' }, source: '17.2.4.2' },
  { id: 'ociRuntime', name: { zh: 'OCI 运行时', en: 'OCI runtime' }, source: '17.3.2' },
  { id: 'storage', name: { zh: '存储', en: 'Storage' }, source: '17.2.4.3' },
  { id: 'network', name: { zh: '网络', en: 'Network' }, source: '17.2.4.3' },
  { id: 'policy', name: { zh: '策略', en: 'Policy' }, source: '17.2.4.4' },
];
