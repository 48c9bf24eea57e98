import { methodName } from '../../components/method-words';
import { rangeText, stabilityVerdict } from '../../components/stability-words';
import { useLanguage } from '../../components/use-messages';
import { DEFAULT_METHOD } from '../../engine/methods';
import { format } from '../../i18n/messages';
import { formatNumber } from '../../i18n/numbers';
import { useAppStore } from '../../store/app-store';
import { useAgreement, useDominance, useStability } from '../../store/use-analysis';
import { useNames } from '../../store/use-ranking';
import { presenterMessages } from './messages';

const NO_IDS: string[] = [];

/**
 * Slide 6: how sure the #1 is — the nearest rank reversal, each weight's stable range, the
 * efficient set, and whether the other aggregation methods put the same stack first. Live.
 */
export function ConfidenceSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const names = useNames();
  const method = useAppStore((s) => s.method);
  const stability = useStability().value;
  const agreement = useAgreement().value;
  const dominance = useDominance(NO_IDS, 'panel').value;
  return (
    <div className="presenter-body presenter-confidence">
      <p className="presenter-lead">
        {stability ? stabilityVerdict(stability, names, lang) : m.confidencePending}
      </p>
      <div className="presenter-columns">
        <div>
          <h3 className="presenter-label">{m.confidenceRanges}</h3>
          {stability && stability.top !== null ? (
            <table className="presenter-table">
              <caption className="visually-hidden">{m.confidenceRanges}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.dimension}</th>
                  <th scope="col">{m.weight}</th>
                  <th scope="col">{m.confidenceRange}</th>
                </tr>
              </thead>
              <tbody>
                {stability.intervals.map((i) => (
                  <tr key={i.dimension}>
                    <th scope="row">{names.dimension(i.dimension, lang)}</th>
                    <td className="num">{formatNumber(i.value, lang, 2)}</td>
                    <td>{rangeText(i, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
        <div>
          <h3 className="presenter-label">{m.confidenceMethods}</h3>
          <p>
            {format(m.confidenceMethod, { method: methodName(method, lang) })}
            {method === DEFAULT_METHOD ? '' : ` ${m.confidenceNotSeed}`}
          </p>
          {agreement ? (
            <ul className="presenter-list">
              {agreement.methods
                .filter((v) => v.method !== agreement.current)
                .map((v) => (
                  <li key={v.method}>
                    {format(v.sameTop ? m.confidenceSame : m.confidenceOther, {
                      method: methodName(v.method, lang),
                      stack: v.top === null ? '—' : names.stack(v.top),
                      tau: v.tau === null ? '—' : v.tau.toFixed(2),
                    })}
                  </li>
                ))}
            </ul>
          ) : null}
          <h3 className="presenter-label">{m.confidenceEfficient}</h3>
          <p>
            {dominance
              ? format(m.confidenceEfficientText, {
                  count: formatNumber(dominance.efficient, lang),
                  considered: formatNumber(dominance.considered, lang),
                })
              : m.confidencePending}
          </p>
        </div>
      </div>
    </div>
  );
}
