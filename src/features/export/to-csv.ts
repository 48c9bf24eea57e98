import Papa from 'papaparse';

import { namesOf } from '../../catalogue/names';
import type { Catalogue, Language } from '../../catalogue/types';
import { matchReason } from '../../components/match-words';
import type { RankingRow } from '../../engine/evaluate';
import { exportMessages } from './messages';
import { citedReason } from './rule-source';
import { formatScore } from '../../i18n/numbers';

/** Byte order mark: without it Excel reads UTF-8 as the local code page and garbles Chinese. */
export const BOM = '\uFEFF';

/**
 * The CSV's header row in a language: rank, id, name, total, the catalogue's dimensions, fit,
 * compatibility, reasons.
 */
export function csvHeader(catalogue: Catalogue, lang: Language): string[] {
  const m = exportMessages[lang];
  const names = namesOf(catalogue);
  return [
    m.csvRank,
    m.csvId,
    m.csvName,
    m.csvTotal,
    ...catalogue.dimensions.map((d) => names.dimension(d.id, lang)),
    m.csvFit,
    m.csvCompatibility,
    m.csvReasons,
  ];
}

/** One ranking row as CSV values, formatted as the table shows them (×100; one decimal for the total). */
export function csvRecord(row: RankingRow, catalogue: Catalogue, lang: Language): string[] {
  const m = exportMessages[lang];
  const names = namesOf(catalogue);
  const reasons = [
    ...row.stack.reasons.map((r) => citedReason(r, r.reason[lang], catalogue, m)),
    ...row.match.checks.filter((c) => c.status !== 'match').map((c) => matchReason(c, lang, names)),
  ];
  return [
    String(row.rank),
    row.stack.id,
    names.stack(row.stack.parts),
    formatScore(row.total, lang, 1),
    ...catalogue.dimensions.map((d) => formatScore(row.dimensions[d.id] ?? 0, lang, 0)),
    m[row.match.status],
    m[row.stack.status],
    reasons.join(m.reasonSeparator),
  ];
}

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): it starts with `=`, `+`,
 * `-`, `@`, a tab, a carriage return or a line feed. Papa's own `escapeFormulae: true` tests
 * `/^[=+\-@\t\r].*$/`, whose `.` stops at a line break: a cell such as "=1+1\nx" slipped
 * through. Every cell is text (scores are formatted strings, never negative), so a leading `-`
 * is never a number here.
 */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * The rows as CSV text for spreadsheets: BOM, header, one record per row, CRLF line ends,
 * RFC 4180 quoting (commas, quotes, newlines) and formula-like cells neutralised: prefixed
 * with `'` (and quoted), which spreadsheets show as text.
 */
export function toCsv(rows: RankingRow[], catalogue: Catalogue, lang: Language): string {
  const data = rows.map((row) => csvRecord(row, catalogue, lang));
  return (
    BOM +
    Papa.unparse(
      { fields: csvHeader(catalogue, lang), data },
      { newline: '\r\n', escapeFormulae: FORMULA_START },
    )
  );
}
