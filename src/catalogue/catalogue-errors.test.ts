import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { zodIssuesToErrors } from './catalogue-errors';
import { seedCatalogue } from './seed-catalogue';
import { validateCatalogue } from './validate';

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : zodIssuesToErrors(result.error.issues, value);
};

describe('zodIssuesToErrors', () => {
  it('gives a list that is too long or too short as its length, not an excerpt', () => {
    const layers = Array.from({ length: 14 }, (_, i) => ({
      ...seedCatalogue.layers[0]!,
      id: `layer${i}`,
    }));
    const result = validateCatalogue({ ...seedCatalogue, layers });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.find((e) => e.path === 'layers')).toEqual({
      path: 'layers',
      value: '14 items',
      expected: 'at most 12 items',
    });
    expect(errorsOf(z.object({ ids: z.array(z.string()).min(2) }), { ids: ['a'] })).toEqual([
      { path: 'ids', value: '1 item', expected: 'at least 2 items' },
    ]);
  });

  it('previews any other value', () => {
    expect(errorsOf(z.object({ name: z.string().max(3) }), { name: 'abcdef' })).toEqual([
      { path: 'name', value: '"abcdef"', expected: 'a text of at most 3 characters' },
    ]);
    expect(errorsOf(z.object({ ids: z.array(z.string()) }), { ids: 'a' })).toEqual([
      { path: 'ids', value: '"a"', expected: 'a list' },
    ]);
  });
});
