import { useMemo } from 'react';

import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useCatalogue } from '../../store/use-ranking';
import { seedMatrixMessages } from './messages';
import { CRITERIA, toMatrixTable, type MatrixTableRow } from './to-matrix-table';
import '../../components/data-table.css';
import './seed-matrix.css';

const VERDICT_STATUS = {
  recommended: 'match',
  optional: 'partial',
  notRecommended: 'mismatch',
} as const satisfies Record<MatrixTableRow['verdict'], string>;

const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(5 - n);

/**
 * The seed's 17.6.3 matrix, as the store's catalogue carries it, with its printed totals
 * checked against its own stars and the technologies the catalogue lacks named; re-renders on
 * catalogue or language change only.
 */
export function SeedMatrixPanel() {
  const m = useMessages(seedMatrixMessages);
  const lang = useLanguage();
  const catalogue = useCatalogue();
  const table = useMemo(
    () =>
      toMatrixTable(
        catalogue.decisionMatrix,
        undefined,
        new Set(catalogue.technologies.map((t) => t.id)),
      ),
    [catalogue],
  );
  const order = CRITERIA.map((c) => table.weights[c]).join('/');
  const printed = table.discrepancies.map((d) => d.printed).join(' / ');
  const computed = table.discrepancies.map((d) => d.computed).join(' / ');
  return (
    <Panel
      id="seed-matrix"
      title={m.title}
      actions={<SourceRef section="17.6.3" lang={lang} />}
      className="seed-matrix-panel"
    >
      {table.rows.length === 0 ? <p className="sm-note">{m.noMatrix}</p> : null}
      <div className="data-scroll sm-scroll" role="region" aria-label={m.tableLabel} tabIndex={0}>
        <table className="data-table sm-table">
          <caption>{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                {m.candidate} <span className="sm-weight">{m.verdict}</span>
              </th>
              {CRITERIA.map((c) => (
                <th scope="col" key={c} className="sm-stars-col">
                  {m[c]}{' '}
                  <span className="sm-weight num">
                    {format(m.weightTag, { weight: table.weights[c] })}
                  </span>
                </th>
              ))}
              <th scope="col" className="sm-num">
                {m.printed}
              </th>
              <th scope="col" className="sm-num">
                {m.sum}
              </th>
              <th scope="col" className="sm-num">
                {format(m.weighted, { order })}{' '}
                <span className="sm-weight num">
                  {format(m.weightedMax, { max: table.weightedMax })}
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.label}>
                <th scope="row" className="sm-candidate">
                  <span className="sm-label">{r.label}</span>
                  <StatusBadge status={VERDICT_STATUS[r.verdict]} label={m[r.verdict]} />
                  {r.missing.length > 0 ? (
                    <span className="sm-missing">
                      {format(m.missing, { ids: r.missing.join(m.listSep) })}
                    </span>
                  ) : null}
                </th>
                {r.stars.map((s) => (
                  <td key={s.criterion} className="sm-stars">
                    <span aria-hidden="true">{stars(s.value)}</span>
                    <span className="sm-star-count num" aria-hidden="true">
                      {s.value}
                    </span>
                    <span className="visually-hidden">{format(m.starsOf, { value: s.value })}</span>
                  </td>
                ))}
                <td className={`sm-num num ${r.printedAddsUp ? '' : 'sm-off'}`}>
                  {r.printedAddsUp ? null : <span aria-hidden="true">⚠ </span>}
                  {r.printedTotal}
                  {r.printedAddsUp ? null : (
                    <span className="visually-hidden"> ({m.doesNotAddUp})</span>
                  )}
                </td>
                <td className="sm-num sm-computed num">{r.unweightedTotal}</td>
                <td className="sm-num sm-computed num">{r.weightedTotal}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="sm-notes">
        <p className="sm-note" role="note">
          {table.discrepancies.length === 0
            ? m.addsUp
            : format(table.orderAgrees ? m.discrepancy : m.discrepancyReordered, {
                printed,
                computed,
              })}
        </p>
        <p className="sm-order">{format(m.orderNote, { order })}</p>
      </div>
    </Panel>
  );
}
