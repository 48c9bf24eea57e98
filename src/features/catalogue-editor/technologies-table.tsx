import type { Catalogue, Language, Technology } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import type { EditorStrings } from './messages';

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
    <div className="data-scroll">
      <table className="data-table editor-table">
        <caption>{m.technologiesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.layer}</th>
            <th scope="col" className="num-col">
              {m.facts}
            </th>
            <th scope="col">{m.source}</th>
            <th scope="col">{m.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t.id} data-technology-id={t.id}>
              <th scope="row">{t.name}</th>
              <td>{layerName.get(t.layer) ?? t.layer}</td>
              <td className="num-col num">{Object.keys(t.facts).length}</td>
              <td className={t.entered ? 'editor-entered' : undefined}>{sourceText(t, m)}</td>
              <td>
                <div className="editor-actions">
                  <button
                    type="button"
                    className="button"
                    aria-label={format(m.editNamed, { name: t.name })}
                    onClick={() => onEdit(t.id)}
                  >
                    {m.edit}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={format(m.duplicateNamed, { name: t.name })}
                    onClick={() => onDuplicate(t.id)}
                  >
                    {m.duplicate}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={format(m.deleteNamed, { name: t.name })}
                    onClick={() => onDelete(t.id)}
                  >
                    {m.delete}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
