import { describe, expect, it } from 'vitest';

import { rankingMessages } from './messages';
import { statusLine } from './ranking-status';

const counts = {
  shown: 50,
  total: 6432,
  filtered: null,
  match: 12,
  partial: 30,
  mismatch: 6390,
  invalid: 0,
};

describe('statusLine', () => {
  it('groups thousands in both languages', () => {
    expect(statusLine(counts, rankingMessages.en, 'en')).toBe(
      'Showing 50 of 6,432 stacks · 12 match · 30 partial · 6,390 fail',
    );
    expect(statusLine(counts, rankingMessages.zh, 'zh')).toBe(
      '显示 50 / 6,432 个技术栈 · 匹配 12 · 部分匹配 30 · 不匹配 6,390',
    );
  });

  it('adds the filter and invalid counts when there are any', () => {
    expect(statusLine({ ...counts, filtered: 1200, invalid: 1024 }, rankingMessages.en, 'en')).toBe(
      'Showing 50 of 6,432 stacks · 1,200 pass the filter · 12 match · 30 partial · 6,390 fail · 1,024 invalid',
    );
  });
});
