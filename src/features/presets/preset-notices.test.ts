import { describe, expect, it } from 'vitest';

import { cleanedNotice, loadNotice, writeNotice } from './preset-notices';

describe('loadNotice', () => {
  it('says nothing when nothing went wrong', () => {
    expect(loadNotice(null)).toBeNull();
  });

  it('says what was recovered, what was ignored and where the original is, and offers it as a file', () => {
    const notice = loadNotice({
      kind: 'recovered',
      kept: 2,
      ignored: 1,
      cleaned: 0,
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
      action: { kind: 'downloadKept', key: 'sdm.presets.corrupt.5' },
    });
  });

  it('says how many presets were cleaned (an oversized name), alone or with damaged entries', () => {
    expect(cleanedNotice(1, 'sdm.presets.corrupt.7').message).toEqual({
      en: '1 preset was cleaned (an overlong name, hidden characters or oversized data). The original data is kept in this browser under “sdm.presets.corrupt.7”.',
      zh: '清理了 1 个预设（名称过长、含隐藏字符或数据过大）。原始数据已备份在本浏览器的“sdm.presets.corrupt.7”中。',
    });
    const both = loadNotice({
      kind: 'recovered',
      kept: 3,
      ignored: 2,
      cleaned: 2,
      unreadable: false,
      backupKey: 'k',
    })!;
    expect(both.message.en).toBe(
      'Recovered 3 saved presets; 2 damaged entries were ignored. 2 presets were cleaned (an overlong name, hidden characters or oversized data). The original data is kept in this browser under “k”.',
    );
  });

  it('is an error when the damaged original could not be backed up', () => {
    const notice = loadNotice({
      kind: 'recovered',
      kept: 0,
      ignored: 0,
      cleaned: 0,
      unreadable: true,
      backupKey: null,
    })!;
    expect(notice.tone).toBe('error');
    expect(notice.action).toBeUndefined();
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

describe('writeNotice', () => {
  it('says a newer format was left untouched and points to the export, in both languages', () => {
    expect(writeNotice({ kind: 'newerInStorage', version: 2 })).toEqual({
      id: 'presets-save',
      tone: 'warning',
      message: {
        en: 'Your saved presets are now in a newer format (v2), written by a newer version of this app in another tab. They are left untouched. This change and later ones are kept for this session only. To keep them, use “Export presets (JSON)” in the Presets dialog.',
        zh: '已保存的预设现为更新的格式（v2），由另一个标签页中本应用的更新版本写入。它们保持原样。此更改及之后的更改仅在本次会话中保留。如需保留，请在“预设”对话框中使用“导出预设（JSON）”。',
      },
    });
  });

  it('names the backup of a damaged value and offers it as a file; an error when there is none', () => {
    const kept = writeNotice({ kind: 'unreadableInStorage', backupKey: 'sdm.presets.corrupt.9' });
    expect(kept.message.en).toBe(
      'The saved presets now hold data this version cannot read. It is left untouched; a copy is kept in this browser under “sdm.presets.corrupt.9”. This change and later ones are kept for this session only. To keep them, use “Export presets (JSON)” in the Presets dialog.',
    );
    expect(kept.action).toEqual({ kind: 'downloadKept', key: 'sdm.presets.corrupt.9' });
    const lost = writeNotice({ kind: 'unreadableInStorage', backupKey: null });
    expect([lost.tone, lost.action]).toEqual(['error', undefined]);
    expect(lost.message.zh).toBe(
      '已保存的预设现含有此版本无法读取的数据，且无法备份。它保持原样。此更改及之后的更改仅在本次会话中保留。如需保留，请在“预设”对话框中使用“导出预设（JSON）”。',
    );
  });

  it('tells a full storage from an unavailable one', () => {
    expect(writeNotice({ kind: 'quota' }).message.en).toMatch(/^The browser’s storage is full/);
    expect(writeNotice({ kind: 'unavailable' }).message.zh).toMatch(/^浏览器存储不可用/);
    expect(writeNotice({ kind: 'quota' }).id).toBe('presets-save');
  });
});
