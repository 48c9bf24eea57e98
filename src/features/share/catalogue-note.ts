import type { CatalogueDiff } from '../../catalogue/diff';
import type { Catalogue, Language } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import { LINK_CATALOGUE_LIMIT, type EncodeLinkResult } from '../../store/catalogue-link';
import { describeDiff } from '../../store/catalogue-notices';
import { diffFromSeed, encodeShareCatalogue } from '../../store/seed-baseline';
import type { shareMessages } from './messages';
import { formatNumber } from '../../i18n/numbers';

/** What a link made with a user's catalogue says about it. */
export type CatalogueNote =
  | { kind: 'carried'; diff: CatalogueDiff }
  | { kind: 'tooLarge'; length: number }
  /** The browser could not compress it (no CompressionStream). */
  | { kind: 'notPacked' };

/**
 * The share link of inputs in a user's catalogue: `inputsUrl` plus `#catalogue=…` when the
 * catalogue fits in a link (LINK_CATALOGUE_LIMIT), else `inputsUrl` alone; and what to tell
 * the user. Never rejects.
 */
export async function linkWithCatalogue(
  inputsUrl: string,
  catalogue: Catalogue,
  encode: (c: Catalogue) => Promise<EncodeLinkResult> = encodeShareCatalogue,
): Promise<{ url: string; note: CatalogueNote }> {
  let encoded: EncodeLinkResult;
  try {
    encoded = await encode(catalogue);
  } catch {
    return { url: inputsUrl, note: { kind: 'notPacked' } };
  }
  if ('tooLarge' in encoded)
    return { url: inputsUrl, note: { kind: 'tooLarge', length: encoded.length } };
  return {
    url: `${inputsUrl}#${encoded.fragment}`,
    note: { kind: 'carried', diff: diffFromSeed(catalogue) },
  };
}

/** The popover's sentence about the catalogue, in the current language. */
export function catalogueNoteText(
  note: CatalogueNote,
  m: (typeof shareMessages)['en'],
  lang: Language,
): string {
  switch (note.kind) {
    case 'carried': {
      const changes = describeDiff(note.diff, lang).join(lang === 'zh' ? '，' : ', ');
      return changes ? format(m.carriesCatalogue, { changes }) : m.carriesCatalogueOnly;
    }
    case 'tooLarge':
      return format(m.catalogueTooLarge, {
        n: formatNumber(note.length, lang),
        limit: formatNumber(LINK_CATALOGUE_LIMIT, lang),
      });
    case 'notPacked':
      return m.catalogueNotPacked;
  }
}
