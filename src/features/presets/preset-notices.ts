import type { Notice } from '../../store/app-store';
import type { LoadProblem, SaveFailure } from '../../store/preset-storage';

export const LOAD_NOTICE_ID = 'presets-load';
export const SAVE_NOTICE_ID = 'presets-save';

const enCount = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
  const { kept, ignored, unreadable, backupKey } = problem;
  const [en, zh] = unreadable
    ? [
        'The saved presets could not be read: the stored data is damaged.',
        '无法读取已保存的预设：存储的数据已损坏。',
      ]
    : [
        `Recovered ${enCount(kept, 'saved preset', 'saved presets')}; ${enCount(ignored, 'damaged entry was', 'damaged entries were')} ignored.`,
        `已恢复 ${kept} 个已保存的预设；忽略了 ${ignored} 个损坏的条目。`,
      ];
  return backupKey
    ? notice(
        'warning',
        `${en} The original data is kept in this browser under “${backupKey}”.`,
        `${zh}原始数据已备份在本浏览器的“${backupKey}”中。`,
      )
    : notice(
        'error',
        `${en} The original data could not be backed up, so it is left untouched; presets you save now last for this session only.`,
        `${zh}原始数据无法备份，因此保持原样未作改动；现在保存的预设仅在本次会话中保留。`,
      );
}

/** Why a change to the presets was not stored, in both languages. */
export function saveNotice(failure: SaveFailure): Notice {
  const message =
    failure === 'quota'
      ? {
          en: 'The browser’s storage is full: the change to your presets is kept for this session only. Presets saved earlier are unchanged.',
          zh: '浏览器存储已满：对预设的更改仅在本次会话中保留。之前保存的预设保持不变。',
        }
      : {
          en: 'The browser’s storage is unavailable: the change to your presets is kept for this session only. Presets saved earlier are unchanged.',
          zh: '浏览器存储不可用：对预设的更改仅在本次会话中保留。之前保存的预设保持不变。',
        };
  return { id: SAVE_NOTICE_ID, tone: 'warning', message };
}
