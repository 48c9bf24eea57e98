import { describe, expect, it } from 'vitest';

import { fieldLabel } from './field-labels';

describe('fieldLabel', () => {
  it('names a fact by its label, in both languages', () => {
    expect(fieldLabel('facts.startTime', 'en')).toBe('Start time');
    expect(fieldLabel('facts.startTime', 'zh')).toBe('启动时间');
    expect(fieldLabel('facts.podDensity', 'zh')).toBe('Pod 密度');
  });

  it('names the item fields a diff lists', () => {
    expect(['summary', 'name', 'includes', 'variants'].map((f) => fieldLabel(f, 'en'))).toEqual([
      'Summary',
      'Name',
      'Technologies it stands for',
      'Variants',
    ]);
    expect(['summary', 'name', 'defaultWeight'].map((f) => fieldLabel(f, 'zh'))).toEqual([
      '简介',
      '名称',
      '默认权重',
    ]);
  });

  it('spells out a field it does not know instead of showing a path', () => {
    expect(fieldLabel('someNewField', 'en')).toBe('Some new field');
    expect(fieldLabel('facts.madeUpFact', 'zh')).toBe('Made up fact');
    // Object.prototype's keys are not labels.
    expect(fieldLabel('constructor', 'en')).toBe('Constructor');
    expect(fieldLabel('__proto__', 'en')).toBe('__proto__');
  });
});
