import { useMemo } from 'react';

import { HideDominatedSwitch } from '../../components/hide-dominated-switch';
import { Panel } from '../../components/panel';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { formatNumber } from '../../i18n/numbers';
import { useAppStore } from '../../store/app-store';
import { useAgreement, useDominance } from '../../store/use-analysis';
import { useNames, useRankedInWorker, useRankingSummary } from '../../store/use-ranking';
import { agreementMessages } from './messages';
import { toAgreement } from './to-agreement';
import '../../components/data-table.css';
import './method-agreement.css';

const NO_IDS: string[] = [];

/**
 * Whether the weighted sum, weighted product and TOPSIS agree on the #1 and the top 10, and
 * how many stacks no other stack dominates; a method can be made the ranking's from here.
 */
export function MethodAgreementPanel() {
  const lang = useLanguage();
  const m = agreementMessages[lang];
  const names = useNames();
  const agreement = useAgreement();
  const dominance = useDominance(NO_IDS, 'panel');
  const inWorker = useRankedInWorker();
  const { stacks } = useRankingSummary();
  const setMethod = useAppStore((s) => s.setMethod);
  const rankMode = useAppStore((s) => s.rankMode);
  const view = useMemo(
    () => (agreement.value ? toAgreement(agreement.value, names, lang) : null),
    [agreement.value, names, lang],
  );
  return (
    <Panel id="method-agreement" title={m.title} className="method-agreement-panel">
      <p className="agreement-intro">{m.intro}</p>
      {agreement.error ? (
        <p role="alert">{format(m.failed, { error: agreement.error })}</p>
      ) : view === null ? (
        <p role="status">{m.computing}</p>
      ) : (
        <>
          <p className="agreement-verdict" role="status">
            {view.verdict}
          </p>
          <div className="data-scroll">
            <table className="data-table agreement-table" aria-busy={agreement.pending}>
              <caption className="visually-hidden">{m.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.method}</th>
                  <th scope="col">{m.top}</th>
                  <th scope="col">{m.sameTop}</th>
                  <th scope="col">{m.tau}</th>
                  <th scope="col">{m.action}</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row) => (
                  <tr key={row.method} aria-current={row.current || undefined}>
                    <th scope="row">
                      {row.name}
                      {row.current ? (
                        <span className="agreement-current"> ({m.current})</span>
                      ) : null}
                    </th>
                    <td>{row.top}</td>
                    <td>{row.sameTop}</td>
                    <td className="num">{row.tau}</td>
                    <td>
                      {row.current ? null : (
                        <button
                          type="button"
                          className="button"
                          onClick={() => setMethod(row.method)}
                        >
                          {format(m.rankBy, { method: row.name })}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {view.note ? <p className="agreement-note">{view.note}</p> : null}
        </>
      )}
      <h3 className="agreement-subtitle">{m.efficientTitle}</h3>
      {dominance.value ? (
        <p className="agreement-efficient">
          {format(m.efficient, {
            count: formatNumber(dominance.value.efficient, lang),
            considered: formatNumber(dominance.value.considered, lang),
          })}
          {rankMode === 'fitFirst' ? <> {m.efficientFit}</> : null}
        </p>
      ) : (
        <p role="status">{m.computing}</p>
      )}
      <HideDominatedSwitch label={m.hideDominated} className="agreement-switch" />
      {inWorker ? (
        <p className="agreement-note">
          {format(m.workerNote, { total: formatNumber(stacks, lang) })}
        </p>
      ) : null}
    </Panel>
  );
}
