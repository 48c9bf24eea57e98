import { describe, expect, it } from 'vitest';

import type { MatchStatus, StackParts } from './types';
import { filterRows, fitCounts } from './row-filters';

function makeRow(
  ids: [string, string, string, string, string, string],
  match: MatchStatus = 'match',
  status = 'valid',
) {
  const [orchestration, runtime, ociRuntime, storage, network, policy] = ids;
  const parts: StackParts = { orchestration, runtime, ociRuntime, storage, network, policy };
  return { stack: { id: ids.join('+'), parts, status }, match: { status: match } };
}

const edge = makeRow(['k3s', 'wasmedge', 'crun', 'sqlite', 'flannel', 'opa-wasm']);
const cloud = makeRow(['kubernetes', 'containerd', 'runc', 'etcd', 'cilium', 'opa'], 'partial');
const mixed = makeRow(['k3s', 'containerd', 'crun', 'etcd', 'flannel', 'kyverno'], 'mismatch');
const rows = [edge, cloud, mixed];

describe('filterRows', () => {
  it('returns the same array when nothing is chosen', () => {
    expect(filterRows(rows, [])).toBe(rows);
  });

  it('keeps rows holding one chosen technology', () => {
    expect(filterRows(rows, ['k3s']).map((r) => r.stack.id)).toEqual([
      'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
      'k3s+containerd+crun+etcd+flannel+kyverno',
    ]);
  });

  it('keeps only rows holding all chosen technologies', () => {
    expect(filterRows(rows, ['k3s', 'etcd']).map((r) => r.stack.id)).toEqual([
      'k3s+containerd+crun+etcd+flannel+kyverno',
    ]);
  });

  it('keeps nothing for two technologies of one layer', () => {
    expect(filterRows(rows, ['k3s', 'kubernetes'])).toEqual([]);
  });
});

describe('fitCounts', () => {
  it('counts each match status and the invalid stacks', () => {
    const invalid = makeRow(
      ['kubernetes', 'wasmedge', 'runc', 'sqlite', 'flannel', 'opa'],
      'partial',
      'invalid',
    );
    expect(fitCounts([...rows, invalid])).toEqual({
      match: 1,
      partial: 2,
      mismatch: 1,
      invalid: 1,
    });
  });
});
