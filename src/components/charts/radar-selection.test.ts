import { describe, expect, it } from 'vitest';

import { radarChartMessages } from './radar-messages';
import { differencesNote, differingDimensions, selectRadar, toggleSeries } from './radar-selection';
import type { RadarModel, RadarSeries } from './to-radar-series';

const NAMES = ['Resource', 'Performance', 'Scale', 'Availability', 'Cost', 'Maturity'];
const DIMS = ['resource', 'performance', 'scale', 'availability', 'cost', 'maturity'];

/** A model of stacks named A, B, C… with the given points per dimension. */
function model(...values: number[][]): RadarModel {
  const series: RadarSeries[] = values.map((v, i) => ({
    key: `s${i}`,
    stackId: String.fromCharCode(65 + i),
    rank: i + 1,
    label: String.fromCharCode(65 + i),
    fullName: String.fromCharCode(65 + i),
    colour: `var(--series-${i + 1})`,
    values: v,
  }));
  const data = DIMS.map((dimension, d) => ({
    dimension,
    name: NAMES[d]!,
    ...Object.fromEntries(series.map((s) => [s.key, s.values[d]!])),
  })) as RadarModel['data'];
  return { data, series, common: ['K3s'] };
}

// A and B differ in one layer: the same on four dimensions (0.04 points apart on Maturity
// still reads 60.0 for both), different on Resource and Cost; C differs everywhere from A.
const A = [71.45, 50, 25, 50, 100, 60];
const B = [80, 50, 25, 50, 90, 60.04];
const C = [10, 20, 30, 40, 50, 70];
const NONE = new Set<string>();

describe('selectRadar', () => {
  it('shows everything by default', () => {
    const m = model(A, B, C);
    const s = selectRadar(m, { hidden: NONE, differencesOnly: false });
    expect(s.model).toEqual(m);
    expect(s.shown).toEqual(['A', 'B', 'C']);
    expect(s.differences).toEqual({ kind: 'off' });
  });

  it('leaves hidden stacks out, keeping each one’s key and colour', () => {
    const s = selectRadar(model(A, B, C), {
      hidden: new Set(['B', 'gone']),
      differencesOnly: false,
    });
    expect(s.shown).toEqual(['A', 'C']);
    expect(s.model.series.map((x) => [x.key, x.colour])).toEqual([
      ['s0', 'var(--series-1)'],
      ['s2', 'var(--series-3)'],
    ]);
    expect(s.model.data).toHaveLength(6);
  });

  it('shows every stack again rather than none', () => {
    const s = selectRadar(model(A, B), { hidden: new Set(['A', 'B']), differencesOnly: false });
    expect(s.shown).toEqual(['A', 'B']);
  });

  it('keeps only the dimensions where the shown stacks differ, and names the others', () => {
    const s = selectRadar(model(A, B, C), { hidden: new Set(['C']), differencesOnly: true });
    expect(s.model.data.map((d) => d.dimension)).toEqual(['resource', 'cost']);
    expect(s.model.series.map((x) => x.values)).toEqual([
      [71.45, 100],
      [80, 90],
    ]);
    expect(s.differences).toEqual({
      kind: 'some',
      kept: 2,
      total: 6,
      same: ['Performance', 'Scale', 'Availability', 'Maturity'],
    });
    // The datum keeps every series' key, so the chart reads the values it draws.
    expect(s.model.data[1]).toMatchObject({ name: 'Cost', s0: 100, s1: 90 });
  });

  it('follows the shown stacks: with C back, every dimension differs', () => {
    const s = selectRadar(model(A, B, C), { hidden: NONE, differencesOnly: true });
    expect(s.model.data).toHaveLength(6);
    expect(s.differences).toEqual({ kind: 'all' });
  });

  it('keeps every dimension for one stack or for stacks that score alike', () => {
    expect(
      selectRadar(model(A, B), { hidden: new Set(['B']), differencesOnly: true }).differences,
    ).toEqual({ kind: 'needTwo' });
    const same = selectRadar(model(A, A), { hidden: NONE, differencesOnly: true });
    expect(same.differences).toEqual({ kind: 'none' });
    expect(same.model.data).toHaveLength(6);
  });

  it('compares at display precision', () => {
    expect(differingDimensions(model(A, B), ['A', 'B'])).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
  });
});

describe('toggleSeries', () => {
  const m = model(A, B, C);

  it('hides a shown stack and shows a hidden one', () => {
    expect([...toggleSeries(NONE, 'B', m)]).toEqual(['B']);
    expect([...toggleSeries(new Set(['B']), 'B', m)]).toEqual([]);
  });

  it('never hides the last shown stack, and forgets stacks no longer compared', () => {
    expect([...toggleSeries(new Set(['A', 'B']), 'C', m)].sort()).toEqual(['A', 'B']);
    expect([...toggleSeries(new Set(['gone']), 'A', m)]).toEqual(['A']);
  });
});

describe('differencesNote', () => {
  it('says what is shown, in both languages', () => {
    const some = { kind: 'some', kept: 2, total: 6, same: ['Scale', 'Maturity'] } as const;
    expect(differencesNote(some, radarChartMessages.en, 'en')).toBe(
      'Differences only: 2 of 6 dimensions differ between the shown stacks; they score the same on Scale and Maturity.',
    );
    expect(
      differencesNote({ ...some, same: ['规模', '成熟度'] }, radarChartMessages.zh, 'zh'),
    ).toBe('仅看差异：显示的技术栈在 6 个维度中有 2 个不同；在规模和成熟度上得分相同。');
    expect(
      differencesNote(
        { ...some, kept: 1, same: ['A', 'B', 'C', 'D', 'E'] },
        radarChartMessages.en,
        'en',
      ),
    ).toBe(
      'Differences only: 1 of 6 dimensions differs between the shown stacks; they score the same on A, B, C, D, and E.',
    );
    expect(differencesNote({ kind: 'off' }, radarChartMessages.en, 'en')).toBeNull();
    expect(differencesNote({ kind: 'needTwo' }, radarChartMessages.zh, 'zh')).toBe(
      '仅看差异需要至少两个技术栈：请再显示一个。',
    );
  });
});
