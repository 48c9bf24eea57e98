import { describe, expect, it } from 'vitest';

import { loadNotice, saveNotice } from './preset-notices';

describe('loadNotice', () => {
  it('says nothing when nothing went wrong', () => {
    expect(loadNotice(null)).toBeNull();
  });

  it('says what was recovered, what was ignored and where the original is', () => {
    const notice = loadNotice({
      kind: 'recovered',
      kept: 2,
      ignored: 1,
      unreadable: false,
      backupKey: 'sdm.presets.corrupt.5',
    });
    expect(notice).toEqual({
      id: 'presets-load',
      tone: 'warning',
      message: {
        en: 'Recovered 2 saved presets; 1 damaged entry was ignored. The original data is kept in this browser under “sdm.presets.corrupt.5”.',
        zh: '已恢复 2 个已保存的预设；忽略了 1 个损坏的条目。原始数据已备份在本浏览器的“sdm.presets.corrupt.5”中。',
      },
    });
  });

  it('is an error when the damaged original could not be backed up', () => {
    const notice = loadNotice({
      kind: 'recovered',
      kept: 0,
      ignored: 0,
      unreadable: true,
      backupKey: null,
    })!;
    expect(notice.tone).toBe('error');
    expect(notice.message.en).toBe(
      'The saved presets could not be read: the stored data is damaged. The original data could not be backed up, so it is left untouched; presets you save now last for this session only.',
    );
  });

  it('names a newer format and blocked storage', () => {
    expect(loadNotice({ kind: 'future', version: 2, kept: 1 })!.message.en).toContain(
      'format v2). 1 preset is shown read-only',
    );
    expect(loadNotice({ kind: 'unavailable' })!.message.zh).toBe(
      '无法读取已保存的预设：浏览器禁止使用本地存储。现在保存的预设仅在本次会话中保留。',
    );
  });
});

describe('saveNotice', () => {
  it('tells a full storage from an unavailable one', () => {
    expect(saveNotice('quota').message.en).toMatch(/^The browser’s storage is full/);
    expect(saveNotice('unavailable').message.zh).toMatch(/^浏览器存储不可用/);
    expect(saveNotice('quota').id).toBe('presets-save');
  });
});
