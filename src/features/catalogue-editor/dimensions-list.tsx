import type { Catalogue, Language } from '../../catalogue/types';
import { DataTable } from '../../components/data-table';
import { FACT_LABELS } from '../../components/format-fact';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import { formMessages } from './form-messages';
import type { EditorStrings } from './messages';
import { ruleWords } from './metric-words';
import { ActionButton } from './row-actions';
import { formatNumber } from '../../i18n/numbers';

interface DimensionsListProps {
  catalogue: Catalogue;
  lang: Language;
  m: EditorStrings;
  onEdit: (id: string) => void;
}

/** The dimensions: the facts and rules they read, how layers combine, their default weight; Edit each. */
export function DimensionsList({ catalogue, lang, m, onEdit }: DimensionsListProps) {
  const f = formMessages[lang];
  return (
    <DataTable
      className="editor-table"
      caption={m.dimensionsCaption}
      columns={[
        m.name,
        m.measuredBy,
        m.aggregation,
        { label: m.defaultWeight, numeric: true },
        m.source,
        m.actions,
      ]}
    >
      {catalogue.dimensions.map((d) => (
        <tr key={d.id}>
          <th scope="row">{d.name[lang]}</th>
          <td data-label={m.measuredBy} className="editor-wide-cell">
            <ul className="editor-metrics">
              {d.metrics.map((metric) => (
                <li key={`${metric.fact}/${metric.rule}`}>
                  {FACT_LABELS[metric.fact][lang]}{' '}
                  <small title={ruleWords(metric.rule, f).why}>
                    ({ruleWords(metric.rule, f).name})
                  </small>
                </li>
              ))}
            </ul>
          </td>
          <td data-label={m.aggregation}>{f[d.aggregation]}</td>
          <td data-label={m.defaultWeight} className="num-col num">
            {formatNumber(d.defaultWeight, lang, 1)}
          </td>
          <td data-label={m.source}>
            <SourceRef section={d.source} lang={lang} entered={d.entered?.source} />
          </td>
          <td className="editor-actions-cell">
            <ActionButton
              label={m.edit}
              name={format(m.editDimension, { name: d.name[lang] })}
              onClick={() => onEdit(d.id)}
            />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
