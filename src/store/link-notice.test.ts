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
        en: 'Parts of this link could not be used and were ignored: weights, language, compared stacks. They show their defaults. The rest is restored as shared.',
        zh: '链接中的部分内容无法识别，已忽略：权重、语言、对比的技术栈。这些项显示默认值。其余内容已按链接恢复。',
      },
    });
  });

  it('names the aggregation method, the judgements and hiding dominated stacks', () => {
    expect(linkNotice(decodeInputs('v=1&agg=x&ahp=1&dom=2'))?.message).toEqual({
      en: 'Parts of this link could not be used and were ignored: aggregation method, pairwise judgements, hide dominated stacks. They show their defaults. The rest is restored as shared.',
      zh: '链接中的部分内容无法识别，已忽略：聚合方法、两两比较判断、隐藏被支配的技术栈。这些项显示默认值。其余内容已按链接恢复。',
    });
  });

  it('never repeats an unknown parameter’s name (the link’s author wrote it): counts them', () => {
    const long = 'Call support: +1 555 0100 '.repeat(2);
    const message = messageOf(
      `v=1&__proto__[x]=1&${encodeURIComponent(long)}=1&a%E2%80%AEb=1&w=x`,
    )!;
    expect(message.en).toBe(
      'Parts of this link could not be used and were ignored: weights. They show their defaults. 3 parts of this link are unknown to this app and were ignored. The rest is restored as shared.',
    );
    expect(message.zh).toBe(
      '链接中的部分内容无法识别，已忽略：权重。这些项显示默认值。链接中有 3 项本应用不认识的内容，已忽略。其余内容已按链接恢复。',
    );
    expect(messageOf('v=1&Call%20support%3A%20%2B1%20555=1')?.en).toBe(
      '1 part of this link is unknown to this app and was ignored. The rest is restored as shared.',
    );
  });

  it('lists six known parts and counts the rest', () => {
    const message = messageOf('v=1&w=x&n=x&m=x&c=x&o=x&h=x&np=x&pc=x');
    expect(message?.en).toBe(
      'Parts of this link could not be used and were ignored: weights, node count, memory per node, cold start, offline, high availability and 2 more. They show their defaults. The rest is restored as shared.',
    );
    expect(message?.zh).toBe(
      '链接中的部分内容无法识别，已忽略：权重、节点数、单节点内存、冷启动、离线运行、高可用等另外 2 项。这些项显示默认值。其余内容已按链接恢复。',
    );
  });

  it('says a list used in part is used in part, not that it shows its default', () => {
    expect(messageOf('v=1&sel=121101,zzzzzz')).toEqual({
      en: 'Used in part: compared stacks — the items that could not be read were left out. The rest is restored as shared.',
      zh: '部分采用：对比的技术栈——无法读取的条目已略去。其余内容已按链接恢复。',
    });
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
