import { scenarioIn } from '../engine/presets';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { describe, expect, it } from 'vitest';

import { openRequirements } from '../catalogue/scenarios';
import {
  cleanPresetName,
  loadPresets,
  PRESETS_KEY,
  restorePresets,
  savePresets,
  serialisePresets,
  type Preset,
} from './preset-storage';
import { fakeStorage, quota } from './store-fixtures';

const makePreset = (overrides: Partial<Preset> = {}): Preset => ({
  id: 'p1',
  name: 'Edge, cheap',
  weights: { resource: 4, performance: 3, scale: 0, availability: 2, cost: 5, maturity: 1 },
  requirements: { ...openRequirements, offline: true, coldStartMs: 10 },
  rankMode: 'fitFirst',
  showInvalid: false,
  ...overrides,
});

const NOW = 1_732_560_000_000;

describe('restorePresets', () => {
  it('reads nothing from an empty slot', () => {
    expect(restorePresets(null)).toEqual({
      presets: [],
      ignored: 0,
      unreadable: false,
      futureVersion: null,
    });
  });

  it('marks bad JSON and a wrong shape unreadable', () => {
    for (const raw of ['{"v":1,"presets":[', '[]', '{"v":1}', '{"v":"1","presets":[]}', 'null'])
      expect(restorePresets(raw)).toMatchObject({ presets: [], unreadable: true });
    expect(restorePresets('{"v":0,"presets":[]}').unreadable).toBe(true);
  });

  it('keeps valid entries, drops invalid ones and repeated ids, strips unknown fields', () => {
    const good = makePreset();
    const raw = JSON.stringify({
      v: 1,
      presets: [
        { ...good, extra: '<script>' },
        { ...good, id: 'p2', weights: { ...good.weights, cost: 99 } },
        { ...good, id: 'p3', name: '   ' },
        good,
        'not a preset',
      ],
    });
    const restored = restorePresets(raw);
    expect(restored.ignored).toBe(4);
    expect(restored.presets).toEqual([good]);
  });

  it('cleans names on the way in', () => {
    const long = makePreset({ id: 'p4', name: `  Δ\u202e ${'x'.repeat(80)}` });
    const restored = restorePresets(JSON.stringify({ v: 1, presets: [long] }));
    expect(restored.presets[0]!.name).toBe(`Δ ${'x'.repeat(58)}`);
  });

  it('keeps the scenario a preset started from, even one of another catalogue; a malformed one reads as absent', () => {
    const edge = makePreset({ baseScenarioId: 'edge' });
    // A scenario of a user's catalogue: kept; applied where it is unknown, the defaults stand in.
    const other = { ...makePreset({ id: 'p2' }), baseScenarioId: 'moon-base' };
    const malformed = { ...makePreset({ id: 'p3' }), baseScenarioId: '<script>' };
    const restored = restorePresets(JSON.stringify({ v: 1, presets: [edge, other, malformed] }));
    expect(restored.ignored).toBe(0);
    expect(restored.presets).toEqual([edge, other, makePreset({ id: 'p3' })]);
    expect(scenarioIn(seedCatalogue, 'moon-base').id).toBe('default');
  });

  it('reads a preset saved before the base scenario, site, Alpha API and GPU fields existed', () => {
    const { site, alphaApi, gpu, ...olderRequirements } = makePreset().requirements;
    expect([site, alphaApi, gpu]).toEqual(['any', false, false]);
    const old = { ...makePreset(), requirements: olderRequirements };
    const raw = JSON.stringify({ v: 1, presets: [old] });
    expect(restorePresets(raw)).toEqual({
      presets: [makePreset()],
      ignored: 0,
      unreadable: false,
      futureVersion: null,
    });
    // Not damaged: nothing is backed up or rewritten.
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    expect(loadPresets(access, NOW)).toEqual({
      presets: [makePreset()],
      writable: true,
      problem: null,
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('keeps the aggregation method and AHP judgements; bad ones read as absent', () => {
    const judgements = [3, -2, 1, 1, 5, -9, 2, 2, 1, 1, 4, 1, -3, 1, 9];
    const raw = serialisePresets([
      makePreset({ method: 'topsis', judgements }),
      { ...makePreset({ id: 'p2', name: 'Odd' }), method: 'electre', judgements: [0, 10] } as never,
    ]);
    const { presets } = restorePresets(raw);
    expect(presets[0]).toEqual(makePreset({ method: 'topsis', judgements }));
    expect(presets[1]).toEqual(makePreset({ id: 'p2', name: 'Odd' }));
    expect([presets[1]!.method, presets[1]!.judgements]).toEqual([undefined, undefined]);
  });

  it('reads what it can of a newer version and reports it', () => {
    const raw = JSON.stringify({ v: 2, presets: [makePreset(), { id: 'p9', fancy: true }] });
    expect(restorePresets(raw)).toEqual({
      presets: [makePreset()],
      ignored: 1,
      unreadable: false,
      futureVersion: 2,
    });
  });
});

describe('cleanPresetName', () => {
  it('trims, collapses spaces, drops control and bidi characters, caps at 60 code points', () => {
    expect(cleanPresetName('  a \n\t b  ')).toBe('a b');
    expect(cleanPresetName('evil\u202egnp.exe')).toBe('evil gnp.exe');
    expect(cleanPresetName('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(Array.from(cleanPresetName('😀'.repeat(70)))).toHaveLength(60);
    expect(cleanPresetName('\u0000\u0007')).toBe('');
  });
});

describe('loadPresets', () => {
  it('loads a clean list and writes nothing', () => {
    const { items, access } = fakeStorage({ [PRESETS_KEY]: serialisePresets([makePreset()]) });
    expect(loadPresets(access, NOW)).toEqual({
      presets: [makePreset()],
      writable: true,
      problem: null,
    });
    expect([...items.keys()]).toEqual([PRESETS_KEY]);
  });

  it('backs up corrupted JSON, then replaces it with an empty list', () => {
    const raw = '{"v":1,"presets":[{"id":"p1"';
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    expect(loadPresets(access, NOW)).toEqual({
      presets: [],
      writable: true,
      problem: {
        kind: 'recovered',
        kept: 0,
        ignored: 0,
        unreadable: true,
        backupKey: `sdm.presets.corrupt.${NOW}`,
      },
    });
    expect(items.get(`sdm.presets.corrupt.${NOW}`)).toBe(raw);
    expect(items.get(PRESETS_KEY)).toBe('{"v":1,"presets":[]}');
  });

  it('keeps the valid entries of a mixed list and backs up the original', () => {
    const raw = JSON.stringify({ v: 1, presets: [makePreset(), { id: 'bad' }] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    const result = loadPresets(access, NOW);
    expect(result.problem).toEqual({
      kind: 'recovered',
      kept: 1,
      ignored: 1,
      unreadable: false,
      backupKey: `sdm.presets.corrupt.${NOW}`,
    });
    expect(result.presets).toEqual([makePreset()]);
    expect(items.get(`sdm.presets.corrupt.${NOW}`)).toBe(raw);
    expect(items.get(PRESETS_KEY)).toBe(serialisePresets([makePreset()]));
  });

  it('leaves a damaged value untouched and stops writing when the backup fails', () => {
    const raw = JSON.stringify({ v: 1, presets: [makePreset(), 42] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, quota);
    const result = loadPresets(access, NOW);
    expect(result.writable).toBe(false);
    expect(result.problem).toMatchObject({ kind: 'recovered', kept: 1, backupKey: null });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('reads a newer version read-only and never writes it', () => {
    const raw = JSON.stringify({ v: 3, presets: [makePreset()] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    expect(loadPresets(access, NOW)).toEqual({
      presets: [makePreset()],
      writable: false,
      problem: { kind: 'future', version: 3, kept: 1 },
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('reports storage the browser blocks (SecurityError on access)', () => {
    const access = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(loadPresets(access, NOW)).toEqual({
      presets: [],
      writable: false,
      problem: { kind: 'unavailable' },
    });
  });
});

describe('savePresets', () => {
  it('writes the whole list as one versioned value', () => {
    const { items, access } = fakeStorage();
    expect(savePresets(access, [makePreset()])).toBeNull();
    expect(JSON.parse(items.get(PRESETS_KEY)!)).toEqual({ v: 1, presets: [makePreset()] });
  });

  it('reports a full quota and leaves what was saved before', () => {
    const before = serialisePresets([makePreset()]);
    const { items, access } = fakeStorage({ [PRESETS_KEY]: before }, quota);
    expect(savePresets(access, [makePreset(), makePreset({ id: 'p2' })])).toBe('quota');
    expect(items.get(PRESETS_KEY)).toBe(before);
  });

  it('reports blocked storage as unavailable', () => {
    const access = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(savePresets(access, [makePreset()])).toBe('unavailable');
  });
});
