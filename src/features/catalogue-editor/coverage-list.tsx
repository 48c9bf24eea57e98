import { useMemo } from 'react';

import { namesOf } from '../../catalogue/names';
import type { Catalogue, Language, Technology } from '../../catalogue/types';
import { coverageLine } from './coverage-words';
import { factCoverage, typedFacts } from './fact-coverage';
import type { FactRow } from './fact-row';
import type { FormStrings } from './form-messages';

interface CoverageListProps {
  rows: readonly FactRow[];
  catalogue: Catalogue;
  /** The technology being edited: left out of the others whose figures fill a "no figure". */
  editing: Technology | undefined;
  lang: Language;
  m: FormStrings;
  id: string;
}

/**
 * "How the ranking reads these facts": per dimension, what the facts typed so far are scored on,
 * and where the technology has no figure and how that counts. Re-renders as the rows change.
 */
export function CoverageList({ rows, catalogue, editing, lang, m, id }: CoverageListProps) {
  const coverage = useMemo(
    () =>
      factCoverage(
        catalogue.dimensions,
        typedFacts(rows),
        catalogue.technologies.filter((t) => t.id !== editing?.id),
      ),
    [rows, catalogue, editing],
  );
  const names = namesOf(catalogue);
  return (
    <section className="editor-form-section editor-coverage" aria-labelledby={id}>
      <h3 id={id}>{m.coverageTitle}</h3>
      <p className="editor-hint">{m.coverageHint}</p>
      <ul>
        {coverage.map((c) => {
          const line = coverageLine(c, names, lang, m);
          return (
            <li key={c.dimension} className={line.missing ? 'editor-coverage-missing' : undefined}>
              {line.text}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
