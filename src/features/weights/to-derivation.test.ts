import { describe, expect, it } from 'vitest';

import { securityDimension } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { scenarioById } from '../../store/app-store';
import { factList } from './fact-list';
import { toDerivation, type CurrentInputs } from './to-derivation';

const { dimensions } = seedCatalogue;

/** The inputs right after applying a scenario. */
const applied = (id: string): CurrentInputs => {
  const s = scenarioById(id);
  return { scenarioId: s.id, weights: s.weights, requirements: s.requirements };
};

describe('toDerivation', () => {
  it('edge: every weight with its source, the requirements it sets, its focus and 17.2.2 stars', () => {
    const d = toDerivation(scenarioById('edge'), dimensions, applied('edge'));
    expect(d.startedFrom).toBe(false);
    expect(d.schemeMaturity).toEqual({ scheme: '方案 2：边缘计算', stars: 4 });
    expect(d.weights.map((w) => [w.dimension, w.weight, w.current, w.source?.reading])).toEqual([
      // 4 keeps 17.6.3's order but lies outside 17.6.1's 高/中/低: a reading that quotes the order.
      ['resource', 4, null, true],
      ['performance', 3, null, false],
      ['scale', 2, null, true],
      ['availability', 2, null, false],
      ['cost', 2, null, true],
      ['maturity', 1, null, false],
    ]);
    expect(d.weights[0]).toMatchObject({
      name: { en: 'Resource' },
      source: { sections: ['17.6.3', '17.6.1'], quote: '资源占用 > 启动时间 > 离线能力 >' },
    });
    // a reading with nothing to quote: the app's interpretation alone
    expect(d.weights[2]!.source).toMatchObject({ sections: ['17.6.3', '17.6.1'], quote: null });
    expect(d.requirements.map((r) => [r.key, r.value, r.source?.sections])).toEqual([
      ['coldStartMs', 10, ['17.5.1', '17.4.2']],
      ['site', 'edge', ['17.4.2']],
      ['offline', true, ['17.4.2']],
    ]);
    expect(d.requirements.every((r) => !('current' in r))).toBe(true);
    expect(d.focus).toEqual([
      expect.objectContaining({
        dimension: 'performance',
        facts: ['startTime'],
        source: expect.objectContaining({ sections: ['17.6.3', '17.9.2'], quote: '启动时间' }),
      }),
    ]);
    // one seed stack, no alternative to choose
    expect(d.alternatives).toEqual([]);
  });

  it('AI inference: the edge and cloud alternatives, the cloud one selected once Site is cloud', () => {
    const ai = scenarioById('ai-inference');
    const fresh = toDerivation(ai, dimensions, applied('ai-inference'));
    expect(fresh.alternatives.map((a) => [a.id, a.label.en, a.requirements, a.selected])).toEqual([
      ['edge', 'Edge AI: K3s', [], true],
      ['cloud', 'Cloud AI: Kubernetes', [['site', 'cloud']], false],
    ]);
    // nodes stays at the open 1, but the preset says why (a reading: the seed gives no count)
    expect(fresh.requirements.map((r) => r.key)).toEqual(['nodes', 'coldStartMs', 'site', 'gpu']);

    const cloud = toDerivation(ai, dimensions, {
      ...applied('ai-inference'),
      scenarioId: null,
      requirements: { ...ai.requirements, site: 'cloud' },
    });
    expect(cloud.startedFrom).toBe(true);
    expect(cloud.alternatives.map((a) => a.selected)).toEqual([false, true]);
    expect(cloud.requirements.find((r) => r.key === 'site')).toMatchObject({
      value: 'edge',
      current: 'cloud',
    });
    expect(cloud.focus.map((f) => [f.dimension, f.facts])).toEqual([
      ['performance', ['startTime', 'latency']],
    ]);
  });

  it('started from a preset: the weights the user moved show their current value', () => {
    const edge = scenarioById('edge');
    const d = toDerivation(edge, dimensions, {
      scenarioId: null,
      weights: { ...edge.weights, cost: 0.5 },
      requirements: edge.requirements,
    });
    expect(d.startedFrom).toBe(true);
    expect(d.weights.map((w) => w.current)).toEqual([null, null, null, null, 0.5, null]);
  });

  it('the seed defaults set no requirement and weigh no focus; the hybrid tiers are not alternatives', () => {
    const defaults = toDerivation(scenarioById('default'), dimensions, applied('default'));
    expect(defaults.requirements).toEqual([]);
    expect(defaults.focus).toEqual([]);
    expect(defaults.schemeMaturity).toBeNull();
    expect(
      defaults.weights.every(
        (w) => w.source !== null && w.source.quote !== null && !w.source.reading,
      ),
    ).toBe(true);
    const hybrid = toDerivation(scenarioById('hybrid'), dimensions, applied('hybrid'));
    expect(hybrid.alternatives).toEqual([]);
    const serverless = toDerivation(scenarioById('serverless'), dimensions, applied('serverless'));
    expect(serverless.alternatives.map((a) => [a.label.en, a.requirements])).toEqual([
      ['Small: K3s', []],
      ['Large (> 1000 nodes): Kubernetes', [['nodes', 1001]]],
    ]);
  });

  it('shows a requirement a preset sets without a derivation, with no source', () => {
    const edge = scenarioById('edge');
    const bare = { ...edge, requirementDerivation: {} };
    const d = toDerivation(bare, dimensions, applied('edge'));
    expect(d.requirements.map((r) => [r.key, r.source])).toEqual([
      ['coldStartMs', null],
      ['site', null],
      ['offline', null],
    ]);
  });

  it('every seed scenario derives every weight and every requirement it sets', () => {
    for (const s of seedCatalogue.scenarios) {
      const d = toDerivation(s, dimensions, applied(s.id));
      expect(d.weights).toHaveLength(6);
      for (const w of d.weights) expect(w.source?.sections.length).toBeGreaterThan(0);
      for (const r of d.requirements) expect(r.source, `${s.id}.${r.key}`).not.toBeNull();
    }
  });
});

describe('toDerivation with a user catalogue', () => {
  it('a dimension the preset does not name: its default weight, its name, no source', () => {
    const edge = scenarioById('edge');
    const withSecurity = [...dimensions, securityDimension];
    const d = toDerivation(edge, withSecurity, {
      ...applied('edge'),
      weights: { ...edge.weights, security: 2 },
    });
    expect(d.weights).toHaveLength(7);
    expect(d.weights[6]).toEqual({
      dimension: 'security',
      name: { zh: '安全', en: 'Security' },
      weight: 2,
      current: null,
      source: null,
    });
    const moved = toDerivation(edge, withSecurity, {
      ...applied('edge'),
      scenarioId: null,
      weights: { ...edge.weights, security: 4.5 },
    });
    expect(moved.weights[6]!.current).toBe(4.5);
  });

  it('follows a catalogue without some seed dimensions: only its own rows', () => {
    const two = dimensions.filter((x) => x.id === 'cost' || x.id === 'performance');
    const d = toDerivation(scenarioById('edge'), two, applied('edge'));
    expect(d.weights.map((w) => [w.dimension, w.weight])).toEqual([
      ['performance', 3],
      ['cost', 2],
    ]);
    expect(d.focus.map((f) => f.dimension)).toEqual(['performance']);
  });
});

describe('factList', () => {
  it('lists facts mid-sentence', () => {
    expect(factList(['startTime'], 'en')).toBe('start time');
    expect(factList(['startTime', 'latency'], 'en')).toBe('start time and latency');
    expect(factList(['startTime', 'latency'], 'zh')).toBe('启动时间与网络延迟');
    expect(factList(['podDensity', 'nodeRange', 'startTime'], 'en')).toBe(
      'pod density, node range and start time',
    );
  });
});
