import { toCatalogueFile } from '../catalogue/catalogue-file';
import { factsToCsv } from '../catalogue/facts-csv';
import type { Catalogue } from '../catalogue/types';
import { downloadText } from './download';
import { exportFileName } from './export-file';

/** Downloads the catalogue as its JSON file (catalogue-YYYY-MM-DD.json): what an import reads back. */
export function downloadCatalogueJson(catalogue: Catalogue, now = new Date()): void {
  downloadText(
    toCatalogueFile(catalogue),
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
