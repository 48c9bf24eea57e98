import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { formatSetting, settingLabel } from './format-setting';

const NAMES = namesOf(seedCatalogue);

describe('formatSetting', () => {
  it('formats figures, limits, flags and choices in both languages', () => {
    expect(formatSetting('nodes', 2000, 'en', NAMES)).toBe('2,000');
    expect(formatSetting('coldStartMs', 10, 'zh', NAMES)).toBe('10 ms');
    expect(formatSetting('memoryPerNodeMB', null, 'en', NAMES)).toBe('no limit');
    expect(formatSetting('memoryPerNodeMB', null, 'zh', NAMES)).toBe('不限');
    expect(formatSetting('offline', true, 'en', NAMES)).toBe('yes');
    expect(formatSetting('showInvalid', false, 'en', NAMES)).toBe('hidden');
    expect(formatSetting('networkPolicy', 'l7', 'en', NAMES)).toBe('L7');
    expect(formatSetting('policyComplexity', 'complex', 'zh', NAMES)).toBe('复杂');
    expect(formatSetting('rankMode', 'scoreOnly', 'en', NAMES)).toBe('score only');
    expect(settingLabel('coldStartMs', 'zh')).toBe('冷启动上限');
  });

  it('words the site, Alpha API and GPU requirements, and names the base scenario', () => {
    expect(formatSetting('site', 'edge', 'en', NAMES)).toBe('edge');
    expect(formatSetting('site', 'cloud', 'zh', NAMES)).toBe('云端');
    expect(formatSetting('gpu', true, 'zh', NAMES)).toBe('是');
    expect(settingLabel('alphaApi', 'en')).toBe('Needs Alpha APIs');
    expect(settingLabel('existingDatabase', 'zh')).toBe('复用已有数据库');
    // a scenario id is named, not taken for the site word "edge"
    expect(formatSetting('baseScenarioId', 'edge', 'en', NAMES)).toBe('Edge computing');
    expect(formatSetting('baseScenarioId', 'large-scale', 'zh', NAMES)).toBe('大规模生产');
    expect(settingLabel('baseScenarioId', 'en')).toBe('Started from');
  });
});
