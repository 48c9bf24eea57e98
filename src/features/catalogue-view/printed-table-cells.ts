import type {
  CompatibilityCell,
  CompatibilityMatrixRow,
  Language,
  SchemeRow,
} from '../../catalogue/types';
import {
  COMPATIBILITY_COLUMNS,
  COMPATIBILITY_MARK,
  SCHEME_COLUMNS,
} from '../../catalogue/printed-headers';

/** The column headers of a printed table, in printed order: the seed's words or their English rendering. */
export interface PrintedHeaders {
  row: string;
  columns: string[];
}

/** One 17.2.2 scheme as the table shows it. */
export interface SchemeCells {
  scheme: string;
  /** 编排层 … 适用场景, in printed order. */
  cells: string[];
  /** 成熟度 in the ★ notation of the app's other star tables (⭐⭐⭐⭐ → ★★★★☆), and its count. */
  stars: string;
  starCount: number;
}

const SCHEME_CELLS = [
  'orchestration',
  'runtime',
  'storage',
  'network',
  'policy',
  'useCases',
] as const;
const COMPATIBILITY_CELLS = ['kubernetesApi', 'dockerImage', 'network', 'storage'] as const;

/** The 17.2.2 headers in the language. */
export function schemeHeaders(lang: Language): PrintedHeaders {
  return {
    row: SCHEME_COLUMNS.scheme[lang],
    columns: [...SCHEME_CELLS, 'maturityStars' as const].map((c) => SCHEME_COLUMNS[c][lang]),
  };
}

/** A 17.2.2 row's cells in the language. */
export function schemeCells(row: SchemeRow, lang: Language): SchemeCells {
  return {
    scheme: row.scheme[lang],
    cells: SCHEME_CELLS.map((c) => row[c][lang]),
    stars: '★'.repeat(row.maturityStars) + '☆'.repeat(5 - row.maturityStars),
    starCount: row.maturityStars,
  };
}

/** One 17.7.3 cell as printed: its mark, the mark's symbol and the words after it. */
export interface MatrixCell {
  mark: CompatibilityCell['mark'];
  text: string;
}

/** The 17.7.3 headers in the language. */
export function matrixHeaders(lang: Language): PrintedHeaders {
  return {
    row: COMPATIBILITY_COLUMNS.combination[lang],
    columns: COMPATIBILITY_CELLS.map((c) => COMPATIBILITY_COLUMNS[c][lang]),
  };
}

/** A 17.7.3 row's cells in the language: "⚠️ 需转换", "✅ flannel". */
export function matrixCells(row: CompatibilityMatrixRow, lang: Language): MatrixCell[] {
  return COMPATIBILITY_CELLS.map((c) => ({
    mark: row[c].mark,
    text: `${COMPATIBILITY_MARK[row[c].mark]} ${row[c].words[lang]}`,
  }));
}
