import { describe, expect, it } from 'vitest';

import { presetsMessages } from './messages';
import { statusOf } from './preset-status';

const { en, zh } = presetsMessages;

describe('statusOf', () => {
  it('says what was done, and why it lasts for this session only, in both languages', () => {
    expect(statusOf({ name: 'Edge', outcome: 'stored' }, en.savedStatus, en)).toBe('Saved “Edge”.');
    expect(statusOf({ name: 'Edge', outcome: 'newer' }, en.savedStatus, en)).toBe(
      'Saved “Edge”. This change lasts for this session only: your saved presets are in a newer format (another tab).',
    );
    expect(statusOf({ name: 'Edge', outcome: 'unreadable' }, zh.deletedStatus, zh)).toBe(
      '已删除“Edge”。此更改仅在本次会话中保留：此处无法读取已存储的预设（见提示）。',
    );
  });

  it('says a preset being renamed or deleted was already deleted in another tab', () => {
    expect(statusOf({ name: 'Edge', outcome: 'gone' }, en.renamedStatus, en)).toBe(
      '“Edge” was already deleted in another tab.',
    );
    expect(statusOf({ name: 'Edge', outcome: 'gone' }, zh.deletedStatus, zh)).toBe(
      '“Edge”已在另一个标签页中删除。',
    );
  });

  it('says a save beyond the cap was refused, naming no preset', () => {
    expect(statusOf({ name: '', outcome: 'full' }, en.savedStatus, en)).toBe(
      'Not saved: at most 500 presets can be kept. Delete some first.',
    );
    expect(statusOf({ name: '', outcome: 'full' }, zh.savedStatus, zh)).toBe(
      '未保存：最多只能保留 500 个预设。请先删除一些。',
    );
  });
});
