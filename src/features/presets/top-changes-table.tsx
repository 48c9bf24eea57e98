import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useNames } from '../../store/use-ranking';
import type { Movement, TopChange } from './diff-presets';
import { presetsMessages } from './messages';
import { formatNumber } from '../../i18n/numbers';

type M = (typeof presetsMessages)['en'];

/** A movement as its marker: ▲ n / ▼ n with the words for screen readers, "new", "out" or "=". */
function MovementMark({ movement, m }: { movement: Movement; m: M }) {
  switch (movement.kind) {
    case 'up':
    case 'down': {
      const up = movement.kind === 'up';
      return (
        <span className={`move-mark mark-${movement.kind}`}>
          <span aria-hidden="true">{`${up ? '▲' : '▼'} ${movement.by}`}</span>
          <span className="visually-hidden">
            {format(up ? m.movedUp : m.movedDown, { n: movement.by })}
          </span>
        </span>
      );
    }
    case 'same':
      return (
        <span className="move-mark mark-same">
          <span aria-hidden="true">=</span>
          <span className="visually-hidden">{m.same}</span>
        </span>
      );
    case 'in':
      return <span className="move-tag tag-in">{m.newEntry}</span>;
    case 'out':
      return <span className="move-tag tag-out">{m.dropped}</span>;
  }
}

/** B's top 10 with each stack's rank under A and its move, then the stacks that dropped out. */
export function TopChangesTable({ rows }: { rows: TopChange[] }) {
  const lang = useLanguage();
  const m = presetsMessages[lang];
  const names = useNames();
  const rank = (r: number | null) => (r === null ? m.notRanked : `#${formatNumber(r, lang)}`);
  const unchanged = rows.every((r) => r.movement.kind === 'same');
  return (
    <div className="compare-scroll">
      <table className="compare-table top-changes">
        <caption>{m.topTable}</caption>
        <thead>
          <tr>
            <th scope="col" className="num-col">
              {m.rankB}
            </th>
            <th scope="col">{m.stack}</th>
            <th scope="col" className="num-col">
              {m.rankA}
            </th>
            <th scope="col">{m.change}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.stackId} data-stack-id={r.stackId} className={`top-row-${r.movement.kind}`}>
              <td className="num-col num">{rank(r.rankB)}</td>
              <th scope="row" className="top-stack">
                {names.stack(r.parts)}
              </th>
              <td className="num-col num">{rank(r.rankA)}</td>
              <td>
                <MovementMark movement={r.movement} m={m} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unchanged ? <p className="compare-same">{m.sameTop}</p> : null}
    </div>
  );
}
