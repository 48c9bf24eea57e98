import { type CatalogueError, ROOT_PATH, previewValue } from './catalogue-errors';
import { parseJson, sizeError } from './json-text';
import type { Catalogue } from './types';
import { type CatalogueResult, validateCatalogue } from './validate';

/** What a catalogue file says it is (`format`). */
export const CATALOGUE_FORMAT = 'stack-decision-matrix/catalogue';
/** The version of the file format this app writes; it reads this version and older ones. */
export const CATALOGUE_FILE_VERSION = 1;
/** Where the JSON Schema of the file is served (public/), relative to the app. */
export const CATALOGUE_SCHEMA_FILE = 'catalogue.schema.json';
/** A catalogue file larger than this is refused before it is parsed. */
export const CATALOGUE_FILE_MAX_BYTES = 5 * 1024 * 1024;

/** The envelope of an exported catalogue. */
export interface CatalogueFile {
  $schema: string;
  format: typeof CATALOGUE_FORMAT;
  version: number;
  catalogue: Catalogue;
}

/**
 * The catalogue as a file: pretty JSON in its envelope (format, version, $schema). `schemaUrl`
 * is the `$schema` it names: the app passes the absolute address it serves the schema at, so
 * an editor can validate the downloaded file; the default is the path next to the app.
 */
export function toCatalogueFile(
  catalogue: Catalogue,
  schemaUrl: string = `./${CATALOGUE_SCHEMA_FILE}`,
): string {
  const file: CatalogueFile = {
    $schema: schemaUrl,
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_FILE_VERSION,
    catalogue,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** `technologies[3].name` inside the envelope is `catalogue.technologies[3].name`. */
function inEnvelope(error: CatalogueError): CatalogueError {
  if (error.path === '…') return error;
  return { ...error, path: error.path === ROOT_PATH ? 'catalogue' : `catalogue.${error.path}` };
}

const fail = (errors: CatalogueError[]): CatalogueResult => ({ ok: false, errors });

/**
 * Reads a catalogue file: the envelope `toCatalogueFile` writes, or a bare catalogue object
 * (older or hand-written files). Validated whole; every problem comes back with its path
 * (inside the envelope: `catalogue.technologies[3]…`), and nothing throws.
 */
export function parseCatalogueFile(text: string): CatalogueResult {
  if (typeof text !== 'string')
    return fail([{ path: ROOT_PATH, value: previewValue(text), expected: 'a text' }]);
  const tooBig = sizeError(text, CATALOGUE_FILE_MAX_BYTES, 'a catalogue file');
  if (tooBig) return fail([tooBig]);
  const parsed = parseJson(text);
  if (!parsed.ok) return fail([parsed.error]);
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail([
      {
        path: ROOT_PATH,
        value: previewValue(data),
        expected: 'an object: a catalogue file (format, version, catalogue) or a catalogue',
      },
    ]);
  }
  const isEnvelope = has(data, 'format') || has(data, 'version') || has(data, 'catalogue');
  if (!isEnvelope) return validateCatalogue(data);

  const file = data as Record<string, unknown>;
  const errors: CatalogueError[] = [];
  if (has(file, '__proto__'))
    errors.push({
      path: '__proto__',
      value: previewValue(file['__proto__']),
      expected: 'a key other than __proto__',
    });
  if (has(file, 'format') && file.format !== CATALOGUE_FORMAT)
    errors.push({
      path: 'format',
      value: previewValue(file.format),
      expected: JSON.stringify(CATALOGUE_FORMAT),
    });
  if (has(file, 'version')) {
    const version = file.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      errors.push({
        path: 'version',
        value: previewValue(version),
        expected: 'a whole number of at least 1',
      });
    else if (version > CATALOGUE_FILE_VERSION)
      // A newer app wrote it: its catalogue may mean things this one cannot read.
      return fail([
        {
          path: 'version',
          value: previewValue(version),
          expected: `version ${CATALOGUE_FILE_VERSION} or older`,
        },
      ]);
  }
  if (!has(file, 'catalogue')) {
    errors.push({ path: 'catalogue', value: previewValue(undefined), expected: 'a catalogue' });
    return fail(errors);
  }
  const result = validateCatalogue(file.catalogue);
  if (!result.ok) return fail([...errors, ...result.errors.map(inEnvelope)]);
  return errors.length > 0 ? fail(errors) : result;
}
