import { useMemo, useState, type CSSProperties } from 'react';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { scoreTechnologies } from '../../engine/aggregate';
import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { useFocus } from '../../store/use-ranking';
import { groupTechnologies } from './group-technologies';
import { CompatibilityMatrixTable, SchemesTable } from './printed-tables';
import { catalogueMessages } from './messages';
import { CasesTable, CompatibilityTable, DimensionsTable } from './reference-tables';
import { TechnologyCard } from './technology-card';
import { toScoreCells } from './to-score-cells';
import './catalogue-view.css';

type State = Inputs & Actions;
const selectRequirements = (s: State) => s.requirements;

const SECTIONS = [
  ['catalogue-technologies', 'technologies'],
  ['catalogue-schemes', 'schemes'],
  ['catalogue-dimensions', 'dimensions'],
  ['catalogue-compatibility', 'compatibility'],
  ['catalogue-compat-matrix', 'compatMatrix'],
  ['catalogue-cases', 'cases'],
] as const;

/** The read-only catalogue: technologies by layer with facts and scores, dimensions, compatibility rules, cases. Re-renders on language or requirement change. */
export function CatalogueView() {
  const m = useMessages(catalogueMessages);
  const lang = useLanguage();
  const requirements = useAppStore(selectRequirements);
  const [query, setQuery] = useState('');
  const focus = useFocus();
  const scores = useMemo(
    () => scoreTechnologies(seedCatalogue, requirements, focus),
    [requirements, focus],
  );
  const groups = groupTechnologies(seedCatalogue.technologies, seedCatalogue.layers, query);
  const shown = groups.reduce((n, g) => n + g.technologies.length, 0);
  const search = (
    <div className="cat-search">
      <label htmlFor="catalogue-search">{m.search}</label>
      <input
        id="catalogue-search"
        type="search"
        value={query}
        placeholder={m.searchPlaceholder}
        autoComplete="off"
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <span className="cat-count num" role="status">
        {format(m.showing, { shown, total: seedCatalogue.technologies.length })}
      </span>
    </div>
  );
  return (
    <div className="catalogue-view">
      <nav className="cat-nav" aria-label={m.onThisPage}>
        {SECTIONS.map(([id, key]) => (
          <a key={id} href={`#${id}`}>
            {m[key]}
          </a>
        ))}
      </nav>
      <Panel id="catalogue-technologies" title={m.technologies} actions={search}>
        <p className="cat-panel-note">
          <strong>{m.scores}</strong> — {m.scoresNote}
        </p>
        {groups.length === 0 ? (
          <p className="cat-empty">{format(m.noMatch, { query: query.trim() })}</p>
        ) : (
          groups.map(({ layer, technologies }) => (
            <section
              key={layer.id}
              className="cat-layer"
              aria-labelledby={`layer-${layer.id}`}
              style={{ '--chip-color': `var(--layer-${layer.id})` } as CSSProperties}
            >
              <h3 id={`layer-${layer.id}`}>
                {layer.name[lang]} <SourceRef section={layer.source} lang={lang} />
              </h3>
              <div className="cat-grid">
                {technologies.map((t) => (
                  <TechnologyCard
                    key={t.id}
                    tech={t}
                    cells={toScoreCells(scores.get(t.id))}
                    lang={lang}
                    m={m}
                  />
                ))}
              </div>
            </section>
          ))
        )}
      </Panel>
      <SchemesTable lang={lang} m={m} />
      <DimensionsTable lang={lang} m={m} />
      <CompatibilityTable lang={lang} m={m} />
      <CompatibilityMatrixTable lang={lang} m={m} />
      <CasesTable lang={lang} m={m} />
    </div>
  );
}
