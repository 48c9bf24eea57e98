import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { matrixCells, matrixHeaders, schemeCells, schemeHeaders } from './printed-table-cells';

const schemes = seedCatalogue.schemeComparison!;
const matrix = seedCatalogue.compatibilityMatrix!;

describe('17.2.2 scheme cells', () => {
  it('gives the printed headers in zh and their English rendering in en', () => {
    expect(schemeHeaders('zh')).toEqual({
      row: '方案',
      columns: ['编排层', '运行时', '存储', '网络', '策略', '适用场景', '成熟度'],
    });
    expect(schemeHeaders('en').columns).toEqual([
      'Orchestration',
      'Runtime',
      'Storage',
      'Network',
      'Policy',
      'Use cases',
      'Maturity',
    ]);
  });

  it('方案 5 runs WasmEdge + GPU Plugin at ⭐⭐⭐; 方案 4 as printed, in both languages', () => {
    expect(schemeCells(schemes[4]!, 'zh')).toEqual({
      scheme: '方案 5：AI 推理',
      cells: [
        'K3s/Kubernetes',
        'WasmEdge + GPU Plugin',
        'sqlite/etcd',
        'flannel/Calico',
        'OPA-Wasm',
        '边缘 AI、云端 AI',
      ],
      stars: '★★★☆☆',
      starCount: 3,
    });
    expect(schemeCells(schemes[3]!, 'en')).toEqual({
      scheme: 'Scheme 4: Hybrid architecture',
      cells: [
        'K8s (central) + K3s (edge)',
        'Docker (central) + WasmEdge (edge)',
        'etcd (central) + sqlite (edge)',
        'Calico (central) + flannel (edge)',
        'OPA-Wasm (unified)',
        'Hybrid cloud, edge + central',
      ],
      stars: '★★★★☆',
      starCount: 4,
    });
    expect(schemes.map((r) => schemeCells(r, 'zh').stars)).toEqual([
      '★★★★★',
      '★★★★☆',
      '★★★★☆',
      '★★★★☆',
      '★★★☆☆',
    ]);
  });
});

describe('17.7.3 matrix cells', () => {
  it('gives the printed headers in zh and their English rendering in en', () => {
    expect(matrixHeaders('zh')).toEqual({
      row: '技术组合',
      columns: ['Kubernetes API 兼容性', 'Docker 镜像兼容性', '网络兼容性', '存储兼容性'],
    });
    expect(matrixHeaders('en').row).toBe('Combination');
  });

  it('K3s + WasmEdge: ✅ 100%, ⚠️ 需转换, ✅ flannel, ⚠️ sqlite 不兼容 etcd', () => {
    expect(matrix.map((r) => r.combination)).toEqual([
      'K3s + WasmEdge',
      'Kubernetes + WasmEdge',
      'K3s + Docker',
      'Kubernetes + Docker',
    ]);
    expect(matrixCells(matrix[0]!, 'zh')).toEqual([
      { mark: 'ok', text: '✅ 100%' },
      { mark: 'caution', text: '⚠️ 需转换' },
      { mark: 'ok', text: '✅ flannel' },
      { mark: 'caution', text: '⚠️ sqlite 不兼容 etcd' },
    ]);
    expect(matrixCells(matrix[0]!, 'en').map((c) => c.text)).toEqual([
      '✅ 100%',
      '⚠️ needs conversion',
      '✅ flannel',
      '⚠️ sqlite is not compatible with etcd',
    ]);
    expect(matrixCells(matrix[3]!, 'en').map((c) => c.text)).toEqual([
      '✅ 100%',
      '✅ 100%',
      '✅ Calico/Cilium',
      '✅ etcd',
    ]);
  });
});
