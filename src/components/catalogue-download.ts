import { CATALOGUE_SCHEMA_FILE, toCatalogueFile } from '../catalogue/catalogue-file';
import { factsToCsv } from '../catalogue/facts-csv';
import type { Catalogue } from '../catalogue/types';
import { downloadText } from './download';
import { exportFileName } from './export-file';

/**
 * The absolute address the app serves its catalogue JSON Schema at (public/, under the base
 * path): what an exported file names as its `$schema`, so an editor can validate it once it is
 * downloaded.
 */
export function catalogueSchemaUrl(
  base: string = import.meta.env.BASE_URL,
  href: string = window.location.href,
): string {
  return new URL(`${base}${CATALOGUE_SCHEMA_FILE}`, href).href;
}

/** Downloads the catalogue as its JSON file (catalogue-YYYY-MM-DD.json): what an import reads back. */
export function downloadCatalogueJson(catalogue: Catalogue, now = new Date()): void {
  downloadText(
    toCatalogueFile(catalogue, catalogueSchemaUrl()),
    exportFileName('catalogue', now, 'json'),
    'application/json',
  );
}

/** Downloads the technologies' facts as CSV with a BOM for spreadsheet apps (catalogue-facts-YYYY-MM-DD.csv). */
export function downloadFactsCsv(catalogue: Catalogue, now = new Date()): void {
  downloadText(
    factsToCsv(catalogue, { bom: true }),
    exportFileName('catalogue-facts', now, 'csv'),
    'text/csv',
  );
}
