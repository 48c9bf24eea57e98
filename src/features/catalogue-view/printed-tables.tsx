import type { Language } from '../../catalogue/types';
import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import { useCatalogue } from '../../store/use-ranking';
import type { catalogueMessages } from './messages';
import {
  matrixCells,
  matrixHeaders,
  schemeCells,
  schemeHeaders,
  type PrintedHeaders,
} from './printed-table-cells';
import { ScrollTable } from './reference-tables';

interface TableProps {
  lang: Language;
  m: (typeof catalogueMessages)['en'];
}

const langTag = (lang: Language) => (lang === 'zh' ? 'zh-CN' : 'en');

/** A printed table's header row. */
function Head({ headers }: { headers: PrintedHeaders }) {
  return (
    <thead>
      <tr>
        <th scope="col">{headers.row}</th>
        {headers.columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** 17.2.2 组合方案对比 as the catalogue carries it: the seed's five schemes, cell by cell as printed. */
export function SchemesTable({ lang, m }: TableProps) {
  const rows = useCatalogue().schemeComparison ?? [];
  return (
    <Panel id="catalogue-schemes" title={m.schemes}>
      <p className="cat-panel-note">
        {m.schemesNote} <SourceRef section="17.2.2" lang={lang} />
      </p>
      {rows.length === 0 ? <p className="cat-empty">{m.noPrintedTable}</p> : null}
      <ScrollTable label={format(m.tableOf, { title: m.schemes })}>
        <Head headers={schemeHeaders(lang)} />
        <tbody lang={langTag(lang)}>
          {rows.map((row) => {
            const cells = schemeCells(row, lang);
            return (
              <tr key={cells.scheme}>
                <th scope="row">{cells.scheme}</th>
                {cells.cells.map((text, i) => (
                  <td key={i}>{text}</td>
                ))}
                <td className="cat-case-stars">
                  <span aria-hidden="true">{cells.stars}</span>
                  <span className="visually-hidden">
                    {format(m.starsOf, { value: cells.starCount })}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    </Panel>
  );
}

/** 17.7.3 兼容性矩阵 as the catalogue carries it: the seed's four combinations, ✅ / ⚠️ with their words. */
export function CompatibilityMatrixTable({ lang, m }: TableProps) {
  const rows = useCatalogue().compatibilityMatrix ?? [];
  return (
    <Panel id="catalogue-compat-matrix" title={m.compatMatrix}>
      <p className="cat-panel-note">
        {m.compatMatrixNote} <SourceRef section="17.7.3" lang={lang} />
      </p>
      {rows.length === 0 ? <p className="cat-empty">{m.noPrintedTable}</p> : null}
      <ScrollTable label={format(m.tableOf, { title: m.compatMatrix })}>
        <Head headers={matrixHeaders(lang)} />
        <tbody lang={langTag(lang)}>
          {rows.map((row) => (
            <tr key={row.combination}>
              <th scope="row">{row.combination}</th>
              {matrixCells(row, lang).map((cell, i) => (
                <td key={i} className={`cat-compat-${cell.mark}`}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </Panel>
  );
}
