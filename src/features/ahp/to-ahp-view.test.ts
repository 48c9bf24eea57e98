import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs } from '../../store/app-store';
import { ahpMessages } from './messages';
import { formJudgements, judgementText, ratioText, toAhpView, withJudgement } from './to-ahp-view';

const { dimensions } = seedCatalogue;
const weights = defaultInputs().weights;
const view = (stored: number[], lang: 'en' | 'zh' = 'en') =>
  toAhpView({
    stored,
    dimensions,
    weights,
    method: 'eigenvector',
    lang,
    m: ahpMessages[lang],
  });

describe('formJudgements', () => {
  it('shows stored judgements that fit, else "equal" for every pair', () => {
    expect(formJudgements([], 6)).toEqual({ judgements: new Array(15).fill(1), fresh: true });
    const fifteen = [3, ...new Array(14).fill(1)];
    expect(formJudgements(fifteen, 6)).toEqual({ judgements: fifteen, fresh: false });
    // Made for another number of dimensions, or off the scale: not shown.
    expect(formJudgements([3, 1, 1], 6).fresh).toBe(true);
    expect(formJudgements([0, ...new Array(14).fill(1)], 6).fresh).toBe(true);
  });

  it('withJudgement replaces one pair and leaves the list alone', () => {
    const before = [1, 1, 1];
    expect(withJudgement(before, 1, -5)).toEqual([1, -5, 1]);
    expect(before).toEqual([1, 1, 1]);
  });
});

describe('judgement words', () => {
  it('names the more important dimension and prints the matrix entry', () => {
    const m = ahpMessages.en;
    expect(ratioText(5)).toBe('5');
    expect(ratioText(-5)).toBe('1/5');
    expect(judgementText(1, 'Cost', 'Performance', m)).toBe('Equally important (1)');
    expect(judgementText(5, 'Cost', 'Performance', m)).toBe('Cost strongly more important (5)');
    expect(judgementText(-5, 'Cost', 'Performance', m)).toBe(
      'Performance strongly more important (1/5)',
    );
    expect(judgementText(-9, '成本', '性能', ahpMessages.zh)).toBe('性能极端重要（1/9）');
  });
});

describe('toAhpView', () => {
  it('one labelled field per pair, 17 scale options from 1/9 to 9', () => {
    const v = view([]);
    expect(v.fields).toHaveLength(15);
    expect(v.fields[0]!.label).toBe('Resource vs Performance');
    expect(v.fields[14]!.label).toBe('Cost vs Maturity');
    expect(v.fields[0]!.options).toHaveLength(17);
    expect(v.fields[0]!.options[0]!.label).toBe('Performance extremely more important (1/9)');
    expect(v.fields[0]!.options[16]!.label).toBe('Resource extremely more important (9)');
    expect(view([], 'zh').fields[0]!.label).toBe('资源 vs 性能');
  });

  it('all equal: equal priorities, consistent, every slider at 5 on apply', () => {
    const v = view([]);
    expect(v.fresh).toBe(true);
    expect(v.rows.map((r) => r.percent)).toEqual(new Array(6).fill('16.7%'));
    expect(v.verdict).toEqual({ tone: 'ok', text: 'Consistent enough: CR 0.000 ≤ 0.10.' });
    expect(Object.values(v.applyWeights)).toEqual([5, 5, 5, 5, 5, 5]);
    expect(v.applied).toBe(false);
    expect(v.figures.map((f) => `${f.label} ${f.value}`)).toEqual([
      'λmax 6.000',
      'CI 0.000',
      'RI (n = 6) 1.24',
      'CR 0.000',
    ]);
  });

  it('from the sliders: the seed defaults give judgements whose priorities are close to them', () => {
    const start = view([]).fromSliders;
    expect(start).toEqual([1, 2, 2, 2, 3, 2, 2, 2, 3, 1, 1, 2, 1, 2, 2]);
    const v = view(start);
    expect(v.fresh).toBe(false);
    expect(v.verdict.tone).toBe('ok');
    // Rounded to the scale, 3/3/2/2/2/1 come back in the same order.
    const p = v.rows.map((r) => r.priority);
    expect(p[0]).toBeCloseTo(p[1]!, 12);
    expect(p[1]!).toBeGreaterThan(p[2]!);
    expect(p[4]!).toBeGreaterThan(p[5]!);
    expect(v.rows[0]!.applyWeight).toBe('5');
  });

  it('an inconsistent set: a warning that names the worst judgement in words', () => {
    // Consistent judgements of 4/2/1/1/1/1, then Resource vs Scale (4) turned into 1/4.
    const consistent = toAhpView({
      stored: [],
      dimensions,
      weights: {
        ...weights,
        resource: 4,
        performance: 2,
        scale: 1,
        availability: 1,
        cost: 1,
        maturity: 1,
      },
      method: 'eigenvector',
      lang: 'en',
      m: ahpMessages.en,
    }).fromSliders;
    expect(consistent).toEqual([2, 4, 4, 4, 4, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]);
    expect(view(consistent).verdict.tone).toBe('ok');
    const broken = withJudgement(consistent, 1, -4);
    const v = view(broken);
    expect(v.verdict.tone).toBe('warning');
    expect(v.verdict.text).toMatch(/^Not consistent enough: CR \d\.\d{3} > 0\.10\. /);
    expect(v.verdict.text).toContain(
      'The most inconsistent judgement is Resource vs Scale: you chose “Scale moderately to strongly more important (1/4)”',
    );
    expect(v.verdict.text).toMatch(
      /other judgements imply Resource about [\d.]+ times as important/,
    );
    expect(view(broken, 'zh').verdict.text).toContain(
      '最不一致的判断是资源 vs 规模：你选择了“规模稍微至明显重要（1/4）”',
    );
  });

  it('a perfect cycle: the ratios it implies are equal, said in words', () => {
    // Resource ≫ Performance ≫ Scale ≫ Resource, every other pair equal.
    const cycle = withJudgement(
      withJudgement(withJudgement(view([]).judgements, 0, 9), 5, 9),
      1,
      -9,
    );
    const v = view(cycle);
    expect(v.verdict.text).toContain(
      'The most inconsistent judgement is Resource vs Performance: you chose “Resource extremely more important (9)”, but the other judgements imply the two about equally important',
    );
  });
});
