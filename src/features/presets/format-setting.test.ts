import { describe, expect, it } from 'vitest';

import { formatSetting, settingLabel } from './format-setting';

describe('formatSetting', () => {
  it('formats figures, limits, flags and choices in both languages', () => {
    expect(formatSetting('nodes', 2000, 'en')).toBe('2,000');
    expect(formatSetting('coldStartMs', 10, 'zh')).toBe('10 ms');
    expect(formatSetting('memoryPerNodeMB', null, 'en')).toBe('no limit');
    expect(formatSetting('memoryPerNodeMB', null, 'zh')).toBe('不限');
    expect(formatSetting('offline', true, 'en')).toBe('yes');
    expect(formatSetting('showInvalid', false, 'en')).toBe('hidden');
    expect(formatSetting('networkPolicy', 'l7', 'en')).toBe('L7');
    expect(formatSetting('policyComplexity', 'complex', 'zh')).toBe('复杂');
    expect(formatSetting('rankMode', 'scoreOnly', 'en')).toBe('score only');
    expect(settingLabel('coldStartMs', 'zh')).toBe('冷启动上限');
  });
});
