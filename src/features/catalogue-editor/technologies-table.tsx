import type { Catalogue, Language, Technology } from '../../catalogue/types';
import { DataTable } from '../../components/data-table';
import { format } from '../../i18n/messages';
import type { EditorStrings } from './messages';
import { RowActions } from './row-actions';

interface TechnologiesTableProps {
  catalogue: Catalogue;
  lang: Language;
  m: EditorStrings;
  onEdit: (id: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
}

/** The technology's provenance in a word: the seed's, or what the user typed. */
function sourceText(t: Technology, m: EditorStrings): string {
  if (t.entered) return format(m.entered, { source: t.entered.source });
  const entered = Object.values(t.facts).filter((f) => f?.source === 'user').length;
  return entered > 0 ? format(m.seedWithEntered, { n: entered }) : m.seed;
}

/** Every technology by layer with its fact count and source, and Edit / Duplicate / Delete named after it. */
export function TechnologiesTable({
  catalogue,
  lang,
  m,
  onEdit,
  onDuplicate,
  onDelete,
}: TechnologiesTableProps) {
  const layerName = new Map(catalogue.layers.map((l) => [l.id, l.name[lang]]));
  const order = new Map(catalogue.layers.map((l, i) => [l.id, i]));
  const rows = [...catalogue.technologies].sort(
    (a, b) => (order.get(a.layer) ?? 0) - (order.get(b.layer) ?? 0),
  );
  return (
    <DataTable
      className="editor-table"
      caption={m.technologiesCaption}
      columns={[m.name, m.layer, { label: m.facts, numeric: true }, m.source, m.actions]}
    >
      {rows.map((t) => (
        <tr key={t.id} data-technology-id={t.id}>
          <th scope="row">{t.name}</th>
          <td data-label={m.layer}>{layerName.get(t.layer) ?? t.layer}</td>
          <td data-label={m.facts} className="num-col num">
            {Object.keys(t.facts).length}
          </td>
          <td data-label={m.source} className={t.entered ? 'editor-entered' : undefined}>
            {sourceText(t, m)}
          </td>
          <td className="editor-actions-cell">
            <RowActions
              actions={[
                {
                  label: m.edit,
                  name: format(m.editNamed, { name: t.name }),
                  onClick: () => onEdit(t.id),
                },
                {
                  label: m.duplicate,
                  name: format(m.duplicateNamed, { name: t.name }),
                  onClick: () => onDuplicate(t.id),
                },
                {
                  label: m.delete,
                  name: format(m.deleteNamed, { name: t.name }),
                  onClick: () => onDelete(t.id),
                },
              ]}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
