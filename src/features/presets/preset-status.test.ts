import { describe, expect, it } from 'vitest';

import type { ReplaceOutcome } from '../../store/preset-storage';
import { presetsMessages } from './messages';
import { replaceStatusOf, statusOf } from './preset-status';

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

describe('replaceStatusOf', () => {
  it('says a new list was started, and where the unreadable value is kept', () => {
    const stored: ReplaceOutcome = {
      kind: 'stored',
      presets: [],
      backupKey: 'sdm.presets.corrupt.9',
    };
    expect(replaceStatusOf(stored, en, 'en')).toBe(
      'Started a new preset list: 0 presets saved in this browser. The unreadable value is kept under “sdm.presets.corrupt.9”.',
    );
    expect(replaceStatusOf(stored, zh, 'zh')).toBe(
      '已开始新的预设列表：0 个预设已保存在本浏览器中。无法读取的数据保留在“sdm.presets.corrupt.9”中。',
    );
  });

  it('says why nothing was replaced, in both languages', () => {
    expect(replaceStatusOf({ kind: 'newerInStorage', version: 3 }, en, 'en')).toBe(
      'Not replaced: the saved presets are now in a newer format (v3), which is never overwritten.',
    );
    expect(replaceStatusOf({ kind: 'readable' }, zh, 'zh')).toBe(
      '未替换：已保存的预设现在可以读取。请重新加载页面查看。',
    );
    expect(replaceStatusOf({ kind: 'noBackup', failure: 'quota' }, en, 'en')).toBe(
      'Not replaced: the browser’s storage is full. The unreadable value is left untouched.',
    );
    expect(replaceStatusOf({ kind: 'noBackup', failure: 'unavailable' }, zh, 'zh')).toBe(
      '未替换：浏览器存储不可用。无法读取的数据保持原样。',
    );
    expect(replaceStatusOf({ kind: 'quota' }, zh, 'zh')).toBe(
      '未替换：浏览器存储已满。无法读取的数据保持原样。',
    );
    expect(replaceStatusOf({ kind: 'changed' }, en, 'en')).toBe(
      'Not replaced: another tab changed the saved presets since this page loaded. Reload the page to see them.',
    );
  });
});
