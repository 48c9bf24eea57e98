import { describe, expect, it } from 'vitest';

import { catalogueSchemaUrl } from './catalogue-download';

describe('catalogueSchemaUrl', () => {
  it('is the absolute address of the served schema, under the app’s base path', () => {
    expect(catalogueSchemaUrl('/', 'https://team.example/?v=1&s=edge#catalogue=abc')).toBe(
      'https://team.example/catalogue.schema.json',
    );
    expect(catalogueSchemaUrl('/sdm/', 'https://team.example/sdm/?v=1')).toBe(
      'https://team.example/sdm/catalogue.schema.json',
    );
    // A relative base (vite's `base: './'`) resolves against the page.
    expect(catalogueSchemaUrl('./', 'http://localhost:4178/app/index.html?v=1')).toBe(
      'http://localhost:4178/app/catalogue.schema.json',
    );
  });
});
