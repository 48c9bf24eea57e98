import type { Language } from '../../catalogue/types';
import { SourceRef } from '../../components/source-ref';
import { StatusBadge } from '../../components/status-badge';
import { TechChip } from '../../components/tech-chip';
import type { DetailText } from './messages';
import { layerHeadingId } from './sections';
import type { StackDetail } from './to-stack-detail';

interface ListProps {
  detail: StackDetail;
  m: DetailText;
  lang: Language;
}

/** Every requirement check with its status and reason. */
export function CheckList({ detail, m }: Omit<ListProps, 'lang'>) {
  const { checks } = detail.fit;
  if (checks.length === 0) return <p className="muted">{m.noChecks}</p>;
  return (
    <ul className="detail-list">
      {checks.map((c, i) => (
        <li key={`${c.layer}-${i}`}>
          <StatusBadge status={c.status} label={m[c.status]} />
          <span>
            <span className="detail-list-layer">{c.layerName ?? m.wholeStack}</span> {c.reason}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The compatibility rules the stack triggers, each with its seed section. */
export function CompatibilityList({ detail, m, lang }: ListProps) {
  const { reasons } = detail.compatibility;
  if (reasons.length === 0) return <p className="muted">{m.compatible}</p>;
  return (
    <ul className="detail-list">
      {reasons.map((r) => (
        <li key={r.ruleId}>
          <StatusBadge status={r.severity} label={m[r.severity]} />
          <span>
            {r.reason}{' '}
            <SourceRef
              section={r.source}
              lang={lang}
              reading={r.reading ?? undefined}
              entered={r.entered ?? undefined}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The production cases of 17.5 that run this stack. */
export function CaseList({ detail, m, lang }: ListProps) {
  if (detail.cases.length === 0) return <p className="muted">{m.noCases}</p>;
  return (
    <ul className="case-list">
      {detail.cases.map((c) => (
        <li key={c.id} className="case-card">
          <div className="case-head">
            <strong>{c.name}</strong>
            <span className={`case-status case-status-${c.status}`}>{m[c.status]}</span>
            <SourceRef section={c.section} lang={lang} />
          </div>
          <dl className="case-facts">
            <div>
              <dt>{m.organisation}</dt>
              <dd>{c.organisation}</dd>
            </div>
            <div>
              <dt>{m.scale}</dt>
              <dd>{c.scale}</dd>
            </div>
            <div>
              <dt>{m.results}</dt>
              <dd>{c.results}</dd>
            </div>
            {c.otherParts ? (
              <div>
                <dt>{m.otherParts}</dt>
                <dd>{c.otherParts}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** Every fact of every layer's technology, with its source section and reading note (the
 * technology's summary is in the overview). */
export function LayerFacts({ detail, m, lang }: ListProps) {
  return (
    <div className="layer-facts">
      {detail.layers.map((l, i) => (
        <section key={l.layer} className="layer-block" aria-labelledby={layerHeadingId(l.layer)}>
          <h4 id={layerHeadingId(l.layer)} className="layer-heading" tabIndex={-1}>
            <span className="layer-name">{l.layerName}</span>
            <TechChip layer={l.layer} index={i} name={l.technology} />
          </h4>
          <table className="fact-table">
            <thead>
              <tr>
                <th scope="col">{m.fact}</th>
                <th scope="col">{m.value}</th>
                <th scope="col">{m.source}</th>
              </tr>
            </thead>
            <tbody>
              {l.facts.map((f) => (
                <tr key={f.key}>
                  <th scope="row">{f.label}</th>
                  <td>
                    <span className="num">{f.value}</span>
                    {f.note ? <span className="fact-note">{f.note}</span> : null}
                  </td>
                  <td>
                    <SourceRef
                      section={f.source}
                      lang={lang}
                      reading={f.reading ?? undefined}
                      entered={f.entered ?? undefined}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
