import { describe, expect, it } from 'vitest';

import { firstVisitPreferences } from './first-visit';

describe('firstVisitPreferences', () => {
  it('opens in Chinese for a Chinese browser and dark for a dark OS', () => {
    expect(firstVisitPreferences({ languages: ['zh-CN', 'en'], prefersDark: true })).toEqual({
      language: 'zh',
      theme: 'dark',
    });
    expect(firstVisitPreferences({ languages: ['zh-TW'], prefersDark: false }).language).toBe('zh');
    expect(firstVisitPreferences({ languages: ['zh'], prefersDark: false }).language).toBe('zh');
  });

  it('takes the first language the app has, else English and light', () => {
    expect(firstVisitPreferences({ languages: ['fr-FR', 'zh-CN'], prefersDark: false })).toEqual({
      language: 'zh',
      theme: 'light',
    });
    expect(
      firstVisitPreferences({ languages: ['en-GB', 'zh-CN'], prefersDark: false }).language,
    ).toBe('en');
    expect(firstVisitPreferences({ languages: ['de'], prefersDark: false }).language).toBe('en');
    expect(firstVisitPreferences({ languages: [], prefersDark: false }).language).toBe('en');
    // "zhx" is not Chinese.
    expect(firstVisitPreferences({ languages: ['zhx'], prefersDark: false }).language).toBe('en');
  });
});
