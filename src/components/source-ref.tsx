import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Language, LocalizedText } from '../catalogue/types';
import { format } from '../i18n/messages';
import { provenanceMessages } from './provenance-messages';

interface SourceRefProps {
  section: string;
  lang: Language;
  /**
   * Set when what the badge stands beside is the app's reading of the seed, not its
   * statement: the rationale (or `true` when it is given elsewhere, e.g. in the same row); a
   * string is the rationale already in `lang` (from a one-language adapter).
   */
  reading?: LocalizedText | string | boolean;
}

/**
 * A provenance badge. A citation of a seed section reads "§17.3.2" (accessible name "Seed
 * §17.3.2 …"); a reading reads "Reading §17.6.3" in a visibly different, dashed badge
 * (accessible name "App's reading of §17.6.3"), so one never passes for the other. Both are
 * notes (role="note": ancillary to what they stand beside), found by role and name.
 */
export function SourceRef({ section, lang, reading }: SourceRefProps) {
  const m = provenanceMessages[lang];
  const title = seedCatalogue.sections.find((s) => s.id === section)?.title[lang] ?? '';
  if (reading) {
    const why =
      typeof reading === 'string' ? reading : typeof reading === 'object' ? reading[lang] : '';
    // The rationale: a tooltip on hover, unfolded in place on focus (keyboard, click or tap),
    // and the badge's accessible description.
    return (
      <cite
        className="source-ref reading-ref"
        role="note"
        aria-label={format(m.readingName, { section })}
        {...(why ? { tabIndex: 0, title: why, 'aria-description': why, 'data-why': why } : {})}
      >
        <span aria-hidden="true">{format(m.readingText, { section })}</span>
      </cite>
    );
  }
  return (
    <cite
      className="source-ref"
      role="note"
      aria-label={format(m.citationName, { section, title })}
      title={title}
    >
      <span aria-hidden="true">§{section}</span>
    </cite>
  );
}
