import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs } from '../../store/app-store';
import { encodeInputs } from '../../store/url-codec';
import { groupReviewMessages } from './messages';
import { readReviewLinks, reviewerTops } from '../../store/review-links';
import { toGroupReview } from './to-group-review';

const defaults = defaultInputs();
const names = namesOf(seedCatalogue);
const resourceFirst = `https://x.test/?${encodeInputs({
  ...defaults,
  scenarioId: null,
  weights: { ...defaults.weights, resource: 5, performance: 1, scale: 1, availability: 1, cost: 1 },
})}`;

function review(links: string[], mean: 'geometric' | 'arithmetic', lang: 'en' | 'zh' = 'en') {
  const lines = readReviewLinks(links, seedCatalogue);
  return toGroupReview({
    lines,
    tops: reviewerTops(lines, seedCatalogue),
    catalogue: seedCatalogue,
    weights: defaults.weights,
    mean,
    lang,
    names,
    m: groupReviewMessages[lang],
  });
}

describe('reviewerTops', () => {
  it('ranks each reviewer with their own inputs', () => {
    const lines = readReviewLinks(
      [resourceFirst, 'nonsense', 'https://x.test/?v=1&s=edge'],
      seedCatalogue,
    );
    const tops = reviewerTops(lines, seedCatalogue);
    expect(tops.map((t) => names.stack(t!.stackId))).toEqual([
      'K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm',
      'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm',
    ]);
  });
});

describe('toGroupReview', () => {
  it('two reviewers: 5/1/1/1/1/1 (shares of 10) and the defaults 3/3/2/2/2/1 (of 13)', () => {
    const v = review([resourceFirst, 'https://x.test/?v=1'], 'arithmetic');
    expect(v.reviewers).toEqual(['Reviewer 1', 'Reviewer 2']);
    expect(v.lines.map((l) => l.text)).toEqual(['Line 1: reviewer 1.', 'Line 2: reviewer 2.']);
    const resource = v.weightRows[0]!;
    expect(resource.shares).toEqual(['50.0%', '23.1%']);
    // (0.5 + 3/13) / 2 = 0.3654.
    expect(resource.combined).toBe('36.5%');
    expect(resource.weight).toBe('5');
    // Maturity: (0.1 + 1/13) / 2 = 0.0885; ×5 / 0.3654 = 1.21.
    expect(v.weightRows[5]!.weight).toBe('1.21');
    expect(v.spreadRows[0]).toEqual({
      id: 'resource',
      name: 'Resource',
      min: '23.1%',
      max: '50.0%',
      sd: '13.5%',
      zeros: '',
    });
    expect(v.summary).toBe('The reviewers disagree most on Resource: shares from 23.1% to 50.0%.');
    expect(v.tops.map((t) => t.stack)).toEqual([
      'K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm',
      'K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm',
    ]);
    expect(v.sameTop).toBe(false);
    expect(v.applyWeights).toMatchObject({ resource: 5, maturity: 1.21 });
    expect(v.applied).toBe(false);
  });

  it('lines that are left out are counted out of the reviewers, in both languages', () => {
    const links = [
      'nope',
      resourceFirst,
      'https://x.test/?v=1&w=2,1,1,1,1,1&n=0',
      'https://x.test/?v=1&w=9,1,1,1,1,1',
    ];
    const en = review(links, 'geometric');
    expect(en.lines.map((l) => [l.text, l.tone])).toEqual([
      ['Line 1: not a share link of this app, left out.', 'warning'],
      ['Line 2: reviewer 1.', 'ok'],
      ['Line 3: reviewer 2; 1 part of the link could not be read and kept the default.', 'warning'],
      ['Line 4: its weights could not be read, so it is left out.', 'warning'],
    ]);
    const zh = review(links, 'geometric', 'zh');
    expect(zh.lines[2]!.text).toBe('第 3 行：评审者 2；链接中有 1 处无法读取，已用默认值。');
    expect(zh.lines[3]!.text).toBe('第 4 行：无法读取其中的权重，已略过。');
    expect(zh.reviewers).toEqual(['评审者 1', '评审者 2']);
  });

  it('one reviewer: everyone agrees; nothing readable: nothing to apply', () => {
    const one = review([resourceFirst], 'geometric');
    expect(one.summary).toBe('The reviewers’ weights have the same proportions.');
    expect(one.applyWeights).toEqual({
      resource: 5,
      performance: 1,
      scale: 1,
      availability: 1,
      cost: 1,
      maturity: 1,
    });
    const none = review(['', 'garbage'], 'geometric');
    expect(none.applyWeights).toBeNull();
    expect(none.weightRows).toEqual([]);
    expect(none.summary).toBe('');
  });
});
