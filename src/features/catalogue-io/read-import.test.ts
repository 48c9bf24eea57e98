import { describe, expect, it } from 'vitest';

import { MISSING } from '../../catalogue/catalogue-errors';
import { CATALOGUE_FILE_MAX_BYTES, toCatalogueFile } from '../../catalogue/catalogue-file';
import { podman, withPodman } from '../../catalogue/catalogue-fixtures';
import { factsToCsv } from '../../catalogue/facts-csv';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { catalogueErrorWords } from '../../components/catalogue-error-words';
import {
  fileSizeError,
  importFormatOf,
  problemCount,
  readImport,
  unreadableFileError,
} from './read-import';

describe('importFormatOf', () => {
  it('reads .csv names and CSV types as CSV, anything else as JSON', () => {
    expect(importFormatOf('facts.CSV')).toBe('csv');
    expect(importFormatOf('facts', 'text/csv;charset=utf-8')).toBe('csv');
    expect(importFormatOf('team.json', 'application/json')).toBe('json');
    expect(importFormatOf('catalogue')).toBe('json');
  });
});

describe('fileSizeError', () => {
  it('refuses a file over the limit before it is read', () => {
    expect(fileSizeError(CATALOGUE_FILE_MAX_BYTES)).toBeNull();
    expect(fileSizeError(CATALOGUE_FILE_MAX_BYTES + 1)).toEqual({
      path: '(root)',
      value: '5 MB',
      expected: 'a file of at most 5 MB',
    });
  });
});

describe('unreadableFileError', () => {
  it('names the browser’s reason as the value', () => {
    expect(unreadableFileError('NotReadableError')).toEqual({
      path: '(root)',
      value: 'NotReadableError',
      expected: 'a readable text file',
    });
  });
});

describe('the import dialog’s own errors in zh', () => {
  it('are worded by catalogue-error-words', () => {
    expect(catalogueErrorWords(fileSizeError(CATALOGUE_FILE_MAX_BYTES + 1)!, 'zh')).toEqual({
      path: '（整个文件）',
      value: '5 MB',
      expected: '不超过 5 MB 的文件',
    });
    expect(catalogueErrorWords(unreadableFileError('NotReadableError'), 'zh')).toEqual({
      path: '（整个文件）',
      value: 'NotReadableError',
      expected: '可以读取的文本文件',
    });
  });
});

describe('readImport', () => {
  it('gives back an exported catalogue whole', () => {
    const catalogue = withPodman(seedCatalogue);
    const result = readImport(toCatalogueFile(catalogue), 'json', seedCatalogue);
    expect(result).toEqual({ ok: true, catalogue });
  });

  it('lists the problems of a malformed file with their paths, and changes nothing', () => {
    const broken = withPodman(seedCatalogue);
    const file = JSON.parse(toCatalogueFile(broken));
    file.catalogue.technologies.at(-1).layer = 'sidecar';
    const text = JSON.stringify(file);
    const before = JSON.stringify(seedCatalogue);
    const result = readImport(text, 'json', seedCatalogue);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(
      `catalogue.technologies[${broken.technologies.length - 1}].layer`,
    );
    expect(JSON.stringify(seedCatalogue)).toBe(before);
  });

  it('says what is wrong with text that is not JSON at all', () => {
    const result = readImport('{ nope', 'json', seedCatalogue);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.length).toBe(1);
  });

  it('merges CSV facts into the current catalogue: a technology it lists gets exactly its rows', () => {
    const current = withPodman(seedCatalogue);
    const csv = factsToCsv(current, { bom: true }).replace(
      /^podman,runtime,Podman,productionStars,stars,4,/m,
      'podman,runtime,Podman,productionStars,stars,2,',
    );
    const result = readImport(csv, 'csv', current);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const imported = result.catalogue.technologies.find((t) => t.id === 'podman')!;
    expect(imported.facts.productionStars).toEqual({ ...podman.facts.productionStars, value: 2 });
    expect(result.catalogue.layers).toBe(current.layers);
    expect(result.catalogue.dimensions).toBe(current.dimensions);
  });

  it('names the row and column of a bad CSV cell', () => {
    const csv = 'technology,fact,kind,source,value\r\npodman,productionStars,stars,user,lots\r\n';
    const result = readImport(csv, 'csv', withPodman(seedCatalogue));
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'row 2, column value', value: '"lots"', expected: 'a number' }],
    });
  });
});

describe('problemCount', () => {
  it('counts the problems a capped list left out', () => {
    const e = { path: 'x', value: MISSING, expected: 'y' };
    expect(problemCount([])).toBe(0);
    expect(problemCount([e, e])).toBe(2);
    expect(
      problemCount([
        e,
        { path: '…', value: '12 more errors', expected: 'the errors above fixed first' },
      ]),
    ).toBe(13);
  });
});
