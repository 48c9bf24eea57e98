import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { MethodAgreement } from '../../engine/analysis/agreement';
import { toAgreement } from './to-agreement';

const names = namesOf(seedCatalogue);
const A = 'k3s+containerd+crun+sqlite+flannel+opa-wasm';
const B = 'kubernetes+containerd+runc+etcd+cilium+opa';

const agreement = (tops: [string, string, string], taus: (number | null)[]): MethodAgreement => ({
  current: 'weightedSum',
  compared: [A, B],
  methods: (['weightedSum', 'weightedProduct', 'topsis'] as const).map((method, i) => ({
    method,
    top: tops[i]!,
    topK: [tops[i]!],
    sameTop: tops[i] === tops[0],
    tau: taus[i]!,
  })),
});

describe('toAgreement', () => {
  it('says all three agree when every #1 is the current one', () => {
    const view = toAgreement(agreement([A, A, A], [1, 0.8222, null]), names, 'en');
    expect(view.verdict).toBe(`All three methods put ${names.stack(A)} first.`);
    expect(view.note).toBe(
      '—: τ is undefined when one of the two orders ties all the compared stacks.',
    );
    expect(view.rows.map((r) => [r.name, r.current, r.top, r.sameTop, r.tau])).toEqual([
      ['Weighted sum', true, names.stack(A), '—', '1.00'],
      ['Weighted product', false, names.stack(A), 'yes', '0.82'],
      ['TOPSIS', false, names.stack(A), 'yes', '—'],
    ]);
  });

  it('counts the methods that put another stack first, in both languages', () => {
    expect(toAgreement(agreement([A, B, A], [1, 0.5, 0.9]), names, 'en').verdict).toBe(
      '1 method puts another stack first: the #1 depends on how the scores combine.',
    );
    expect(toAgreement(agreement([A, B, B], [1, -0.2, 0.1]), names, 'en').verdict).toBe(
      '2 methods put another stack first: the #1 depends on how the scores combine.',
    );
    const zh = toAgreement(agreement([A, B, B], [1, -0.2, 0.1]), names, 'zh');
    expect(zh.verdict).toBe('有 2 种方法把另一技术栈排在第 1：第 1 名取决于得分的合成方式。');
    expect(zh.rows[1]!.sameTop).toBe('否');
    expect(zh.rows[1]!.tau).toBe('-0.20');
    expect(zh.note).toBeNull();
  });
});
