import { describe, expect, it } from 'vitest';

import { factSchema, technologySchema } from '../../catalogue/schema';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { dimensionFromDraft, emptyDimensionDraft } from './dimension-form';
import { emptyRow, factOf, parseFigure, readFigure, rowOf, sourceNeeded } from './fact-row';
import { FIGURE_MAX, NAME_MAX, SOURCE_MAX, TEXT_MAX } from './form-limits';
import { fieldProblems, formMessages, problemText } from './form-messages';
import { ruleFromDraft, emptyRuleDraft } from './rule-form';
import { emptyDraft, technologyFromDraft } from './technology-form';

const en = formMessages.en;
const zh = formMessages.zh;
const seed = seedCatalogue;

describe('the form limits are the schema’s', () => {
  it('a figure of FIGURE_MAX is valid, one above it is not', () => {
    const fact = (value: number) => ({
      kind: 'number',
      value,
      unit: 'ms',
      source: 'user',
      entered: { source: 's' },
    });
    expect(factSchema.safeParse(fact(FIGURE_MAX)).success).toBe(true);
    expect(factSchema.safeParse(fact(FIGURE_MAX * 1.000001)).success).toBe(false);
  });

  it('a name of NAME_MAX characters is valid, one more is not', () => {
    const k3s = seed.technologies.find((t) => t.id === 'k3s')!;
    expect(technologySchema.safeParse({ ...k3s, name: 'x'.repeat(NAME_MAX) }).success).toBe(true);
    expect(technologySchema.safeParse({ ...k3s, name: 'x'.repeat(NAME_MAX + 1) }).success).toBe(
      false,
    );
  });
});

describe('figures above the limit', () => {
  it('are told apart from figures that are not positive numbers', () => {
    expect(readFigure('1e12')).toBe(1e12);
    expect(readFigure('1e300')).toBe('tooLarge');
    expect(readFigure('1e400')).toBe('tooLarge');
    expect(readFigure('2,000,000,000,000')).toBe('tooLarge');
    expect(readFigure('0')).toBe('positiveNumber');
    expect(readFigure('-3')).toBe('positiveNumber');
    expect(readFigure('Infinity')).toBe('positiveNumber');
    expect(parseFigure('1e300')).toBeNull();
  });

  it('a row says which limit its figure exceeds, in words with the number grouped', () => {
    const row = { ...emptyRow(seed, 'startTime', 'r'), source: 's' };
    const result = factOf({ ...row, min: '1e300', max: 'abc' });
    expect(result).toEqual({
      errors: [
        { row: 'r', part: 'min', code: 'tooLarge', max: 1e12 },
        { row: 'r', part: 'max', code: 'positiveNumber' },
      ],
    });
    if (!('errors' in result)) throw new Error('expected errors');
    expect(result.errors.map((e) => problemText(e, en, 'en'))).toEqual([
      'at most 1,000,000,000,000',
      'a positive number',
    ]);
    expect(problemText(result.errors[0]!, zh, 'zh')).toBe('不能超过 1,000,000,000,000');
  });
});

describe('too long gives the limit', () => {
  it('for a summary, a name and a fact’s source', () => {
    const draft = {
      ...emptyDraft(seed),
      name: 'n'.repeat(NAME_MAX + 1),
      id: 'n',
      summaryEn: 's'.repeat(TEXT_MAX + 1),
      facts: [
        {
          ...emptyRow(seed, 'startTime', 'r'),
          min: '1',
          max: '2',
          source: 'x'.repeat(SOURCE_MAX + 1),
        },
      ],
    };
    const result = technologyFromDraft(draft, seed);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'tooLong', max: 80 },
        { field: 'summary', code: 'tooLong', max: 4000 },
        { field: 'fact', row: 'r', part: 'source', code: 'tooLong', max: 500 },
      ],
    });
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.map((e) => problemText(e, en, 'en'))).toEqual([
      'too long: at most 80 characters',
      'too long: at most 4,000 characters',
      'too long: at most 500 characters',
    ]);
    expect(problemText(result.errors[1]!, zh, 'zh')).toBe('过长：最多 4,000 个字符');
  });

  it('for a dimension and a rule, with the field named', () => {
    const dimensionFields = {
      name: en.name,
      indicators: en.indicators,
      defaultWeight: en.defaultWeight,
      metrics: en.metrics,
      source: en.source,
    };
    const ruleFields = {
      technology: zh.technology,
      others: zh.others,
      other: zh.other,
      when: zh.when,
      unless: zh.unless,
      reason: zh.reason,
      source: zh.source,
    };
    const dimension = dimensionFromDraft(
      {
        ...emptyDimensionDraft(),
        nameEn: 'Security',
        indicatorsEn: 'i'.repeat(TEXT_MAX + 1),
        source: 'team',
      },
      true,
    );
    if (dimension.ok) throw new Error('expected errors');
    expect(fieldProblems(dimension.errors, dimensionFields, en, 'en')).toEqual([
      'What it measures: too long: at most 4,000 characters',
    ]);
    const rule = ruleFromDraft({
      ...emptyRuleDraft(seed),
      others: ['crun'],
      reasonEn: 'why',
      source: 's'.repeat(SOURCE_MAX + 1),
    });
    if (rule.ok) throw new Error('expected errors');
    expect(rule.errors).toEqual([{ field: 'source', code: 'tooLong', max: 500 }]);
    expect(fieldProblems(rule.errors, ruleFields, zh, 'zh')).toEqual([
      '来源（URL、基准测试、团队估计）：过长：最多 500 个字符',
    ]);
  });
});

describe('sourceNeeded', () => {
  it('is true for a new or changed fact, false for an unchanged seed fact', () => {
    const docker = seed.technologies.find((t) => t.id === 'docker')!;
    const row = rowOf('startTime', docker.facts.startTime!, 'r');
    expect(sourceNeeded(row)).toBe(false);
    expect(sourceNeeded({ ...row, max: '1500' })).toBe(true);
    expect(sourceNeeded(emptyRow(seed, 'startTime', 'n'))).toBe(true);
  });
});
