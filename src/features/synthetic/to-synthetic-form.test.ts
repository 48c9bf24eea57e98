import { describe, expect, it } from 'vitest';

import { syntheticMessages } from './messages';
import { rangeWords, syntheticFormWords, toSyntheticForm } from './to-synthetic-form';

const fields = (options: string, layers: string, seed = '17') => ({ options, layers, seed });

describe('toSyntheticForm', () => {
  it('10 × 6, seed 17: 1,000,000 stacks, the link without the seed', () => {
    expect(toSyntheticForm(fields('10', '6'))).toEqual({
      choice: { options: 10, layers: 6, seed: 17 },
      count: 1_000_000,
      problems: [],
      link: '?synthetic=10x6',
    });
  });

  it('another seed goes into the link; spaces around a figure are ignored', () => {
    expect(toSyntheticForm(fields(' 6 ', '8', '0'))).toEqual({
      choice: { options: 6, layers: 8, seed: 0 },
      count: 1_679_616,
      problems: [],
      link: '?synthetic=6x8&seed=0',
    });
  });

  it('over the limit: the count, the problem, no choice and no link', () => {
    expect(toSyntheticForm(fields('10', '7'))).toEqual({
      choice: null,
      count: 10_000_000,
      problems: ['stacks'],
      link: null,
    });
    // 99^8 is past 2^53: no figure is shown rather than a rounded one.
    expect(toSyntheticForm(fields('99', '8'))).toMatchObject({ count: null, problems: ['stacks'] });
    expect(toSyntheticForm(fields('100', '8')).count).toBeNull();
    expect(toSyntheticForm(fields('98', '8')).count).toBe(98 ** 8);
  });

  it('every field that does not read is a problem', () => {
    expect(toSyntheticForm(fields('', '0', '-1'))).toEqual({
      choice: null,
      count: null,
      problems: ['options', 'layers', 'seed'],
      link: null,
    });
    for (const bad of ['101', '0', '1.5', '1e2', 'ten', '+5'])
      expect(toSyntheticForm(fields(bad, '2')).problems).toEqual(['options']);
    for (const bad of ['9', '0', '', '2.0'])
      expect(toSyntheticForm(fields('2', bad)).problems).toEqual(['layers']);
    expect(toSyntheticForm(fields('2', '2', '4294967296')).problems).toEqual(['seed']);
    expect(toSyntheticForm(fields('2', '2', '4294967295')).link).toBe(
      '?synthetic=2x2&seed=4294967295',
    );
    // A wrong seed still shows the stacks the size makes.
    expect(toSyntheticForm(fields('3', '4', 'x'))).toMatchObject({ count: 81, choice: null });
  });
});

describe('syntheticFormWords', () => {
  it('the count and every problem in English', () => {
    const m = syntheticMessages.en;
    expect(syntheticFormWords(toSyntheticForm(fields('10', '6')), m, 'en')).toEqual({
      count: '1,000,000 stacks',
      problems: {},
    });
    expect(syntheticFormWords(toSyntheticForm(fields('1', '5')), m, 'en').count).toBe('1 stack');
    expect(syntheticFormWords(toSyntheticForm(fields('10', '7')), m, 'en')).toEqual({
      count: '10,000,000 stacks',
      problems: { stacks: 'Too many stacks: a catalogue may make at most 2,000,000.' },
    });
    expect(syntheticFormWords(toSyntheticForm(fields('0', '9', 'x')), m, 'en')).toEqual({
      count: null,
      problems: {
        options: 'Options per layer: a whole number from 1 to 100.',
        layers: 'Layers: a whole number from 1 to 8.',
        seed: 'Seed: a whole number from 0 to 4,294,967,295.',
      },
    });
  });

  it('the count and every problem in Chinese', () => {
    const m = syntheticMessages.zh;
    expect(syntheticFormWords(toSyntheticForm(fields('6', '8')), m, 'zh').count).toBe(
      '1,679,616 个技术栈',
    );
    expect(syntheticFormWords(toSyntheticForm(fields('0', '9', 'x')), m, 'zh').problems).toEqual({
      options: '每层选项数：须为 1 到 100 之间的整数。',
      layers: '层数：须为 1 到 8 之间的整数。',
      seed: '随机种子：须为 0 到 4,294,967,295 之间的整数。',
    });
    expect(syntheticFormWords(toSyntheticForm(fields('100', '4')), m, 'zh')).toEqual({
      count: '100,000,000 个技术栈',
      problems: { stacks: '技术栈过多：目录至多可生成 2,000,000 个。' },
    });
  });

  it('ranges beside the labels', () => {
    expect(rangeWords('options', syntheticMessages.en, 'en')).toBe('1 to 100');
    expect(rangeWords('layers', syntheticMessages.zh, 'zh')).toBe('1 到 8');
    expect(rangeWords('seed', syntheticMessages.en, 'en')).toBe('0 to 4,294,967,295');
  });
});
