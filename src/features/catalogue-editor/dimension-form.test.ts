import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { dimensionDraftOf, dimensionFromDraft, emptyDimensionDraft } from './dimension-form';

describe('dimension drafts', () => {
  it('a seed dimension round-trips; its source stays unless one is typed', () => {
    const availability = seedCatalogue.dimensions.find((d) => d.id === 'availability')!;
    const result = dimensionFromDraft(dimensionDraftOf(availability), false);
    if (!result.ok) throw new Error('invalid');
    expect(result.change).toEqual({
      name: availability.name,
      indicators: availability.indicators,
      defaultWeight: 2,
      aggregation: 'min',
      metrics: availability.metrics,
    });
  });

  it('a new dimension needs a name, what it measures, a weight in 0..10 and a source', () => {
    const draft = emptyDimensionDraft();
    expect(dimensionFromDraft({ ...draft, defaultWeight: '11' }, true)).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'required' },
        { field: 'indicators', code: 'required' },
        { field: 'defaultWeight', code: 'weightRange' },
        { field: 'source', code: 'required' },
      ],
    });
    const row = draft.metrics[0]!;
    const ok = dimensionFromDraft(
      {
        ...draft,
        nameEn: 'Boot',
        indicatorsZh: '启动',
        defaultWeight: '1.5',
        source: 'team',
        metrics: [row, { ...row, rowId: 'x', fact: 'latency' }],
      },
      true,
    );
    expect(ok).toEqual({
      ok: true,
      input: {
        name: { en: 'Boot', zh: '' },
        indicators: { en: '', zh: '启动' },
        defaultWeight: 1.5,
        aggregation: 'mean',
        metrics: [
          { fact: 'startTime', rule: 'lowerLog' },
          { fact: 'latency', rule: 'lowerLog' },
        ],
        source: 'team',
      },
      change: expect.objectContaining({ source: 'team' }),
    });
    expect(
      dimensionFromDraft(
        { ...draft, nameEn: 'a', indicatorsEn: 'b', source: 's', metrics: [row, row] },
        true,
      ),
    ).toEqual({
      ok: false,
      errors: [{ field: 'metrics', code: 'duplicateMetric', row: row.rowId }],
    });
  });
});
