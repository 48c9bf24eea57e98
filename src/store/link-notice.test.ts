import { describe, expect, it } from 'vitest';

import { linkNotice } from './link-notice';
import { decodeInputs } from './url-codec';

const messageOf = (query: string) => linkNotice(decodeInputs(query))?.message;

describe('linkNotice', () => {
  it('is null for a clean link', () => {
    expect(linkNotice(decodeInputs('v=1&s=edge&w=4,3,0,2,0,1&c=10&o=1'))).toBeNull();
  });

  it('names the ignored parts in both languages', () => {
    expect(linkNotice(decodeInputs('v=1&w=99.-1&lang=fr&sel=zz'))).toEqual({
      id: 'share-link',
      tone: 'warning',
      message: {
        en: 'Parts of this link could not be used and were ignored: weights, language, compared stacks. They show their defaults; the rest is restored as shared.',
        zh: '链接中的部分内容无法识别，已忽略：权重、语言、对比的技术栈。这些项显示默认值，其余内容已按链接恢复。',
      },
    });
  });

  it('names the aggregation method, the judgements and hiding dominated stacks', () => {
    expect(linkNotice(decodeInputs('v=1&agg=x&ahp=1&dom=2'))?.message).toEqual({
      en: 'Parts of this link could not be used and were ignored: aggregation method, pairwise judgements, hide dominated stacks. They show their defaults; the rest is restored as shared.',
      zh: '链接中的部分内容无法识别，已忽略：聚合方法、两两比较判断、隐藏被支配的技术栈。这些项显示默认值，其余内容已按链接恢复。',
    });
  });

  it('quotes unknown parameters, shortens long ones and neutralises control characters', () => {
    const long = 'k'.repeat(40);
    expect(messageOf(`v=1&__proto__[x]=1&${long}=1&a%E2%80%AEb=1`)?.en).toBe(
      `Parts of this link could not be used and were ignored: “__proto__[x]”, “${'k'.repeat(23)}…”, “a\uFFFDb”. They show their defaults; the rest is restored as shared.`,
    );
  });

  it('lists six parts and counts the rest', () => {
    const message = messageOf('v=1&a=1&b=x&c=x&d=1&e=1&f=x&g=1&h=x');
    expect(message?.en).toBe(
      'Parts of this link could not be used and were ignored: “a”, scenario, cold start, “d”, “e”, technology filter and 2 more. They show their defaults; the rest is restored as shared.',
    );
    expect(message?.zh).toBe(
      '链接中的部分内容无法识别，已忽略：“a”、场景、冷启动、“d”、“e”、技术筛选等另外 2 项。这些项显示默认值，其余内容已按链接恢复。',
    );
  });

  it('says when a whole link was ignored', () => {
    expect(messageOf('v=2&lang=zh')).toEqual({
      en: 'This link uses a format version this app does not know and was ignored; the default view is shown.',
      zh: '该链接的格式版本无法识别，已忽略，显示默认视图。',
    });
    expect(messageOf(`v=1&x=${'a'.repeat(3000)}`)?.en).toBe(
      'This link is longer than 2,048 characters and was ignored; the default view is shown.',
    );
  });
});
