import type { CSSProperties, ReactNode } from 'react';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Language } from '../../catalogue/types';
import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { StatusBadge } from '../../components/status-badge';
import { TechChip } from '../../components/tech-chip';
import { format } from '../../i18n/messages';
import { catalogueMessages } from './messages';
import { patternLayers } from './to-score-cells';
import './reference-tables.css';

type Strings = (typeof catalogueMessages)['en'];
interface TableProps {
  lang: Language;
  m: Strings;
}

const tech = (id: string) => seedCatalogue.technologies.find((t) => t.id === id);
const techName = (id: string) => tech(id)?.name ?? id;
const LAYER_ORDER = seedCatalogue.layers.map((l) => l.id);

/** A table that scrolls sideways on narrow screens, reachable by keyboard; named after the table, not its panel, so landmark names stay distinct. */
function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="cat-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="cat-table">{children}</table>
    </div>
  );
}

/** The six decision dimensions of 17.6.1 with their weights and how layers combine. */
export function DimensionsTable({ lang, m }: TableProps) {
  return (
    <Panel id="catalogue-dimensions" title={m.dimensions}>
      <p className="cat-panel-note">{m.dimensionsNote}</p>
      <ScrollTable label={format(m.tableOf, { title: m.dimensions })}>
        <thead>
          <tr>
            <th scope="col">{m.dimension}</th>
            <th scope="col">{m.indicators}</th>
            <th scope="col">{m.seedWord}</th>
            <th scope="col" className="cat-num">
              {m.defaultWeight}
            </th>
            <th scope="col">{m.aggregation}</th>
            <th scope="col">{m.source}</th>
          </tr>
        </thead>
        <tbody>
          {seedCatalogue.dimensions.map((d) => (
            <tr key={d.id}>
              <th
                scope="row"
                className="cat-dim-name"
                style={{ '--dim-color': `var(--dim-${d.id})` } as CSSProperties}
              >
                {d.name[lang]}
              </th>
              <td>{d.indicators[lang]}</td>
              <td>{m[d.seedWeight]}</td>
              <td className="cat-num num cat-strong">{d.defaultWeight}</td>
              <td>
                <strong>{m[d.aggregation]}</strong>
                <small className="cat-why">{d.aggregationWhy[lang]}</small>
              </td>
              <td>
                <SourceRef section={d.source} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Panel>
  );
}

/** Which technologies may be combined (17.3, 17.7.3): invalid rules and warnings. */
export function CompatibilityTable({ lang, m }: TableProps) {
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
          {seedCatalogue.compatibility.map((rule) => (
            <tr key={rule.id}>
              <td>
                <StatusBadge status={rule.severity} label={m[rule.severity]} />
              </td>
              <td className="cat-rule-techs">
                <span className="cat-chips">
                  {rule.when.map((id, i) => (
                    <span key={id} className="cat-chip-join">
                      {i > 0 ? <span aria-hidden="true">+</span> : null}
                      <TechChip layer={tech(id)?.layer ?? 'runtime'} name={techName(id)} />
                    </span>
                  ))}
                </span>
                {rule.unless ? (
                  <small className="cat-why">
                    {format(m.unless, { ids: rule.unless.map(techName).join(', ') })}
                  </small>
                ) : null}
              </td>
              <td>{rule.reason[lang]}</td>
              <td>
                <SourceRef section={rule.source} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Panel>
  );
}

/** The eight production cases of 17.5. */
export function CasesTable({ lang, m }: TableProps) {
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
            <th scope="col">{m.section}</th>
          </tr>
        </thead>
        <tbody>
          {seedCatalogue.cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name[lang]}</th>
              <td>{c.organisation[lang]}</td>
              <td>
                <span className={`cat-status cat-status-${c.status}`}>{m[c.status]}</span>
              </td>
              <td>{c.scale[lang]}</td>
              <td>
                <span className="cat-chips">
                  {patternLayers(c.stack, LAYER_ORDER).map(({ layer, ids }) => (
                    <TechChip key={layer} layer={layer} name={ids.map(techName).join(' / ')} />
                  ))}
                </span>
                {c.otherParts[lang] ? (
                  <small className="cat-why">{format(m.also, { parts: c.otherParts[lang] })}</small>
                ) : null}
              </td>
              <td>{c.results[lang]}</td>
              <td>
                <SourceRef section={c.section} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Panel>
  );
}
