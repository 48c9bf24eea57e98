import { useMemo } from 'react';

import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useCatalogue, useRanking, useRankingSummary } from '../../store/use-ranking';
import { presenterMessages } from './messages';
import { StackChips } from './stack-chips';
import { toTopStacks } from './to-top-stacks';
import { formatNumber, formatPoints } from '../../i18n/numbers';

/** Slide 3: the top 8 of the live ranking with chips, total and fit; re-ranks on every weight step. */
export function RankingSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const ranking = useRanking();
  // The whole ranking's size: a worker-ranked catalogue's rows are only its top.
  const summary = useRankingSummary();
  const catalogue = useCatalogue();
  const top = useMemo(() => toTopStacks(ranking, catalogue), [ranking, catalogue]);
  if (top.length === 0) return <p className="presenter-big">{m.emptyRanking}</p>;
  return (
    <table className="presenter-table presenter-ranking">
      <caption>
        {format(m.topOf, { n: top.length, total: formatNumber(summary.size, lang) })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="num-col">
            {m.rank}
          </th>
          <th scope="col">{m.stack}</th>
          <th scope="col" className="num-col">
            {m.score}
          </th>
          <th scope="col">{m.fit}</th>
        </tr>
      </thead>
      <tbody>
        {top.map((row) => (
          <tr
            key={row.stackId}
            data-stack-id={row.stackId}
            className={row.rank === 1 ? 'presenter-first' : undefined}
          >
            <td className="num-col num presenter-rank">{row.rank}</td>
            <td>
              <StackChips parts={row.parts} />
              {row.inProduction ? (
                <span
                  className="presenter-star"
                  role="img"
                  aria-label={m.inProduction}
                  title={m.inProduction}
                >
                  ★
                </span>
              ) : null}
            </td>
            <td className="num-col num presenter-score">{formatPoints(row.points, lang)}</td>
            <td>
              <StatusBadge status={row.fit} label={m[row.fit]} />
              {row.compatibility === 'invalid' ? (
                <StatusBadge status="invalid" label={m.invalid} />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
