import { describe, expect, it } from 'vitest';

import { requirementLabel, requirementValue } from './requirement-words';

describe('requirement words', () => {
  it('names requirements and their values in both languages', () => {
    expect(requirementLabel('site', 'zh')).toBe('部署位置');
    expect(requirementLabel('gpu', 'en')).toBe('GPU acceleration');
    expect(requirementLabel('existingDatabase', 'en')).toBe('Existing database to reuse');
    expect(requirementLabel('alphaApi', 'zh')).toBe('需要 Alpha API');
    expect(requirementValue('site', 'cloud', 'en')).toBe('cloud');
    expect(requirementValue('coldStartMs', 10, 'zh')).toBe('10 ms');
    expect(requirementValue('nodes', 1001, 'en')).toBe('1,001');
    expect(requirementValue('memoryPerNodeMB', null, 'en')).toBe('no limit');
    expect(requirementValue('alphaApi', true, 'zh')).toBe('是');
    expect(requirementValue('networkPolicy', 'basic', 'zh')).toBe('基础');
    expect(requirementValue('policyComplexity', 'none', 'en')).toBe('none');
  });
});
