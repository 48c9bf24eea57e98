import Papa from 'papaparse';

import type { Catalogue, Language } from '../../catalogue/types';
import { formatScore } from '../../components/format-score';
import { stackName } from '../../components/stack-name';
import type { RankingRow } from '../../engine/evaluate';
import { DIMENSION_IDS } from '../../engine/rank';
import { format } from '../../i18n/messages';
import { exportMessages } from './messages';

/** Byte order mark: without it Excel reads UTF-8 as the local code page and garbles Chinese. */
export const BOM = '\uFEFF';

/** The CSV's header row in a language: rank, id, name, total, the six dimensions, fit, compatibility, reasons. */
export function csvHeader(catalogue: Catalogue, lang: Language): string[] {
  const m = exportMessages[lang];
  const dimension = (id: string) => catalogue.dimensions.find((d) => d.id === id)?.name[lang] ?? id;
  return [
    m.csvRank,
    m.csvId,
    m.csvName,
    m.csvTotal,
    ...DIMENSION_IDS.map(dimension),
    m.csvFit,
    m.csvCompatibility,
    m.csvReasons,
  ];
}

/** One ranking row as CSV values, formatted as the table shows them (×100; one decimal for the total). */
export function csvRecord(row: RankingRow, lang: Language): string[] {
  const m = exportMessages[lang];
  const reasons = [
    ...row.stack.reasons.map((r) =>
      format(r.reading ? m.sourceReading : m.source, { text: r.reason[lang], source: r.source }),
    ),
    ...row.match.checks.filter((c) => c.status !== 'match').map((c) => c.reason[lang]),
  ];
  return [
    String(row.rank),
    row.stack.id,
    stackName(row.stack.parts),
    formatScore(row.total, lang, 1),
    ...DIMENSION_IDS.map((d) => formatScore(row.dimensions[d], lang, 0)),
    m[row.match.status],
    m[row.stack.status],
    reasons.join(m.reasonSeparator),
  ];
}

/**
 * The rows as CSV text for spreadsheets: BOM, header, one record per row, CRLF line ends,
 * RFC 4180 quoting (commas, quotes, newlines) and formula-like cells neutralised.
 */
export function toCsv(rows: RankingRow[], catalogue: Catalogue, lang: Language): string {
  const data = rows.map((row) => csvRecord(row, lang));
  return (
    BOM +
    Papa.unparse(
      { fields: csvHeader(catalogue, lang), data },
      { newline: '\r\n', escapeFormulae: true },
    )
  );
}
