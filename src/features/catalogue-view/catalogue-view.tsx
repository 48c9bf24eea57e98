import { useMemo, useState, type CSSProperties } from 'react';

import { Panel } from '../../components/panel';
import { seriesColour } from '../../components/series-colour';
import { SourceRef } from '../../components/source-ref';
import { useLanguage, useMessages } from '../../components/use-messages';
import { scoreTechnologies } from '../../engine/aggregate';
import { format } from '../../i18n/messages';
import { useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { useCatalogue, useFocus, useNames } from '../../store/use-ranking';
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

/**
 * The store's catalogue: technologies by layer with facts and scores, dimensions, compatibility
 * rules, cases and the tables the seed prints. Re-renders on catalogue, language or requirement
 * change.
 */
export function CatalogueView() {
  const m = useMessages(catalogueMessages);
  const lang = useLanguage();
  const catalogue = useCatalogue();
  const names = useNames();
  const requirements = useAppStore(selectRequirements);
  const [query, setQuery] = useState('');
  const focus = useFocus();
  const scores = useMemo(
    () => scoreTechnologies(catalogue, requirements, focus),
    [catalogue, requirements, focus],
  );
  const dimensionIds = useMemo(() => catalogue.dimensions.map((d) => d.id), [catalogue]);
  const groups = groupTechnologies(catalogue.technologies, catalogue.layers, query);
  const layerIndex = new Map(catalogue.layers.map((l, i) => [l.id, i]));
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
        {format(m.showing, { shown, total: catalogue.technologies.length })}
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
              style={
                {
                  // The seed's layers have their colour; a user's layer takes a palette colour.
                  '--chip-color': `var(--layer-${layer.id}, ${seriesColour(layerIndex.get(layer.id) ?? 0)})`,
                } as CSSProperties
              }
            >
              <h3 id={`layer-${layer.id}`}>
                {layer.name[lang]}{' '}
                <SourceRef section={layer.source} lang={lang} entered={layer.entered?.source} />
              </h3>
              <div className="cat-grid">
                {technologies.map((t) => (
                  <TechnologyCard
                    key={t.id}
                    tech={t}
                    cells={toScoreCells(scores.get(t.id), dimensionIds)}
                    names={names}
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
