import type { CatalogueError } from '../../catalogue/catalogue-errors';
import { formatBytes } from '../../catalogue/json-text';
import type { Language } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import { type FetchCatalogueError, MAX_CATALOGUE_FILE_BYTES } from '../../store/fetch-catalogue';
import type { catalogueIoMessages } from './messages';
import { problemCount } from './read-import';
import type { ChangedEntry, ImportPreview, OtherChange } from './to-import-preview';
import { formatNumber } from '../../i18n/numbers';

type Words = (typeof catalogueIoMessages)['en'];

/** How the #1 moves: "#1 stays X", "#1 changes from X to Y", or what is left when a ranking is empty. */
export function topLine(top: ImportPreview['top'], m: Words): string {
  const { before, after } = top;
  if (before && after) {
    return before.id === after.id
      ? format(m.topStays, { name: after.name })
      : format(m.topChanges, { before: before.name, after: after.name });
  }
  if (after) return format(m.topAppears, { after: after.name });
  if (before) return format(m.topGone, { before: before.name });
  return m.topNone;
}

/** "Stacks in the ranking: 144 → 192." */
export function stacksLine(stacks: ImportPreview['stacks'], m: Words, lang: Language): string {
  return format(m.stacks, {
    before: formatNumber(stacks.before, lang),
    after: formatNumber(stacks.after, lang),
  });
}

/** How many changed fields are named before the rest is cut short. */
const FIELDS_SHOWN = 6;

/** A changed item with its fields: "Podman (Start time, Summary)", "Podman（启动时间、简介）". */
export function changedLine({ name, fields }: ChangedEntry, lang: Language): string {
  const sep = lang === 'zh' ? '、' : ', ';
  const shown = fields.slice(0, FIELDS_SHOWN).join(sep);
  const list = fields.length > FIELDS_SHOWN ? `${shown}${sep}…` : shown;
  return lang === 'zh' ? `${name}（${list}）` : `${name} (${list})`;
}

const OTHER_KEYS: Record<OtherChange, keyof Words> = {
  cases: 'otherCases',
  sections: 'otherSections',
  tables: 'otherTables',
  order: 'otherOrder',
};

/** "Also changed: production cases, the printed tables." or null when nothing else changed. */
export function otherLine(other: OtherChange[], m: Words, lang: Language): string | null {
  if (other.length === 0) return null;
  const list = other.map((o) => m[OTHER_KEYS[o]]).join(lang === 'zh' ? '、' : ', ');
  return format(m.other, { list });
}

/** "The file was not imported: 3 problems" (a capped list counts the problems left out too). */
export function invalidTitle(errors: readonly CatalogueError[], m: Words): string {
  const n = problemCount(errors);
  return n === 1 ? m.invalidTitleOne : format(m.invalidTitle, { n });
}

/** Why a catalogue address could not be loaded, one sentence per kind of failure. */
export function fetchErrorText(error: FetchCatalogueError, status: number | undefined, m: Words) {
  switch (error) {
    case 'network':
      return m.fetchNetwork;
    case 'status':
      return format(m.fetchStatus, { status: status ?? '?' });
    case 'notJson':
      return m.fetchNotJson;
    case 'tooLarge':
      return format(m.fetchTooLarge, { max: formatBytes(MAX_CATALOGUE_FILE_BYTES) });
    case 'notHttps':
      return m.fetchNotHttps;
  }
}
