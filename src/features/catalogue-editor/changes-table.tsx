import type { Language } from '../../catalogue/types';
import type { ChangeRow } from './change-rows';
import { changeText, itemText, kindText } from './edit-words';
import type { EditorStrings } from './messages';

/** "Changes against the seed": one row per added, removed or changed item; a line when there is none. */
export function ChangesTable({
  rows,
  lang,
  m,
}: {
  rows: readonly ChangeRow[];
  lang: Language;
  m: EditorStrings;
}) {
  if (rows.length === 0) return <p className="editor-hint">{m.noChanges}</p>;
  return (
    <div className="data-scroll">
      <table className="data-table editor-table">
        <caption>{m.changesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.kind}</th>
            <th scope="col">{m.item}</th>
            <th scope="col">{m.change}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.collection}/${row.id}/${row.change}`}
              className={`editor-change-${row.change}`}
            >
              <td>{kindText(row, m)}</td>
              <th scope="row">{itemText(row, m, lang)}</th>
              <td>{changeText(row, m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
