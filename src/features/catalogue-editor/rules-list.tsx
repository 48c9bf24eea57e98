import type { Catalogue, Language } from '../../catalogue/types';
import { DataTable } from '../../components/data-table';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import { ruleKindOf } from './edit-catalogue';
import { ruleSentence } from './edit-words';
import type { EditorStrings } from './messages';
import { RowActions } from './row-actions';

interface RulesListProps {
  catalogue: Catalogue;
  lang: Language;
  m: EditorStrings;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}

/** The compatibility rules: kind, what they say by technology name, reason, source; Edit / Delete each. */
export function RulesList({ catalogue, lang, m, onEdit, onDelete }: RulesListProps) {
  return (
    <DataTable
      className="editor-table"
      caption={m.rulesCaption}
      columns={[m.rule, m.kind, m.reason, m.source, m.actions]}
    >
      {catalogue.compatibility.map((rule) => (
        <tr key={rule.id}>
          <th scope="row">
            {ruleSentence(rule, catalogue, m)}
            <small className="editor-id">{rule.id}</small>
          </th>
          <td data-label={m.kind}>
            <span className={`badge badge-${rule.severity}`}>{m[ruleKindOf(rule)]}</span>
          </td>
          <td data-label={m.reason} className="editor-wide-cell">
            {rule.reason[lang]}
          </td>
          <td data-label={m.source}>
            <SourceRef
              section={rule.source}
              lang={lang}
              reading={rule.reading?.rationale}
              entered={rule.entered?.source}
            />
          </td>
          <td className="editor-actions-cell">
            <RowActions
              actions={[
                {
                  label: m.edit,
                  name: format(m.editRule, { id: rule.id }),
                  onClick: () => onEdit(rule.id),
                },
                {
                  label: m.delete,
                  name: format(m.deleteRule, { id: rule.id }),
                  onClick: () => onDelete(rule.id),
                },
              ]}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
