import type { Language, LocalizedText } from '../catalogue/types';
import { defineMessages, format } from '../i18n/messages';
import { useNames } from '../store/use-ranking';
import { provenanceMessages } from './provenance-messages';
import './source-ref.css';

interface SourceRefProps {
  section: string;
  lang: Language;
  /**
   * Set when what the badge stands beside is the app's reading of the seed, not its
   * statement: the rationale (or `true` when it is given elsewhere, e.g. in the same row); a
   * string is the rationale already in `lang` (from a one-language adapter).
   */
  reading?: LocalizedText | string | boolean;
  /** With `section === 'user'`: the source the user typed (a URL, a benchmark, "team estimate"). */
  entered?: string;
}

/** Words of the badge of an item the user entered (kept here: this component is its one user). */
const enteredMessages = defineMessages({
  en: { text: 'Entered', name: 'Entered by the user: {source}', bare: 'Entered by the user' },
  zh: { text: '用户录入', name: '用户录入：{source}', bare: '用户录入' },
});

/**
 * The badge of an item the user entered: its own word and a solid tinted style, neither a
 * citation nor a dashed reading; the typed source shows on hover and unfolds on focus.
 */
function EnteredRef({ lang, entered }: { lang: Language; entered?: string }) {
  const m = enteredMessages[lang];
  const source = entered?.trim() ?? '';
  return (
    <cite
      className="source-ref entered-ref"
      role="note"
      aria-label={source ? format(m.name, { source }) : m.bare}
      {...(source ? { tabIndex: 0, title: source, 'data-why': source } : {})}
    >
      <span aria-hidden="true">{m.text}</span>
    </cite>
  );
}

/**
 * A provenance badge. A citation of a seed section reads "§17.3.2" (accessible name "Seed
 * §17.3.2 …"); a reading reads "Reading §17.6.3" in a visibly different, dashed badge
 * (accessible name "App's reading of §17.6.3"), so one never passes for the other. Both are
 * notes (role="note": ancillary to what they stand beside), found by role and name. An item
 * the user entered (`section === 'user'`) gets the "Entered" badge with the source they typed.
 */
export function SourceRef({ section, lang, reading, entered }: SourceRefProps) {
  const m = provenanceMessages[lang];
  // The section's title in the user's catalogue (empty when it has no such section).
  const title = useNames().section(section, lang);
  if (section === 'user') return <EnteredRef lang={lang} entered={entered} />;
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
