import { type CatalogueError, ROOT_PATH } from '../../catalogue/catalogue-errors';
import { CATALOGUE_FILE_MAX_BYTES, parseCatalogueFile } from '../../catalogue/catalogue-file';
import { csvToFacts } from '../../catalogue/facts-csv';
import { formatBytes } from '../../catalogue/json-text';
import type { Catalogue } from '../../catalogue/types';

/** What an imported file holds: a whole catalogue (JSON) or technology facts (CSV). */
export type ImportFormat = 'json' | 'csv';

/** The catalogue an import would put in place, or every problem that stops it. */
export type ImportResult =
  { ok: true; catalogue: Catalogue } | { ok: false; errors: CatalogueError[] };

/** A file is CSV when its name ends in .csv or its type says so; anything else is read as JSON. */
export function importFormatOf(fileName: string, type = ''): ImportFormat {
  return /\.csv$/i.test(fileName.trim()) || /^text\/csv\b/i.test(type) ? 'csv' : 'json';
}

/** The error for a file too large to read (checked before its text is loaded), or null. */
export function fileSizeError(bytes: number): CatalogueError | null {
  if (bytes <= CATALOGUE_FILE_MAX_BYTES) return null;
  return {
    path: ROOT_PATH,
    value: formatBytes(bytes),
    expected: `a file of at most ${formatBytes(CATALOGUE_FILE_MAX_BYTES)}`,
  };
}

/** The error for a file the browser could not read as text (`reason`: the browser's message). */
export function unreadableFileError(reason: string): CatalogueError {
  return { path: ROOT_PATH, value: reason, expected: 'a readable text file' };
}

/**
 * Reads an imported file against the current catalogue, validated whole: JSON is a whole
 * catalogue (parseCatalogueFile), CSV the facts of the technologies it lists, merged into the
 * current catalogue (csvToFacts). Never throws; never changes `current`.
 */
export function readImport(text: string, format: ImportFormat, current: Catalogue): ImportResult {
  if (format === 'json') return parseCatalogueFile(text);
  const facts = csvToFacts(text, current);
  if (!facts.ok) return facts;
  return { ok: true, catalogue: { ...current, technologies: facts.technologies } };
}

const MORE_ERRORS = /^(\d+) more errors$/;

/** How many problems an error list stands for (a capped list ends with "N more errors"). */
export function problemCount(errors: readonly CatalogueError[]): number {
  const last = errors.at(-1);
  const more = last?.path === '…' ? MORE_ERRORS.exec(last.value) : null;
  return more ? errors.length - 1 + Number(more[1]) : errors.length;
}
