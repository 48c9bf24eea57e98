import type { Catalogue, Language } from '../../catalogue/types';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import { ruleKindOf } from './edit-catalogue';
import { ruleSentence } from './edit-words';
import type { EditorStrings } from './messages';

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
    <div className="data-scroll">
      <table className="data-table editor-table">
        <caption>{m.rulesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.rule}</th>
            <th scope="col">{m.kind}</th>
            <th scope="col">{m.reason}</th>
            <th scope="col">{m.source}</th>
            <th scope="col">{m.actions}</th>
          </tr>
        </thead>
        <tbody>
          {catalogue.compatibility.map((rule) => (
            <tr key={rule.id}>
              <th scope="row">
                {ruleSentence(rule, catalogue, m)}
                <small className="editor-id">{rule.id}</small>
              </th>
              <td>
                <span className={`badge badge-${rule.severity}`}>{m[ruleKindOf(rule)]}</span>
              </td>
              <td>{rule.reason[lang]}</td>
              <td>
                <SourceRef
                  section={rule.source}
                  lang={lang}
                  reading={rule.reading?.rationale}
                  entered={rule.entered?.source}
                />
              </td>
              <td>
                <div className="editor-actions">
                  <button
                    type="button"
                    className="button"
                    aria-label={format(m.editRule, { id: rule.id })}
                    onClick={() => onEdit(rule.id)}
                  >
                    {m.edit}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={format(m.deleteRule, { id: rule.id })}
                    onClick={() => onDelete(rule.id)}
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
