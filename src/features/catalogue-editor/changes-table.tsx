import type { Language } from '../../catalogue/types';
import { DataTable } from '../../components/data-table';
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
    <DataTable
      className="editor-table"
      caption={m.changesCaption}
      columns={[m.kind, m.item, m.change]}
    >
      {rows.map((row) => (
        <tr
          key={`${row.collection}/${row.id}/${row.change}`}
          className={`editor-change-${row.change}`}
        >
          <td data-label={m.kind}>{kindText(row, m)}</td>
          <th scope="row">{itemText(row, m, lang)}</th>
          <td data-label={m.change} className="editor-wide-cell">
            {changeText(row, m, lang)}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
