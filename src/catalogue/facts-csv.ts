import Papa from 'papaparse';

import {
  type CatalogueError,
  MISSING,
  MAX_ERRORS,
  ROOT_PATH,
  capErrors,
  previewValue,
} from './catalogue-errors';
import { FACT_KEYS } from './ids';
import { sizeError } from './json-text';
import { FACT_KINDS } from './schema';
import type { Catalogue, Fact, Technology } from './types';
import { validateCatalogue } from './validate';

/**
 * Technology facts as CSV: one row per fact of a technology, for a spreadsheet. A technology's
 * other data (summary, includes) and the rest of the catalogue stay in the JSON file.
 *
 * Columns (the header row names them; any order on import):
 * - technology, layer, name — the technology's id, its layer id and its name;
 * - fact, kind — the fact key (e.g. startTime) and its kind (number, range, stars, …);
 * - value — a number, a star count, true/false, a level or a policy support word;
 *   value_en, value_zh — the words of a text or unknown fact;
 * - min, max — a range; unit — of a number or a range; approx, or_more — true, false or empty;
 * - source — a section id (17.3.2) or `user`; entered_source — what the user gave as the source;
 * - quote — the seed's words; note_en, note_zh — a note;
 * - reading_en, reading_zh, reading_rests — the app's reading and the sections it rests on
 *   (space-separated).
 */
export const FACT_CSV_COLUMNS = [
  'technology',
  'layer',
  'name',
  'fact',
  'kind',
  'value',
  'value_en',
  'value_zh',
  'min',
  'max',
  'unit',
  'approx',
  'or_more',
  'source',
  'entered_source',
  'quote',
  'note_en',
  'note_zh',
  'reading_en',
  'reading_zh',
  'reading_rests',
] as const;
export type FactCsvColumn = (typeof FACT_CSV_COLUMNS)[number];

/** A CSV file larger than this is refused before it is parsed. */
export const FACTS_CSV_MAX_BYTES = 5 * 1024 * 1024;

/** Byte order mark: lets spreadsheet apps read the file as UTF-8 (Chinese text). */
export const CSV_BOM = '\uFEFF';

const REQUIRED: readonly FactCsvColumn[] = ['technology', 'fact', 'kind', 'source'];

/** Which value columns each kind of fact fills; every other value column stays empty. */
const KIND_COLUMNS: Record<Fact['kind'], readonly FactCsvColumn[]> = {
  number: ['value', 'unit', 'approx', 'or_more'],
  range: ['min', 'max', 'unit', 'or_more'],
  stars: ['value'],
  bool: ['value'],
  level: ['value'],
  policySupport: ['value'],
  text: ['value_en', 'value_zh'],
  unknown: ['value_en', 'value_zh'],
};
/** Every column some kind fills, in file order. */
const VALUE_COLUMNS: readonly FactCsvColumn[] = FACT_CSV_COLUMNS.filter((column) =>
  Object.values(KIND_COLUMNS).some((columns) => columns.includes(column)),
);

// CSV injection: a cell a spreadsheet would run as a formula gets a leading apostrophe on
// export. A cell that already starts with apostrophes before such a character gets one more,
// so import (which removes one) gives back exactly what was exported.
const FORMULA_START = /^'*[=+\-@\t\r\n]/;
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r\n]/;

/** A cell as written: formula-like text defused with a leading apostrophe. */
export function escapeCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as read: the apostrophe `escapeCsvCell` added is removed. */
export function unescapeCsvCell(text: string): string {
  return ESCAPED_FORMULA_START.test(text) ? text.slice(1) : text;
}

type Row = Record<FactCsvColumn, string>;

const flag = (value: boolean | undefined) => (value === undefined ? '' : String(value));

function factRow(tech: Technology, key: string, fact: Fact): Row {
  const row = Object.fromEntries(FACT_CSV_COLUMNS.map((c) => [c, ''])) as Row;
  row.technology = tech.id;
  row.layer = tech.layer;
  row.name = tech.name;
  row.fact = key;
  row.kind = fact.kind;
  switch (fact.kind) {
    case 'number':
      row.value = String(fact.value);
      row.unit = fact.unit;
      row.approx = flag(fact.approx);
      row.or_more = flag(fact.orMore);
      break;
    case 'range':
      row.min = String(fact.min);
      row.max = String(fact.max);
      row.unit = fact.unit;
      row.or_more = flag(fact.orMore);
      break;
    case 'text':
    case 'unknown':
      row.value_en = fact.value.en;
      row.value_zh = fact.value.zh;
      break;
    default:
      row.value = String(fact.value);
  }
  row.source = fact.source;
  row.entered_source = fact.entered?.source ?? '';
  row.quote = fact.quote ?? '';
  row.note_en = fact.note?.en ?? '';
  row.note_zh = fact.note?.zh ?? '';
  row.reading_en = fact.reading?.rationale.en ?? '';
  row.reading_zh = fact.reading?.rationale.zh ?? '';
  row.reading_rests = fact.reading?.rests.join(' ') ?? '';
  return row;
}

/**
 * The facts of every technology as CSV (header row, then one row per fact, in catalogue
 * order). Cells that a spreadsheet would run as a formula are defused with a leading `'`.
 * `bom: true` prefixes a byte order mark for spreadsheet apps.
 */
export function factsToCsv(catalogue: Catalogue, options: { bom?: boolean } = {}): string {
  const rows = catalogue.technologies.flatMap((tech) =>
    Object.entries(tech.facts).flatMap(([key, fact]) => (fact ? [factRow(tech, key, fact)] : [])),
  );
  const csv = Papa.unparse(
    {
      fields: [...FACT_CSV_COLUMNS],
      data: rows.map((row) => FACT_CSV_COLUMNS.map((c) => escapeCsvCell(row[c]))),
    },
    { newline: '\r\n' },
  );
  return `${options.bom ? CSV_BOM : ''}${csv}\r\n`;
}

export type FactsCsvResult =
  { ok: true; technologies: Technology[] } | { ok: false; errors: CatalogueError[] };

const cellPath = (row: number, column: string) => `row ${row}, column ${column}`;

/** One parsed data row: its spreadsheet row number and cells by column. */
interface CsvRow {
  row: number;
  cells: Row;
}

/** Where a fact's zod path lands in the CSV. */
function columnOf(path: readonly PropertyKey[], kind: string): FactCsvColumn {
  const [head, second, third] = path.map(String);
  switch (head) {
    case undefined:
      return kind === 'range' ? 'min' : 'value';
    case 'value':
      if (kind === 'text' || kind === 'unknown') return second === 'zh' ? 'value_zh' : 'value_en';
      return 'value';
    case 'orMore':
      return 'or_more';
    case 'entered':
      return 'entered_source';
    case 'note':
      return second === 'zh' ? 'note_zh' : 'note_en';
    case 'reading':
      if (second === 'rests') return 'reading_rests';
      return third === 'zh' ? 'reading_zh' : 'reading_en';
    default:
      return (FACT_CSV_COLUMNS as readonly string[]).includes(head)
        ? (head as FactCsvColumn)
        : 'kind';
  }
}

const NUMBER_TEXT = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Reads facts from CSV (the columns of `factsToCsv`, a BOM and `;` or tab separators
 * accepted) and rebuilds the facts of the technologies it names: a technology with rows gets
 * exactly the facts of its rows, one without keeps its facts. A row naming an unknown
 * technology adds it when it carries a layer and a name. Validated whole against the
 * catalogue; every error names its row (the header is row 1) and column.
 */
export function csvToFacts(text: string, catalogue: Catalogue): FactsCsvResult {
  const fail = (errors: CatalogueError[]): FactsCsvResult => ({
    ok: false,
    errors: capErrors(errors),
  });
  if (typeof text !== 'string')
    return fail([{ path: ROOT_PATH, value: previewValue(text), expected: 'a text' }]);
  const tooBig = sizeError(text, FACTS_CSV_MAX_BYTES, 'a CSV file');
  if (tooBig) return fail([tooBig]);

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: Papa.ParseResult<string[]>;
  try {
    parsed = Papa.parse<string[]>(body, {
      header: false,
      skipEmptyLines: false,
      delimitersToGuess: [',', ';', '\t'],
    });
  } catch (error) {
    return fail([{ path: ROOT_PATH, value: MISSING, expected: `CSV text (${String(error)})` }]);
  }
  const errors: CatalogueError[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({
      path: e.row === undefined ? ROOT_PATH : `row ${e.row + 1}`,
      value: MISSING,
      expected: `valid CSV (${e.message})`,
    }));
  if (errors.length > 0) return fail(errors);

  const [header = [], ...records] = parsed.data;
  const columns = header.map((h) => h.trim().toLowerCase());
  const known = new Set<string>(FACT_CSV_COLUMNS);
  columns.forEach((name, i) => {
    if (!known.has(name))
      errors.push({
        path: cellPath(1, String(i + 1)),
        value: previewValue(header[i]),
        expected: `a column name: one of ${FACT_CSV_COLUMNS.join(', ')}`,
      });
    else if (columns.indexOf(name) !== i)
      errors.push({
        path: cellPath(1, name),
        value: previewValue(name),
        expected: 'a column named once',
      });
  });
  for (const name of REQUIRED) {
    if (!columns.includes(name))
      errors.push({ path: cellPath(1, name), value: MISSING, expected: `a column named ${name}` });
  }
  if (errors.length > 0) return fail(errors);

  const rows: CsvRow[] = [];
  records.forEach((record, i) => {
    const row = i + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.slice(columns.length).some((cell) => cell.trim() !== '')) {
      errors.push({
        path: cellPath(row, String(columns.length + 1)),
        value: previewValue(record[columns.length]),
        expected: `at most ${columns.length} cells, one per column of the header`,
      });
      return;
    }
    const cells = Object.fromEntries(FACT_CSV_COLUMNS.map((c) => [c, ''])) as Row;
    columns.forEach((name, j) => {
      cells[name as FactCsvColumn] = unescapeCsvCell(record[j] ?? '');
    });
    rows.push({ row, cells });
  });

  const layerIds = new Set(catalogue.layers.map((l) => l.id));
  const existing = new Map(catalogue.technologies.map((t, i) => [t.id, i]));
  /** The technologies, in catalogue order then new ones; `facts` null until a row names it. */
  const techs: { tech: Technology; facts: Record<string, unknown> | null; firstRow: number }[] =
    catalogue.technologies.map((tech) => ({ tech, facts: null, firstRow: 0 }));
  /** Where each fact came from: `techIndex/factKey` → its row. */
  const factRows = new Map<string, number>();

  /**
   * The index of the technology a row is about (an existing one, or a new one it adds), or
   * undefined when it names none the row can use; adds the row's errors about it.
   */
  function technologyOf(
    cells: Row,
    row: number,
    add: (column: FactCsvColumn, expected: string) => void,
  ): number | undefined {
    const id = cells.technology.trim();
    const layer = cells.layer.trim();
    const name = cells.name.trim();
    if (id === '') {
      add('technology', 'a technology id');
      return undefined;
    }
    let index = existing.get(id);
    if (index === undefined) {
      const knownLayer = layerIds.has(layer);
      if (!knownLayer)
        add(
          'layer',
          `an existing layer id for the new technology ${id} (one of: ${[...layerIds].join(', ')})`,
        );
      if (name === '') add('name', `a name for the new technology ${id}`);
      if (!knownLayer || name === '') return undefined;
      index = techs.length;
      existing.set(id, index);
      techs.push({
        tech: { id, layer, name, summary: { zh: name, en: name }, facts: {} },
        facts: null,
        firstRow: row,
      });
    }
    const entry = techs[index]!;
    if (layer !== '' && layer !== entry.tech.layer)
      add('layer', `the technology’s layer, ${entry.tech.layer} (a CSV cannot move a technology)`);
    if (entry.facts === null) {
      entry.facts = {};
      entry.firstRow = row;
      if (name !== '' && name !== entry.tech.name) entry.tech = { ...entry.tech, name };
    } else if (name !== '' && name !== entry.tech.name) {
      add('name', `the name in row ${entry.firstRow}, ${entry.tech.name}`);
    }
    return index;
  }

  for (const { row, cells } of rows) {
    if (errors.length > MAX_ERRORS) break;
    const before = errors.length;
    const add = (column: FactCsvColumn, expected: string) =>
      errors.push({
        path: cellPath(row, column),
        value: cells[column] === '' ? MISSING : previewValue(cells[column]),
        expected,
      });
    // Every cell is checked, so one pass lists every problem of the row.
    const index = technologyOf(cells, row, add);
    const key = cells.fact.trim();
    const isKey = (FACT_KEYS as readonly string[]).includes(key);
    if (!isKey) add('fact', `a fact key: one of ${FACT_KEYS.join(', ')}`);
    else if (index !== undefined) {
      // A row claims its fact even when a cell is wrong, so a second row for it is flagged.
      const earlier = factRows.get(`${index}/${key}`);
      if (earlier === undefined) factRows.set(`${index}/${key}`, row);
      else
        add(
          'fact',
          `one row per fact of a technology (row ${earlier} has ${key} of ${cells.technology.trim()})`,
        );
    }
    const kind = cells.kind.trim() as Fact['kind'];
    const isKind = (FACT_KINDS as readonly string[]).includes(kind);
    if (!isKind) add('kind', `one of: ${FACT_KINDS.join(', ')}`);
    const fact = isKind ? buildFact(kind, cells, add) : null;
    if (errors.length === before && fact && index !== undefined) techs[index]!.facts![key] = fact;
  }

  // The facts the rows gave are checked with the whole catalogue even when some rows were
  // refused, so the schema's problems (a unit, a range) are listed with the cells' own.
  const technologies = techs.map(({ tech, facts }) => (facts ? { ...tech, facts } : tech));
  const result = validateCatalogue({ ...catalogue, technologies });
  if (result.ok && errors.length === 0)
    return { ok: true, technologies: result.catalogue.technologies };

  // Back from catalogue paths to rows and columns.
  const schemaErrors = result.ok
    ? []
    : result.errors.map((error) => {
        const fact = /^technologies\[(\d+)\]\.facts\.([A-Za-z]+)(.*)$/.exec(error.path);
        if (fact) {
          const row = factRows.get(`${fact[1]}/${fact[2]}`);
          const kind = (technologies[Number(fact[1])]?.facts as Record<string, { kind?: string }>)[
            fact[2]!
          ]?.kind;
          const rest = fact[3]!.split(/[.[\]]+/).filter((s) => s !== '');
          if (row !== undefined)
            return { ...error, path: cellPath(row, columnOf(rest, kind ?? '')) };
        }
        const field = /^technologies\[(\d+)\]\.(id|layer|name)\b/.exec(error.path);
        if (field) {
          const entry = techs[Number(field[1])];
          const column = field[2] === 'id' ? 'technology' : field[2]!;
          if (entry?.facts) return { ...error, path: cellPath(entry.firstRow, column) };
        }
        return error;
      });
  // In row order (a stable sort: a row's own problems before the schema's); the rest last.
  const rowOf = (error: CatalogueError) => Number(/^row (\d+)/.exec(error.path)?.[1] ?? Infinity);
  return fail([...errors, ...schemaErrors].sort((a, b) => rowOf(a) - rowOf(b) || 0));
}

/** One row's fact, or null after adding its errors. */
function buildFact(
  kind: Fact['kind'],
  cells: Row,
  add: (column: FactCsvColumn, expected: string) => void,
): Record<string, unknown> | null {
  let ok = true;
  const allowed = KIND_COLUMNS[kind];
  for (const column of VALUE_COLUMNS) {
    if (!allowed.includes(column) && cells[column].trim() !== '') {
      add(column, `an empty cell for a ${kind} fact`);
      ok = false;
    }
  }
  const number = (column: FactCsvColumn): number | undefined => {
    const cell = cells[column].trim();
    if (NUMBER_TEXT.test(cell)) return Number(cell);
    add(column, 'a number');
    ok = false;
    return undefined;
  };
  const bool = (column: FactCsvColumn, optional: boolean): boolean | undefined => {
    const cell = cells[column].trim().toLowerCase();
    if (cell === 'true') return true;
    if (cell === 'false') return false;
    if (cell === '' && optional) return undefined;
    add(column, optional ? 'true, false or an empty cell' : 'true or false');
    ok = false;
    return undefined;
  };
  const fact: Record<string, unknown> = { kind };
  switch (kind) {
    case 'number':
      fact.value = number('value');
      fact.unit = cells.unit.trim();
      fact.approx = bool('approx', true);
      fact.orMore = bool('or_more', true);
      break;
    case 'range':
      fact.min = number('min');
      fact.max = number('max');
      fact.unit = cells.unit.trim();
      fact.orMore = bool('or_more', true);
      break;
    case 'stars':
      fact.value = number('value');
      break;
    case 'bool':
      fact.value = bool('value', false);
      break;
    case 'level':
    case 'policySupport':
      fact.value = cells.value.trim();
      break;
    case 'text':
    case 'unknown':
      fact.value = { zh: cells.value_zh, en: cells.value_en };
      break;
  }
  fact.source = cells.source.trim();
  if (cells.entered_source.trim() !== '') fact.entered = { source: cells.entered_source };
  if (cells.quote !== '') fact.quote = cells.quote;
  if (cells.note_en !== '' || cells.note_zh !== '')
    fact.note = { zh: cells.note_zh, en: cells.note_en };
  if (cells.reading_en !== '' || cells.reading_zh !== '' || cells.reading_rests.trim() !== '')
    fact.reading = {
      rationale: { zh: cells.reading_zh, en: cells.reading_en },
      rests: cells.reading_rests.split(/[\s,;]+/).filter((s) => s !== ''),
    };
  for (const key of Object.keys(fact)) if (fact[key] === undefined) delete fact[key];
  return ok ? fact : null;
}
