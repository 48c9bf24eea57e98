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
      backupKey: 'sdm.presets.corrupt.5',
      rewritten: true,
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
      backupKey: 'k',
      rewritten: true,
    })!;
    expect(both.message.en).toBe(
      'Recovered 3 saved presets; 2 damaged entries were ignored. 2 presets were cleaned (an overlong name, hidden characters or oversized data). The original data is kept in this browser under “k”.',
    );
  });

  it('says a value unreadable as a whole is left untouched, where its copy is, and offers the export', () => {
    const kept = loadNotice({ kind: 'unreadable', backupKey: 'sdm.presets.corrupt.3', raw: 'x' });
    expect(kept).toEqual({
      id: 'presets-load',
      tone: 'warning',
      message: {
        en: 'The saved presets could not be read: the stored data is damaged or in a format this version does not know. It is left untouched; a copy is kept in this browser under “sdm.presets.corrupt.3”. Presets you save now last for this session only. To keep them, use “Export presets (JSON)” in the Presets dialog.',
        zh: '无法读取已保存的预设：存储的数据已损坏，或为此版本无法识别的格式。它保持原样；副本已保存在本浏览器的“sdm.presets.corrupt.3”中。现在保存的预设仅在本次会话中保留。如需保留，请在“预设”对话框中使用“导出预设（JSON）”。',
      },
      action: { kind: 'downloadKept', key: 'sdm.presets.corrupt.3' },
    });
    const lost = loadNotice({ kind: 'unreadable', backupKey: null, raw: 'x' })!;
    expect([lost.tone, lost.action]).toEqual(['error', undefined]);
    expect(lost.message).toEqual({
      en: 'The saved presets could not be read: the stored data is damaged or in a format this version does not know. It could not be backed up and is left untouched. Presets you save now last for this session only. To keep them, use “Export presets (JSON)” in the Presets dialog.',
      zh: '无法读取已保存的预设：存储的数据已损坏，或为此版本无法识别的格式。它无法备份，保持原样未作改动。现在保存的预设仅在本次会话中保留。如需保留，请在“预设”对话框中使用“导出预设（JSON）”。',
    });
  });

  it('is an error when damaged entries could not be backed up: the list is left untouched', () => {
    const notice = loadNotice({
      kind: 'recovered',
      kept: 1,
      ignored: 1,
      cleaned: 0,
      backupKey: null,
      rewritten: false,
    })!;
    expect(notice.tone).toBe('error');
    expect(notice.action).toBeUndefined();
    expect(notice.message).toEqual({
      en: 'Recovered 1 saved preset; 1 damaged entry was ignored. The original data could not be backed up, so it is left untouched. Presets you save now last for this session only. To keep them, use “Export presets (JSON)” in the Presets dialog.',
      zh: '已恢复 1 个已保存的预设；忽略了 1 个损坏的条目。原始数据无法备份，因此保持原样未作改动。现在保存的预设仅在本次会话中保留。如需保留，请在“预设”对话框中使用“导出预设（JSON）”。',
    });
  });

  it('says a list cleaned without a copy (no room for one) lost only what a preset cannot hold', () => {
    const notice = cleanedNotice(1, null);
    expect([notice.id, notice.tone, notice.action]).toEqual(['presets-load', 'warning', undefined]);
    expect(notice.message).toEqual({
      en: '1 preset was cleaned (an overlong name, hidden characters or oversized data). The browser’s storage had no room for a copy of the original, so the cleaned presets were saved without one; only what a preset cannot hold was dropped (name text beyond 60 characters, hidden characters, unknown data).',
      zh: '清理了 1 个预设（名称过长、含隐藏字符或数据过大）。浏览器存储已满，无法保留原始数据的副本，因此已直接保存清理后的预设；仅删去了预设无法容纳的内容（名称中超过 60 个字符的部分、隐藏字符和未知数据）。',
    });
  });

  it('says a backed-up list that could not be replaced is left as it was', () => {
    const notice = loadNotice({
      kind: 'recovered',
      kept: 2,
      ignored: 1,
      cleaned: 0,
      backupKey: 'k',
      rewritten: false,
    })!;
    expect(notice.action).toEqual({ kind: 'downloadKept', key: 'k' });
    expect(notice.message).toEqual({
      en: 'Recovered 2 saved presets; 1 damaged entry was ignored. The original data is kept in this browser under “k”, but it could not be replaced, so it is left as it was.',
      zh: '已恢复 2 个已保存的预设；忽略了 1 个损坏的条目。原始数据已备份在本浏览器的“k”中，但无法替换，因此保持原样。',
    });
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
