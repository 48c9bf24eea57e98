import { describe, expect, it } from 'vitest';

import { syntheticCatalogue } from '../catalogue/synthetic';
import { syntheticLinkNotice } from './catalogue-notices';
import { linkNotice } from './link-notice';
import { readSyntheticLink, syntheticQuery, syntheticSearch } from './synthetic-link';
import { decodeInputs } from './url-codec';

describe('readSyntheticLink', () => {
  it('is null for a query without synthetic', () => {
    expect(readSyntheticLink('')).toBeNull();
    expect(readSyntheticLink('?v=1&lang=zh&seed=3')).toBeNull();
  });

  it('makes the catalogue of the size, seed 17 unless given', () => {
    expect(readSyntheticLink('?synthetic=3x4')).toEqual({
      ok: true,
      choice: { options: 3, layers: 4, seed: 17 },
      catalogue: syntheticCatalogue({ options: 3, layers: 4, seed: 17 }),
    });
    expect(readSyntheticLink('synthetic=10x6&seed=5&lang=zh')).toMatchObject({
      ok: true,
      choice: { options: 10, layers: 6, seed: 5 },
    });
  });

  it.each([
    ['?synthetic=abc', 'format', 'abc'],
    ['?synthetic=', 'format', ''],
    ['?synthetic=10x99', 'layers', '10x99'],
    ['?synthetic=1000x6', 'options', '1000x6'],
    ['?synthetic=100x4', 'stacks', '100x4'],
    ['?synthetic=10x6&seed=-1', 'seed', '-1'],
    ['?synthetic=10x6&seed=abc', 'seed', 'abc'],
    ['?synthetic=10x6&synthetic=3x4', 'repeated', 'synthetic'],
    ['?synthetic=10x6&seed=1&seed=2', 'repeated', 'seed'],
  ])('%s: %s', (search, error, text) => {
    expect(readSyntheticLink(search)).toEqual({ ok: false, error, text });
  });
});

describe('syntheticSearch', () => {
  it('writes the size, and the seed unless it is 17', () => {
    expect(syntheticSearch({ options: 10, layers: 6, seed: 17 })).toBe('?synthetic=10x6');
    expect(syntheticSearch({ options: 6, layers: 8, seed: 0 })).toBe('?synthetic=6x8&seed=0');
  });
});

describe('a synthetic link and the share-link notice', () => {
  it('synthetic and its seed are not parts of the inputs the notice would call unknown', () => {
    expect(decodeInputs('synthetic=10x6&seed=3&lang=zh').ignored).toEqual([]);
    expect(linkNotice(decodeInputs('synthetic=abc&seed=x'))).toBeNull();
    // Without synthetic, a seed means nothing.
    expect(decodeInputs('v=1&seed=3').ignored).toEqual(['seed']);
  });
});

describe('syntheticLinkNotice', () => {
  it('says what the link opened and that the saved catalogue is kept', () => {
    const link = readSyntheticLink('?synthetic=10x6')!;
    expect(syntheticLinkNotice(link, 'seed')).toEqual({
      id: 'synthetic-link',
      tone: 'info',
      message: {
        en: 'This link opens a synthetic catalogue: 10 options in each of 6 layers, 1,000,000 stacks, facts drawn from seed 17. Your saved catalogue is unchanged unless you edit this one.',
        zh: '此链接打开一个合成目录：6 层，每层 10 个选项，共 1,000,000 个技术栈，事实由随机种子 17 生成。在你编辑它之前，你保存的目录不会改变。',
      },
    });
    expect(
      syntheticLinkNotice(readSyntheticLink('?synthetic=1x1&seed=2')!, 'seed').message.en,
    ).toBe(
      'This link opens a synthetic catalogue: 1 option in each of 1 layer, 1 stack, facts drawn from seed 2. Your saved catalogue is unchanged unless you edit this one.',
    );
  });

  it.each([
    [
      '?synthetic=abc',
      'The synthetic catalogue in this link could not be made (“synthetic”: write it as <options>x<layers>, e.g. 10x6): your own catalogue is shown instead.',
      '无法生成此链接中的合成目录（“synthetic”：应写作 <选项数>x<层数>，例如 10x6）：已改用你的目录。',
    ],
    [
      '?synthetic=10x99',
      'The synthetic catalogue in this link could not be made (“10x99”: layers must be 1 to 8): your own catalogue is shown instead.',
      '无法生成此链接中的合成目录（“10x99”：层数须为 1 到 8）：已改用你的目录。',
    ],
    [
      '?synthetic=1000x6',
      'The synthetic catalogue in this link could not be made (“1000x6”: options per layer must be 1 to 100): your own catalogue is shown instead.',
      '无法生成此链接中的合成目录（“1000x6”：每层选项数须为 1 到 100）：已改用你的目录。',
    ],
    [
      '?synthetic=10x8',
      'The synthetic catalogue in this link could not be made (“10x8”: it would make 100,000,000 stacks, more than the 2,000,000 a catalogue may make): your own catalogue is shown instead.',
      '无法生成此链接中的合成目录（“10x8”：会生成 100,000,000 个技术栈，超过目录上限 2,000,000 个）：已改用你的目录。',
    ],
    [
      '?synthetic=99x8',
      'The synthetic catalogue in this link could not be made (“99x8”: it would make more than the 2,000,000 stacks a catalogue may make): your own catalogue is shown instead.',
      '无法生成此链接中的合成目录（“99x8”：技术栈会超过目录上限 2,000,000 个）：已改用你的目录。',
    ],
    [
      '?synthetic=3x4&seed=1.5',
      'The synthetic catalogue in this link could not be made (“seed”: the seed must be a whole number from 0 to 4,294,967,295): your own catalogue is shown instead.',
      '无法生成此链接中的合成目录（“seed”：随机种子须为 0 到 4,294,967,295 之间的整数）：已改用你的目录。',
    ],
    [
      '?synthetic=3x4&synthetic=2x2',
      'The synthetic catalogue in this link could not be made (“synthetic”: it is given more than once): your own catalogue is shown instead.',
      '无法生成此链接中的合成目录（“synthetic”：它在链接中出现了不止一次）：已改用你的目录。',
    ],
  ])('explains a refused %s in both languages', (search, en, zh) => {
    expect(syntheticLinkNotice(readSyntheticLink(search)!, 'own')).toEqual({
      id: 'synthetic-link',
      tone: 'warning',
      message: { en, zh },
    });
  });

  it('names the seed catalogue when that is what is shown, and never repeats the link’s text', () => {
    const notice = syntheticLinkNotice(
      readSyntheticLink(`?synthetic=Call%20support%3A%20%2B1%20555%E2%80%AE${'b'.repeat(40)}`)!,
      'seed',
    );
    expect(notice.message.en).toBe(
      'The synthetic catalogue in this link could not be made (“synthetic”: write it as <options>x<layers>, e.g. 10x6): the seed catalogue is shown instead.',
    );
    const seed = syntheticLinkNotice(readSyntheticLink('?synthetic=3x4&seed=Call%20us')!, 'seed');
    expect(seed.message.en).not.toContain('Call');
    expect(seed.message.zh).not.toContain('Call');
    expect(notice.message.zh).toMatch(/：已改用种子目录。$/);
  });
});

describe('syntheticQuery', () => {
  it('names the size (and a seed other than 17) of a generated catalogue, nothing for others', () => {
    expect(syntheticQuery(syntheticCatalogue({ options: 10, layers: 6 }))).toBe('synthetic=10x6');
    expect(syntheticQuery(syntheticCatalogue({ options: 3, layers: 4, seed: 5 }))).toBe(
      'synthetic=3x4&seed=5',
    );
    // An equal copy (a stored or edited catalogue) is not the generated one.
    expect(syntheticQuery(structuredClone(syntheticCatalogue({ options: 3, layers: 4 })))).toBe('');
  });
});
