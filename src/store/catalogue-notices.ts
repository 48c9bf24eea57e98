import type { CatalogueDiff, KeyedCollection } from '../catalogue/diff';
import { CATALOGUE_LIMITS } from '../catalogue/schema';
import { SYNTHETIC_LIMITS } from '../catalogue/synthetic';
import type { Language, LocalizedText } from '../catalogue/types';
import { format } from '../i18n/messages';
import { formatNumber } from '../i18n/numbers';
import type { Notice } from './app-store';
import type { DecodeLinkError } from './catalogue-link';
import type { LoadResult, SaveResult } from './catalogue-storage';
import { quotedLinkText } from './link-notice';
import { SYNTHETIC_PARAM, SYNTHETIC_SEED_PARAM, type SyntheticLink } from './synthetic-link';

/** The id of the notices about the catalogue (storage, links); a newer one replaces an older. */
export const CATALOGUE_NOTICE_ID = 'catalogue';
export const CATALOGUE_LINK_NOTICE_ID = 'catalogue-link';
export const SYNTHETIC_LINK_NOTICE_ID = 'synthetic-link';

/** What the counts of a diff are called, singular and plural, per collection shown. */
const COLLECTION_WORDS: Partial<Record<KeyedCollection, { en: [string, string]; zh: string }>> = {
  technologies: { en: ['technology', 'technologies'], zh: '项技术' },
  layers: { en: ['layer', 'layers'], zh: '个层' },
  dimensions: { en: ['dimension', 'dimensions'], zh: '个维度' },
  compatibility: { en: ['rule', 'rules'], zh: '条兼容性规则' },
  scenarios: { en: ['scenario', 'scenarios'], zh: '个场景' },
  cases: { en: ['case', 'cases'], zh: '个案例' },
  sections: { en: ['section', 'sections'], zh: '个章节' },
};
const CHANGE_WORDS = {
  added: { en: 'added', zh: '新增' },
  removed: { en: 'removed', zh: '删除' },
  changed: { en: 'changed', zh: '修改' },
} as const;

/**
 * A diff against the seed in a few words: "1 technology added, 1 layer added" / "新增 1 项技术，
 * 新增 1 个层"; an empty list when nothing differs.
 */
export function describeDiff(diff: CatalogueDiff, lang: Language): string[] {
  const out: string[] = [];
  for (const [collection, words] of Object.entries(COLLECTION_WORDS) as [
    KeyedCollection,
    NonNullable<(typeof COLLECTION_WORDS)[KeyedCollection]>,
  ][]) {
    const d = diff[collection];
    const counts = {
      added: d.added.length,
      removed: d.removed.length,
      changed: d.changed.length,
    };
    for (const kind of ['added', 'removed', 'changed'] as const) {
      const n = counts[kind];
      if (n === 0) continue;
      out.push(
        lang === 'zh'
          ? `${CHANGE_WORDS[kind].zh} ${n} ${words.zh}`
          : `${n} ${words.en[n === 1 ? 0 : 1]} ${CHANGE_WORDS[kind].en}`,
      );
    }
  }
  const tables = diff.decisionMatrix.changed || diff.schemeComparison.changed;
  if (tables) out.push(lang === 'zh' ? '种子表格已修改' : 'seed tables changed');
  return out;
}

const both = (f: (lang: Language) => string): LocalizedText => ({ en: f('en'), zh: f('zh') });
const list = (items: string[], lang: Language) => items.join(lang === 'zh' ? '，' : ', ');

/** The notice for a stored catalogue that could not be used, or null when there is nothing to say. */
export function storedCatalogueNotice(result: LoadResult): Notice | null {
  if (result.status !== 'keptAside') return null;
  const where = result.asideKey;
  const action =
    where !== null && result.reason !== 'newer'
      ? { action: { kind: 'downloadKept' as const, key: where } }
      : {};
  const message: LocalizedText =
    result.reason === 'newer'
      ? {
          en: 'The catalogue saved in this browser was written by a newer version of the app. It is left untouched; this tab uses the seed catalogue and will not save catalogue edits over it.',
          zh: '本浏览器中保存的目录由更新版本的应用写入。它保持原样；本标签页使用种子目录，不会用目录编辑覆盖它。',
        }
      : {
          en: `The catalogue saved in this browser could not be read${where ? ` and was kept aside (${where})` : ''}. The seed catalogue is used.`,
          zh: `无法读取本浏览器中保存的目录${where ? `，已另存为备份（${where}）` : ''}。现使用种子目录。`,
        };
  return { id: CATALOGUE_NOTICE_ID, tone: 'warning', message, ...action };
}

/**
 * The notice after saving the catalogue, or null when it saved (or there was nothing to save).
 * `newerAtLoad`: the newer format was there when the page loaded (not written by another tab
 * since). Every notice offers the export that keeps the edits.
 */
export function saveNotice(
  result: SaveResult,
  newerAtLoad = false,
  asideKey?: string,
): Notice | null {
  if (result === 'saved' || result === 'removed') return null;
  const message: LocalizedText =
    result === 'quota'
      ? {
          en: 'Your catalogue edits could not be saved in this browser (storage is full). They stay in memory while this tab is open: export the catalogue to keep them.',
          zh: '目录编辑无法保存到本浏览器（存储空间已满）。在此标签页打开期间它们保留在内存中：请导出目录以保留它们。',
        }
      : result === 'newerInStorage' && newerAtLoad
        ? {
            en: 'The catalogue saved in this browser is in a newer format, so it is not overwritten: your edits here stay in memory; export the catalogue to keep them.',
            zh: '本浏览器中保存的目录格式更新，因此不会被覆盖：此处的编辑保留在内存中；请导出目录以保留它们。',
          }
        : result === 'unreadableInStorage'
          ? {
              en: `Another tab left a saved catalogue this version cannot read. It is not overwritten${asideKey ? ` and a copy was kept aside (${asideKey})` : ''}: your edits here stay in memory; export the catalogue to keep them.`,
              zh: `另一个标签页留下了此版本无法读取的已保存目录。它不会被覆盖${asideKey ? `，并已另存为备份（${asideKey}）` : ''}：此处的编辑保留在内存中；请导出目录以保留它们。`,
            }
          : result === 'newerInStorage'
            ? {
                en: 'Another tab saved a catalogue in a newer format. It is not overwritten: your edits here stay in memory; export the catalogue to keep them.',
                zh: '另一个标签页以更新的格式保存了目录。它不会被覆盖：此处的编辑保留在内存中；请导出目录以保留它们。',
              }
            : {
                en: 'This browser does not allow saving: your catalogue edits stay in memory while this tab is open; export the catalogue to keep them.',
                zh: '本浏览器不允许保存：目录编辑仅在此标签页打开期间保留在内存中；请导出目录以保留它们。',
              };
  return { id: CATALOGUE_NOTICE_ID, tone: 'warning', message, action: { kind: 'exportCatalogue' } };
}

/** The notice for a link that carries a catalogue: what differs from the seed's, or why it was not used. */
export function linkCatalogueNotice(
  result:
    | { ok: true; diff: CatalogueDiff }
    | { ok: false; error: DecodeLinkError; shown: 'own' | 'seed' },
): Notice {
  if (result.ok) {
    return {
      id: CATALOGUE_LINK_NOTICE_ID,
      tone: 'info',
      message: both((lang) => {
        const changes = list(describeDiff(result.diff, lang), lang);
        return lang === 'zh'
          ? `此链接带有自己的目录，与种子目录不同：${changes}。在你编辑它之前，你保存的目录不会改变。`
          : `This link carries its own catalogue, which differs from the seed's: ${changes}. Your saved catalogue is unchanged unless you edit this one.`;
      }),
    };
  }
  const why: Record<DecodeLinkError, LocalizedText> = {
    tooLarge: { en: 'it is too large', zh: '它过大' },
    encoding: { en: 'it is damaged', zh: '它已损坏' },
    json: { en: 'it is damaged', zh: '它已损坏' },
    invalid: { en: 'it is not a valid catalogue', zh: '它不是有效的目录' },
  };
  return {
    id: CATALOGUE_LINK_NOTICE_ID,
    tone: 'warning',
    message: both((lang) =>
      result.shown === 'own'
        ? lang === 'zh'
          ? `无法使用此链接中的目录（${why[result.error].zh}）：已改用你的目录。`
          : `The catalogue in this link could not be used (${why[result.error].en}): your own catalogue is shown instead.`
        : lang === 'zh'
          ? `无法使用此链接中的目录（${why[result.error].zh}）：已改用种子目录。`
          : `The catalogue in this link could not be used (${why[result.error].en}): the seed catalogue is shown instead.`,
    ),
  };
}

/** The notice when a saved catalogue was kept aside before the link's (edited) catalogue replaced it. */
export function keptAsideNotice(key: string): Notice {
  return {
    id: CATALOGUE_NOTICE_ID,
    tone: 'info',
    message: {
      en: `Your earlier saved catalogue was kept aside in this browser (${key}) before this one was saved.`,
      zh: `在保存当前目录之前，你先前保存的目录已另存为备份（${key}）。`,
    },
  };
}

/** The notice for a link made with the seed catalogue, opened where the user has their own saved. */
export function seedLinkNotice(): Notice {
  return {
    id: CATALOGUE_LINK_NOTICE_ID,
    tone: 'info',
    message: {
      en: 'This link was made with the seed catalogue, so it is shown with the seed’s. Your own catalogue is saved and unchanged: open the app without this link to return to it.',
      zh: '此链接基于种子目录生成，因此以种子目录显示。你自己的目录已保存且未改变：不带此链接打开应用即可回到它。',
    },
  };
}

/** Why a link's synthetic catalogue could not be made, in one language. */
function syntheticWhy(link: Extract<SyntheticLink, { ok: false }>, lang: Language): string {
  const n = (value: number) => formatNumber(value, lang);
  const most = n(CATALOGUE_LIMITS.stacks);
  const { options, layers, seed } = SYNTHETIC_LIMITS;
  switch (link.error) {
    case 'format':
      return lang === 'zh'
        ? '应写作 <选项数>x<层数>，例如 10x6'
        : 'write it as <options>x<layers>, e.g. 10x6';
    case 'options':
      return lang === 'zh'
        ? `每层选项数须为 ${options.min} 到 ${options.max}`
        : `options per layer must be ${options.min} to ${options.max}`;
    case 'layers':
      return lang === 'zh'
        ? `层数须为 ${layers.min} 到 ${layers.max}`
        : `layers must be ${layers.min} to ${layers.max}`;
    case 'stacks': {
      const [o, l] = link.text.split('x').map(Number) as [number, number];
      const count = o ** l;
      if (!Number.isSafeInteger(count))
        return lang === 'zh'
          ? `技术栈会超过目录上限 ${most} 个`
          : `it would make more than the ${most} stacks a catalogue may make`;
      return lang === 'zh'
        ? `会生成 ${n(count)} 个技术栈，超过目录上限 ${most} 个`
        : `it would make ${n(count)} stacks, more than the ${most} a catalogue may make`;
    }
    case 'seed':
      return lang === 'zh'
        ? `随机种子须为 ${n(seed.min)} 到 ${n(seed.max)} 之间的整数`
        : `the seed must be a whole number from ${n(seed.min)} to ${n(seed.max)}`;
    case 'repeated':
      return lang === 'zh' ? '它在链接中出现了不止一次' : 'it is given more than once';
  }
}

// A size the parser read as <digits>x<digits>: the link's own text, but nothing but digits and "x".
const SIZE_TEXT = /^\d{1,6}x\d{1,6}$/;

/**
 * What the notice names as refused: the size when it was read as digits × digits (too large,
 * out of range), otherwise the parameter's name — never text of the link's author's choosing.
 */
function refusedPart(link: Extract<SyntheticLink, { ok: false }>): string {
  if (link.error === 'repeated')
    return link.text === SYNTHETIC_SEED_PARAM ? SYNTHETIC_SEED_PARAM : SYNTHETIC_PARAM;
  if (link.error === 'seed') return SYNTHETIC_SEED_PARAM;
  return link.error !== 'format' && SIZE_TEXT.test(link.text) ? link.text : SYNTHETIC_PARAM;
}

/**
 * The notice for a link that asks for a synthetic catalogue (`?synthetic=10x6`): what it
 * opened, or why it could not, and which catalogue is shown instead.
 */
export function syntheticLinkNotice(link: SyntheticLink, shown: 'own' | 'seed'): Notice {
  if (link.ok) {
    const { options, layers, seed } = link.choice;
    return {
      id: SYNTHETIC_LINK_NOTICE_ID,
      tone: 'info',
      message: both((lang) => {
        const values = {
          options,
          layers,
          n: options ** layers,
          stacks: formatNumber(options ** layers, lang),
          seed,
        };
        return lang === 'zh'
          ? format(
              '此链接打开一个合成目录：{layers} 层，每层 {options} 个选项，共 {stacks} 个技术栈，事实由随机种子 {seed} 生成。在你编辑它之前，你保存的目录不会改变。',
              values,
            )
          : format(
              'This link opens a synthetic catalogue: {options} {options:option|options} in each of {layers} {layers:layer|layers}, {stacks} {n:stack|stacks}, facts drawn from seed {seed}. Your saved catalogue is unchanged unless you edit this one.',
              values,
            );
      }),
    };
  }
  return {
    id: SYNTHETIC_LINK_NOTICE_ID,
    tone: 'warning',
    message: both((lang) => {
      const why = `${quotedLinkText(refusedPart(link))}${lang === 'zh' ? '：' : ': '}${syntheticWhy(link, lang)}`;
      if (lang === 'zh')
        return `无法生成此链接中的合成目录（${why}）：${shown === 'own' ? '已改用你的目录' : '已改用种子目录'}。`;
      return `The synthetic catalogue in this link could not be made (${why}): ${shown === 'own' ? 'your own catalogue' : 'the seed catalogue'} is shown instead.`;
    }),
  };
}
