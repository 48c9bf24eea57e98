import type { Notice } from '../../store/app-store';
import { MAX_NAME_LENGTH, type LoadProblem, type WriteOutcome } from '../../store/preset-storage';

export const LOAD_NOTICE_ID = 'presets-load';
export const SAVE_NOTICE_ID = 'presets-save';

const enCount = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// The export offered by every notice about changes kept for this session only (the button is in
// the dialog: the notice names it, in the dialog's words).
const EXPORT_HINT = {
  en: 'To keep them, use “Export presets (JSON)” in the Presets dialog.',
  zh: '如需保留，请在“预设”对话框中使用“导出预设（JSON）”。',
};

/** The copy of a stored value the notice names, as a notice action that downloads it. */
const keptCopy = (key: string | null) =>
  key === null ? {} : { action: { kind: 'downloadKept' as const, key } };

/** What cleaning changed, in both languages ('' when nothing was cleaned). */
function cleanedWords(cleaned: number): [string, string] {
  if (cleaned === 0) return ['', ''];
  return [
    ` ${enCount(cleaned, 'preset was', 'presets were')} cleaned (an overlong name, hidden characters or oversized data).`,
    `清理了 ${cleaned} 个预设（名称过长、含隐藏字符或数据过大）。`,
  ];
}

/** What went wrong reading the stored presets, in both languages; null when nothing did. */
export function loadNotice(problem: LoadProblem | null): Notice | null {
  if (!problem) return null;
  const notice = (tone: Notice['tone'], en: string, zh: string): Notice => ({
    id: LOAD_NOTICE_ID,
    tone,
    message: { en, zh },
  });
  if (problem.kind === 'unavailable')
    return notice(
      'warning',
      'Saved presets are unavailable: this browser blocks its local storage. Presets you save now last for this session only.',
      '无法读取已保存的预设：浏览器禁止使用本地存储。现在保存的预设仅在本次会话中保留。',
    );
  if (problem.kind === 'future')
    return notice(
      'warning',
      `Your saved presets were written by a newer version of this app (format v${problem.version}). ${enCount(problem.kept, 'preset is', 'presets are')} shown read-only; nothing is written back, and changes last for this session only.`,
      `已保存的预设来自本应用的更新版本（格式 v${problem.version}）。以只读方式显示其中 ${problem.kept} 个预设；不会写回存储，本次的更改仅在本次会话中保留。`,
    );
  const sessionOnly = {
    en: `Presets you save now last for this session only. ${EXPORT_HINT.en}`,
    zh: `现在保存的预设仅在本次会话中保留。${EXPORT_HINT.zh}`,
  };
  if (problem.kind === 'unreadable') {
    const [en, zh] = [
      'The saved presets could not be read: the stored data is damaged or in a format this version does not know.',
      '无法读取已保存的预设：存储的数据已损坏，或为此版本无法识别的格式。',
    ];
    return problem.backupKey === null
      ? notice(
          'error',
          `${en} It could not be backed up and is left untouched. ${sessionOnly.en}`,
          `${zh}它无法备份，保持原样未作改动。${sessionOnly.zh}`,
        )
      : {
          ...notice(
            'warning',
            `${en} It is left untouched; a copy is kept in this browser under “${problem.backupKey}”. ${sessionOnly.en}`,
            `${zh}它保持原样；副本已保存在本浏览器的“${problem.backupKey}”中。${sessionOnly.zh}`,
          ),
          ...keptCopy(problem.backupKey),
        };
  }
  const { kept, ignored, cleaned, backupKey, rewritten } = problem;
  const [cleanedEn, cleanedZh] = cleanedWords(cleaned);
  const [en, zh] =
    ignored > 0
      ? [
          `Recovered ${enCount(kept, 'saved preset', 'saved presets')}; ${enCount(ignored, 'damaged entry was', 'damaged entries were')} ignored.${cleanedEn}`,
          `已恢复 ${kept} 个已保存的预设；忽略了 ${ignored} 个损坏的条目。${cleanedZh}`,
        ]
      : [cleanedEn.trim(), cleanedZh];
  if (backupKey !== null)
    return {
      ...(rewritten
        ? notice(
            'warning',
            `${en} The original data is kept in this browser under “${backupKey}”.`,
            `${zh}原始数据已备份在本浏览器的“${backupKey}”中。`,
          )
        : notice(
            'warning',
            `${en} The original data is kept in this browser under “${backupKey}”, but it could not be replaced, so it is left as it was.`,
            `${zh}原始数据已备份在本浏览器的“${backupKey}”中，但无法替换，因此保持原样。`,
          )),
      ...keptCopy(backupKey),
    };
  return rewritten
    ? notice(
        'warning',
        `${en} The browser’s storage had no room for a copy of the original, so the cleaned presets were saved without one; only what a preset cannot hold was dropped (name text beyond ${MAX_NAME_LENGTH} characters, hidden characters, unknown data).`,
        `${zh}浏览器存储已满，无法保留原始数据的副本，因此已直接保存清理后的预设；仅删去了预设无法容纳的内容（名称中超过 ${MAX_NAME_LENGTH} 个字符的部分、隐藏字符和未知数据）。`,
      )
    : notice(
        'error',
        `${en} The original data could not be backed up, so it is left untouched. ${sessionOnly.en}`,
        `${zh}原始数据无法备份，因此保持原样未作改动。${sessionOnly.zh}`,
      );
}

/**
 * The notice when a write found stored entries to clean: cleaned, after a copy was kept under
 * `backupKey` (null: saved without a copy, as storage had no room for one).
 */
export function cleanedNotice(cleaned: number, backupKey: string | null): Notice {
  return loadNotice({
    kind: 'recovered',
    kept: 0,
    ignored: 0,
    cleaned,
    backupKey,
    rewritten: true,
  })!;
}

/**
 * Why a change to the presets was not stored, in both languages, with the export that keeps
 * this session's presets. Names no preset (nothing another tab or a file chose is repeated).
 */
export function writeNotice(
  outcome: Extract<
    WriteOutcome,
    { kind: 'newerInStorage' | 'unreadableInStorage' | 'quota' | 'unavailable' }
  >,
): Notice {
  const tail = {
    en: `This change and later ones are kept for this session only. ${EXPORT_HINT.en}`,
    zh: `此更改及之后的更改仅在本次会话中保留。${EXPORT_HINT.zh}`,
  };
  const notice = (en: string, zh: string, extra: Partial<Notice> = {}): Notice => ({
    id: SAVE_NOTICE_ID,
    tone: 'warning',
    message: { en: `${en} ${tail.en}`, zh: `${zh}${tail.zh}` },
    ...extra,
  });
  switch (outcome.kind) {
    case 'newerInStorage':
      return notice(
        `Your saved presets are now in a newer format (v${outcome.version}), written by a newer version of this app in another tab. They are left untouched.`,
        `已保存的预设现为更新的格式（v${outcome.version}），由另一个标签页中本应用的更新版本写入。它们保持原样。`,
      );
    case 'unreadableInStorage':
      return outcome.backupKey === null
        ? notice(
            'The saved presets now hold data this version cannot read, and it could not be backed up. It is left untouched.',
            '已保存的预设现含有此版本无法读取的数据，且无法备份。它保持原样。',
            { tone: 'error' },
          )
        : notice(
            `The saved presets now hold data this version cannot read. It is left untouched; a copy is kept in this browser under “${outcome.backupKey}”.`,
            `已保存的预设现含有此版本无法读取的数据。它保持原样；副本已保存在本浏览器的“${outcome.backupKey}”中。`,
            keptCopy(outcome.backupKey),
          );
    case 'quota':
      return notice(
        'The browser’s storage is full: presets saved earlier are unchanged.',
        '浏览器存储已满：之前保存的预设保持不变。',
      );
    case 'unavailable':
      return notice(
        'The browser’s storage is unavailable: presets saved earlier are unchanged.',
        '浏览器存储不可用：之前保存的预设保持不变。',
      );
  }
}
