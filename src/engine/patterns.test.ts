import { describe, expect, it } from 'vitest';
import { cases } from '../catalogue/cases';
import { casesForStack, fitsPattern } from './patterns';
import { CLOUD_STACK, EDGE_STACK, partsOf } from './test-fixtures';

const caseIds = (stack: string) => casesForStack(partsOf(stack), cases).map((c) => c.id);

describe('casesForStack', () => {
  it('finds 7 of the 8 cases for the edge stack, in catalogue order (not Tencent: etcd)', () => {
    expect(caseIds(EDGE_STACK)).toEqual([
      'inspur-5g-mec',
      'huawei-industrial-iot',
      'serverless-functions',
      'huawei-mec',
      'alibaba-ack-edge',
      'aws-lambda-wasm',
      'second-state',
    ]);
  });

  it('finds Tencent for K3s + WasmEdge + etcd + flannel + Gatekeeper, not Second State (OPA-Wasm)', () => {
    expect(caseIds('k3s+wasmedge+crun+etcd+flannel+gatekeeper')).toEqual([
      'tencent-game-serverless',
      'serverless-functions',
      'huawei-mec',
      'alibaba-ack-edge',
      'aws-lambda-wasm',
    ]);
  });

  it('finds none for the traditional cloud stack (all cases run Wasm or flannel)', () => {
    expect(caseIds(CLOUD_STACK)).toEqual([]);
  });
});

describe('fitsPattern', () => {
  it('checks only the layers the pattern names', () => {
    expect(fitsPattern(partsOf(EDGE_STACK), { runtime: ['wasmedge'] })).toBe(true);
    expect(fitsPattern(partsOf(EDGE_STACK), { runtime: ['docker', 'containerd'] })).toBe(false);
    expect(fitsPattern(partsOf(EDGE_STACK), {})).toBe(true);
  });

  it('ignores a case with an empty stack', () => {
    const empty = { ...cases[0]!, id: 'empty', stack: {} };
    expect(casesForStack(partsOf(EDGE_STACK), [empty])).toEqual([]);
  });
});
