import type { CSSProperties, ReactNode } from 'react';

import type { Language } from '../../catalogue/types';
import { Panel } from '../../components/panel';
import { seriesColour } from '../../components/series-colour';
import { SourceRef } from '../../components/source-ref';
import { StatusBadge } from '../../components/status-badge';
import { TechChip } from '../../components/tech-chip';
import { format } from '../../i18n/messages';
import { useCatalogue, useNames } from '../../store/use-ranking';
import { caseSummaryCells, type CaseSummaryCells } from './case-summary';
import { dimensionModel } from './dimension-model';
import { catalogueMessages, seedNoteGlossOf } from './messages';
import { patternLayers } from './to-score-cells';
import '../../components/data-table.css';
import './reference-tables.css';

type Strings = (typeof catalogueMessages)['en'];
interface TableProps {
  lang: Language;
  m: Strings;
}

/** A table that scrolls sideways on narrow screens, reachable by keyboard; named after the table, not its panel, so landmark names stay distinct. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="data-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="data-table cat-table">{children}</table>
    </div>
  );
}

/** The 17.6.1 说明 cell: the seed's words verbatim, glossed in English when the UI is English. */
function SeedNote({ note, gloss, lang, m }: TableProps & { note: string; gloss: string }) {
  if (lang === 'zh' || gloss === '') return <td>{note}</td>;
  return (
    <td>
      <span lang="zh-CN">{note}</span>
      <small className="cat-why">
        <span className="visually-hidden">{m.glossLabel}: </span>
        {gloss}
      </small>
    </td>
  );
}

/** A dash for a cell the seed leaves empty, named for screen readers. */
function NoCell({ label }: { label: string }) {
  return (
    <td>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{label}</span>
    </td>
  );
}

/**
 * The catalogue's decision dimensions (the seed's six of 17.6.1, and any the user added) with
 * their weights, the seed's 说明 and how layers combine.
 */
export function DimensionsTable({ lang, m }: TableProps) {
  const { dimensions } = useCatalogue();
  return (
    <Panel id="catalogue-dimensions" title={m.dimensions}>
      <p className="cat-panel-note">{m.dimensionsNote}</p>
      <ScrollTable label={format(m.tableOf, { title: m.dimensions })}>
        <thead>
          <tr>
            <th scope="col">{m.dimension}</th>
            <th scope="col">{m.indicators}</th>
            <th scope="col">{m.seedWord}</th>
            <th scope="col">
              {m.seedNote} <SourceRef section="17.6.1" lang={lang} />
            </th>
            <th scope="col" className="cat-num">
              {m.defaultWeight}
            </th>
            <th scope="col">{m.aggregation}</th>
            <th scope="col">{m.source}</th>
          </tr>
        </thead>
        <tbody>
          {dimensions.map((d, i) => {
            const model = dimensionModel(d, lang);
            // A user's dimension: its model is the user's, not a reading of the seed.
            const user = d.source === 'user';
            return (
              <tr key={d.id}>
                <th
                  scope="row"
                  className="cat-dim-name"
                  style={
                    { '--dim-color': `var(--dim-${d.id}, ${seriesColour(i)})` } as CSSProperties
                  }
                >
                  {d.name[lang]}
                </th>
                <td>{d.indicators[lang]}</td>
                {d.seedWeight ? <td>{m[d.seedWeight]}</td> : <NoCell label={m.notInSeed} />}
                {d.seedNote ? (
                  <SeedNote note={d.seedNote} gloss={seedNoteGlossOf(d.id)} lang={lang} m={m} />
                ) : (
                  <NoCell label={m.notInSeed} />
                )}
                <td className="cat-num num cat-strong">{d.defaultWeight}</td>
                <td>
                  {/* The facts and the rule are the app's model, not 17.6.1's words: a reading badge. */}
                  <strong>{m[d.aggregation]}</strong>{' '}
                  {user ? null : (
                    <SourceRef section={d.source} lang={lang} reading={model.rationale} />
                  )}
                  {d.aggregationWhy ? (
                    <small className="cat-why">{d.aggregationWhy[lang]}</small>
                  ) : null}
                  <small className="cat-why">{model.facts}</small>
                </td>
                <td>
                  <SourceRef section={d.source} lang={lang} entered={d.entered?.source} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </Panel>
  );
}

/** Which technologies may be combined (17.3, 17.7.3, and the user's rules): invalid rules and warnings. */
export function CompatibilityTable({ lang, m }: TableProps) {
  const catalogue = useCatalogue();
  const names = useNames();
  const layerOf = new Map(catalogue.technologies.map((t) => [t.id, t.layer]));
  return (
    <Panel id="catalogue-compatibility" title={m.compatibility}>
      <p className="cat-panel-note">{m.compatibilityNote}</p>
      <ScrollTable label={format(m.tableOf, { title: m.compatibility })}>
        <thead>
          <tr>
            <th scope="col">{m.severity}</th>
            <th scope="col">{m.when}</th>
            <th scope="col">{m.reason}</th>
            <th scope="col">{m.source}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.compatibility.map((rule) => (
            <tr key={rule.id}>
              <td>
                <StatusBadge status={rule.severity} label={m[rule.severity]} />
              </td>
              <td className="cat-rule-techs">
                <span className="cat-chips">
                  {rule.when.map((id, i) => (
                    <span key={id} className="cat-chip-join">
                      {i > 0 ? <span aria-hidden="true">+</span> : null}
                      <TechChip layer={layerOf.get(id) ?? 'runtime'} name={names.technology(id)} />
                    </span>
                  ))}
                </span>
                {rule.unless ? (
                  <small className="cat-why">
                    {format(m.unless, { ids: rule.unless.map(names.technology).join(', ') })}
                  </small>
                ) : null}
              </td>
              <td>{rule.reason[lang]}</td>
              <td>
                <SourceRef
                  section={rule.source}
                  lang={lang}
                  reading={rule.reading?.rationale}
                  entered={rule.entered?.source}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Panel>
  );
}

/** The 17.5.9 maturity cell: the stars as printed, the row they come from and its citation. */
function CaseMaturity({ cells, lang, m }: TableProps & { cells: CaseSummaryCells }) {
  return (
    <td className="cat-case-stars">
      <span aria-hidden="true">{cells.stars}</span>
      <span className="visually-hidden">{format(m.starsOf, { value: cells.starCount })}</span>{' '}
      <SourceRef section="17.5.9" lang={lang} />
      <small className="cat-why">
        {format(m.summaryRow, { label: cells.label, core: cells.core })}
      </small>
    </td>
  );
}

/** The catalogue's production cases (the seed's eight of 17.5), with the 17.5.9 summary where it has a row. */
export function CasesTable({ lang, m }: TableProps) {
  const catalogue = useCatalogue();
  const names = useNames();
  const layerOrder = catalogue.layers.map((l) => l.id);
  return (
    <Panel id="catalogue-cases" title={m.cases}>
      <p className="cat-panel-note">{m.casesNote}</p>
      <ScrollTable label={format(m.tableOf, { title: m.cases })}>
        <thead>
          <tr>
            <th scope="col">{m.caseName}</th>
            <th scope="col">{m.organisation}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.scale}</th>
            <th scope="col">{m.stack}</th>
            <th scope="col">{m.results}</th>
            <th scope="col">{m.caseMaturity}</th>
            <th scope="col">{m.caseFeature}</th>
            <th scope="col">{m.section}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.cases.map((c) => {
            const summary = caseSummaryCells(c);
            return (
              <tr key={c.id}>
                <th scope="row">{c.name[lang]}</th>
                <td>{c.organisation[lang]}</td>
                <td>
                  <span className={`cat-status cat-status-${c.status}`}>{m[c.status]}</span>
                </td>
                <td>{c.scale[lang]}</td>
                <td>
                  <span className="cat-chips">
                    {patternLayers(c.stack, layerOrder).map(({ layer, ids }) => (
                      <TechChip
                        key={layer}
                        layer={layer}
                        name={ids.map(names.technology).join(' / ')}
                      />
                    ))}
                  </span>
                  {c.otherParts[lang] ? (
                    <small className="cat-why">
                      {format(m.also, { parts: c.otherParts[lang] })}
                    </small>
                  ) : null}
                </td>
                <td>{c.results[lang]}</td>
                {summary ? (
                  <>
                    <CaseMaturity cells={summary} lang={lang} m={m} />
                    <td>{summary.feature[lang]}</td>
                  </>
                ) : (
                  <>
                    <NoCell label={m.noSummary} />
                    <NoCell label={m.noSummary} />
                  </>
                )}
                <td>
                  <SourceRef section={c.section} lang={lang} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </Panel>
  );
}
