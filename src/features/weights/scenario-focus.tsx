import { useId } from 'react';

import type { Language } from '../../catalogue/types';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import { weightsMessages } from './messages';
import { factList } from './fact-list';
import { SourceBadges } from './source-badges';
import type { AlternativeRow, ScenarioDerivation } from './to-derivation';

type Strings = (typeof weightsMessages)['en'];

interface Props {
  derivation: ScenarioDerivation;
  lang: Language;
  m: Strings;
}

/**
 * The scenario's focus, always visible while it is the base: which facts a dimension is
 * measured by under it (the focus changes the scores, so it is never hidden in a disclosure).
 */
export function ScenarioFocusNotes({ derivation: d, lang, m }: Props) {
  if (d.focus.length === 0) return null;
  return (
    <ul className="scenario-focus" aria-label={m.focusTitle}>
      {d.focus.map((row) => {
        const values = {
          dimension: row.name[lang],
          facts: factList(row.facts, lang),
          scenario: d.name[lang],
        };
        return (
          <li key={row.dimension}>
            <strong>{m.focusTitle}:</strong>{' '}
            {format(d.startedFrom ? m.focusNoteStarted : m.focusNote, values)}{' '}
            <SourceBadges source={row.source} lang={lang} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The seed's alternatives for the scenario (或 / or), each with an Apply button that applies
 * the scenario and then the requirements selecting the alternative.
 */
export function ScenarioAlternatives({
  derivation: d,
  lang,
  m,
  onApply,
}: Props & { onApply: (alternative: AlternativeRow) => void }) {
  const headingId = useId();
  if (d.alternatives.length === 0) return null;
  return (
    <section className="scenario-alternatives" aria-labelledby={headingId}>
      <h3 id={headingId} className="derivation-heading">
        {m.alternatives}
      </h3>
      <ul className="derivation-list">
        {d.alternatives.map((alt) => (
          <li key={alt.id} className="alternative-row">
            <div className="derivation-head">
              <span className="derivation-name">{alt.label[lang]}</span>
              {alt.selected ? (
                <span className="alternative-selected" title={m.selectedHint}>
                  {m.selected}
                </span>
              ) : null}
              <button
                type="button"
                className="button alternative-apply"
                aria-label={format(m.applyAlternative, { label: alt.label[lang] })}
                onClick={() => onApply(alt)}
              >
                {m.apply}
              </button>
            </div>
            <p className="derivation-why">
              {alt.seedWording[lang]}{' '}
              <span className="derivation-badges">
                {alt.sections.map((section) => (
                  <SourceRef key={section} section={section} lang={lang} />
                ))}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
