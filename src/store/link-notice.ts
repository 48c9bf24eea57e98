import type { LocalizedText } from '../catalogue/types';
import type { Notice } from './app-store';
import type { DecodeResult } from './url-codec';

/** The id of the notice about a share link; a newer one replaces it. */
export const LINK_NOTICE_ID = 'share-link';

/** What each part of a link is called in the notice. A Map: a part named __proto__ finds nothing. */
const PART_NAMES = new Map<string, LocalizedText>([
  ['s', { en: 'scenario', zh: '场景' }],
  ['b', { en: 'scenario', zh: '场景' }],
  ['w', { en: 'weights', zh: '权重' }],
  ['n', { en: 'node count', zh: '节点数' }],
  ['m', { en: 'memory per node', zh: '单节点内存' }],
  ['c', { en: 'cold start', zh: '冷启动' }],
  ['o', { en: 'offline', zh: '离线运行' }],
  ['h', { en: 'high availability', zh: '高可用' }],
  ['np', { en: 'network policy', zh: '网络策略' }],
  ['pc', { en: 'policy complexity', zh: '策略复杂度' }],
  ['db', { en: 'existing database', zh: '已有数据库' }],
  ['site', { en: 'site', zh: '部署位置' }],
  ['alpha', { en: 'Alpha APIs', zh: 'Alpha API' }],
  ['gpu', { en: 'GPU', zh: 'GPU' }],
  ['lang', { en: 'language', zh: '语言' }],
  ['view', { en: 'view', zh: '视图' }],
  ['theme', { en: 'theme', zh: '主题' }],
  ['rank', { en: 'rank mode', zh: '排名方式' }],
  ['inv', { en: 'show invalid', zh: '显示不兼容组合' }],
  ['agg', { en: 'aggregation method', zh: '聚合方法' }],
  ['ahp', { en: 'pairwise judgements', zh: '两两比较判断' }],
  ['dom', { en: 'hide dominated stacks', zh: '隐藏被支配的技术栈' }],
  ['f', { en: 'technology filter', zh: '技术筛选' }],
  ['sort', { en: 'table sorting', zh: '表格排序' }],
  ['sel', { en: 'compared stacks', zh: '对比的技术栈' }],
  ['open', { en: 'open stack', zh: '打开的技术栈' }],
]);

/** Parts listed by name before the rest are counted. */
const LISTED = 6;
const MAX_NAME = 24;
// Control, bidi-override and isolate characters would garble the notice: shown as "�".
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a link, quoted and shortened, its unsafe characters shown as "�". */
export function quotedLinkText(text: string): string {
  const clean = text.replace(UNSAFE, '\uFFFD');
  return `“${clean.length > MAX_NAME ? `${clean.slice(0, MAX_NAME - 1)}…` : clean}”`;
}

/**
 * The known parts as a list in one language, the same label only once. Unknown parameter names
 * are never shown: they are whatever the link's author wrote (the notice counts them instead).
 */
function listParts(parts: string[], lang: 'en' | 'zh'): string {
  const names = [...new Set(parts.map((p) => PART_NAMES.get(p)![lang]))];
  const shown = names.slice(0, LISTED).join(lang === 'zh' ? '、' : ', ');
  const more = names.length - LISTED;
  if (more <= 0) return shown;
  return lang === 'zh' ? `${shown}等另外 ${more} 项` : `${shown} and ${more} more`;
}

/** The notice's sentences about ignored, unknown and partly used parts, in one language. */
function sentences(known: string[], unknown: number, partial: string[], lang: 'en' | 'zh'): string {
  const out: string[] = [];
  if (lang === 'en') {
    if (known.length > 0)
      out.push(
        `Parts of this link could not be used and were ignored: ${listParts(known, 'en')}. They show their defaults.`,
      );
    if (unknown > 0)
      out.push(
        `${unknown} ${unknown === 1 ? 'part of this link is' : 'parts of this link are'} unknown to this app and ${unknown === 1 ? 'was' : 'were'} ignored.`,
      );
    if (partial.length > 0)
      out.push(
        `Used in part: ${listParts(partial, 'en')} — the items that could not be read were left out.`,
      );
    out.push('The rest is restored as shared.');
    return out.join(' ');
  }
  if (known.length > 0)
    out.push(`链接中的部分内容无法识别，已忽略：${listParts(known, 'zh')}。这些项显示默认值。`);
  if (unknown > 0) out.push(`链接中有 ${unknown} 项本应用不认识的内容，已忽略。`);
  if (partial.length > 0) out.push(`部分采用：${listParts(partial, 'zh')}——无法读取的条目已略去。`);
  out.push('其余内容已按链接恢复。');
  return out.join('');
}

const WHOLE_LINK: Record<NonNullable<DecodeResult['rejected']>, LocalizedText> = {
  tooLong: {
    en: 'This link is longer than 2,048 characters and was ignored; the default view is shown.',
    zh: '该链接超过 2048 个字符，已忽略，显示默认视图。',
  },
  version: {
    en: 'This link uses a format version this app does not know and was ignored; the default view is shown.',
    zh: '该链接的格式版本无法识别，已忽略，显示默认视图。',
  },
  unreadable: {
    en: 'This link could not be read and was ignored; the default view is shown.',
    zh: '无法读取该链接，已忽略，显示默认视图。',
  },
};

/** The notice to show for a decoded link, in both languages; null when nothing was ignored. */
export function linkNotice(result: DecodeResult): Notice | null {
  if (result.rejected) {
    return { id: LINK_NOTICE_ID, tone: 'warning', message: WHOLE_LINK[result.rejected] };
  }
  const partial = result.partial ?? [];
  if (result.ignored.length === 0 && partial.length === 0) return null;
  const known = result.ignored.filter((p) => PART_NAMES.has(p));
  const unknown = result.ignored.length - known.length;
  return {
    id: LINK_NOTICE_ID,
    tone: 'warning',
    message: {
      en: sentences(known, unknown, partial, 'en'),
      zh: sentences(known, unknown, partial, 'zh'),
    },
  };
}
