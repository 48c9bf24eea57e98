import { DataTable } from '../../components/data-table';
import type { SensitivityText } from './messages';
import type { IntervalRow } from './to-interval-rows';

/** A stack that takes over at an end, tagged when that end is the nearest reversal. */
function Taker({ name, nearest, m }: { name: string; nearest: boolean; m: SensitivityText }) {
  return (
    <td>
      {name}
      {nearest ? <span className="sensitivity-nearest">{m.nearest}</span> : null}
    </td>
  );
}

/** Every weight's stability interval and who takes over past each end. */
export function IntervalTable({ rows, m }: { rows: IntervalRow[]; m: SensitivityText }) {
  return (
    <DataTable
      focusable
      className="sensitivity-table"
      caption={m.intervalsCaption}
      columns={[
        m.weight,
        { label: m.now, numeric: true },
        { label: m.from, numeric: true },
        { label: m.to, numeric: true },
        m.below,
        m.above,
      ]}
    >
      {rows.map((r) => (
        <tr
          key={r.dimension}
          data-dimension={r.dimension}
          className={r.nearest ? 'sensitivity-nearest-row' : undefined}
        >
          <th scope="row">{r.name}</th>
          <td className="num">{r.now}</td>
          <td className="num">{r.low}</td>
          <td className="num">{r.high}</td>
          <Taker name={r.below} nearest={r.nearest === 'down'} m={m} />
          <Taker name={r.above} nearest={r.nearest === 'up'} m={m} />
        </tr>
      ))}
    </DataTable>
  );
}
