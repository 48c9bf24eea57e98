import type { Catalogue } from '../../catalogue/types';
import type { RuleHit } from '../../engine/types';
import { format } from '../../i18n/messages';

/** The templates a citation is written with: "{text} (§{source})" and its reading / entered forms. */
export interface CitationText {
  source: string;
  sourceReading: string;
  sourceEntered: string;
}

/**
 * A compatibility reason with where it comes from: the seed section it cites, the section the
 * app's reading rests on, or — for a rule the user entered — the source they typed (looked up
 * in the catalogue's rules, since a rule hit carries only the rule's id), written with
 * `escape` (mdInline for Markdown: it is catalogue text).
 */
export function citedReason(
  hit: RuleHit,
  text: string,
  catalogue: Pick<Catalogue, 'compatibility'>,
  m: CitationText,
  escape: (typed: string) => string = (typed) => typed,
): string {
  if (hit.source === 'user') {
    const rule = catalogue.compatibility.find((r) => r.id === hit.ruleId);
    return format(m.sourceEntered, { text, source: escape(rule?.entered?.source ?? hit.source) });
  }
  return format(hit.reading ? m.sourceReading : m.source, { text, source: hit.source });
}
