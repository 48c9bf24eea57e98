import { scenarioIn } from '../engine/presets';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { describe, expect, it, vi } from 'vitest';

import { openRequirements } from '../catalogue/scenarios';
import {
  applyPresetChange,
  backupRaw,
  cleanPresetName,
  loadPresets,
  MAX_ENTRY_CHARS,
  MAX_PRESETS,
  PRESETS_KEY,
  replaceUnreadable,
  restorePresets,
  savePresets,
  serialisePresets,
  writePresets,
  type Preset,
  type PresetChange,
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
      cleaned: 0,
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
      cleaned: 0,
      unreadable: false,
      futureVersion: null,
    });
    // Not damaged: nothing is backed up or rewritten.
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    expect(loadPresets(access, NOW)).toEqual({
      presets: [makePreset()],
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

  it('reads `v` first: any object with an integer v above 1 is a newer format, whatever else it holds', () => {
    for (const raw of [
      '{"v":2}',
      '{"v":2,"presets":{}}',
      '{"v":2,"presets":"compressed"}',
      '{"v":2,"lists":[[]],"presets":null}',
    ])
      expect(restorePresets(raw)).toEqual({
        presets: [],
        ignored: 0,
        cleaned: 0,
        unreadable: false,
        futureVersion: 2,
      });
    expect(restorePresets('{"v":7,"presets":{"a":1},"extra":true}').futureVersion).toBe(7);
    // Not a newer-format marker: a non-integer or textual v, an array, v 0.
    for (const raw of ['{"v":2.5,"presets":[]}', '{"v":"2"}', '[{"v":2}]', '{"v":0,"presets":[]}'])
      expect(restorePresets(raw)).toMatchObject({ unreadable: true, futureVersion: null });
  });

  it('reads what it can of a newer version and reports it', () => {
    const raw = JSON.stringify({ v: 2, presets: [makePreset(), { id: 'p9', fancy: true }] });
    expect(restorePresets(raw)).toEqual({
      presets: [makePreset()],
      ignored: 1,
      cleaned: 0,
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
      problem: null,
    });
    expect([...items.keys()]).toEqual([PRESETS_KEY]);
  });

  it('backs up a value unreadable as a whole and leaves it in place, as a write would', () => {
    for (const raw of ['{"v":1,"presets":[{"id":"p1"', '{"presets":[]}', '{"v":0,"presets":[]}']) {
      const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
      expect(loadPresets(access, NOW)).toEqual({
        presets: [],
        problem: { kind: 'unreadable', backupKey: `sdm.presets.corrupt.${NOW}`, raw },
      });
      expect(Object.fromEntries(items)).toEqual({
        [PRESETS_KEY]: raw,
        [`sdm.presets.corrupt.${NOW}`]: raw,
      });
    }
  });

  it('leaves a value unreadable as a whole in place when it cannot be backed up either', () => {
    const { items, access } = fakeStorage({ [PRESETS_KEY]: 'garbage' }, quota);
    expect(loadPresets(access, NOW)).toEqual({
      presets: [],
      problem: { kind: 'unreadable', backupKey: null, raw: 'garbage' },
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, 'garbage']]);
  });

  it('never rewrites a newer-format marker without a preset list (v 2, no presets array)', () => {
    for (const raw of ['{"v":2}', '{"v":2,"presets":{}}']) {
      const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
      expect(loadPresets(access, NOW)).toEqual({
        presets: [],
        problem: { kind: 'future', version: 2, kept: 0 },
      });
      expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
    }
  });

  it('keeps the valid entries of a mixed list and backs up the original', () => {
    const raw = JSON.stringify({ v: 1, presets: [makePreset(), { id: 'bad' }] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    const result = loadPresets(access, NOW);
    expect(result.problem).toEqual({
      kind: 'recovered',
      kept: 1,
      ignored: 1,
      cleaned: 0,
      backupKey: `sdm.presets.corrupt.${NOW}`,
      rewritten: true,
    });
    expect(result.presets).toEqual([makePreset()]);
    expect(items.get(`sdm.presets.corrupt.${NOW}`)).toBe(raw);
    expect(items.get(PRESETS_KEY)).toBe(serialisePresets([makePreset()]));
  });

  it('leaves a damaged value untouched when the backup fails', () => {
    const raw = JSON.stringify({ v: 1, presets: [makePreset(), 42] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, quota);
    const result = loadPresets(access, NOW);
    expect(result.presets).toEqual([makePreset()]);
    expect(result.problem).toEqual({
      kind: 'recovered',
      kept: 1,
      ignored: 1,
      cleaned: 0,
      backupKey: null,
      rewritten: false,
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('leaves a list with damaged and oversized entries in place when the copy does not fit', () => {
    const raw = JSON.stringify({ v: 1, presets: [makePreset({ name: 'L'.repeat(500) }), 42] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, (key) =>
      key.startsWith('sdm.presets.corrupt.') ? quota() : undefined,
    );
    expect(loadPresets(access, NOW).problem).toEqual({
      kind: 'recovered',
      kept: 1,
      ignored: 1,
      cleaned: 1,
      backupKey: null,
      rewritten: false,
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('reads a newer version read-only and never writes it', () => {
    const raw = JSON.stringify({ v: 3, presets: [makePreset()] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    expect(loadPresets(access, NOW)).toEqual({
      presets: [makePreset()],
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

const BACKUP = `sdm.presets.corrupt.${NOW}`;
/** A change that appends a preset (as a save does). */
const append =
  (preset: Preset): PresetChange =>
  (list) => [...list, preset];
/** n distinct presets p0…p(n-1). */
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => makePreset({ id: `p${i}`, name: `Preset ${i}` }));

describe('loadPresets cleaning oversized values', () => {
  it('backs up a value with a 2 MB name, then rewrites it with the name capped', () => {
    const huge = makePreset({ id: 'big', name: 'N'.repeat(2 * 1024 * 1024) });
    const raw = JSON.stringify({ v: 1, presets: [makePreset(), huge] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    const capped = makePreset({ id: 'big', name: 'N'.repeat(60) });
    expect(loadPresets(access, NOW)).toEqual({
      presets: [makePreset(), capped],
      problem: {
        kind: 'recovered',
        kept: 2,
        ignored: 0,
        cleaned: 1,
        backupKey: BACKUP,
        rewritten: true,
      },
    });
    expect(items.get(BACKUP)).toBe(raw);
    expect(items.get(PRESETS_KEY)).toBe(serialisePresets([makePreset(), capped]));
  });

  it('cleans an entry carrying oversized unknown data, after backing it up', () => {
    const bloated = { ...makePreset(), junk: 'x'.repeat(MAX_ENTRY_CHARS) };
    const raw = JSON.stringify({ v: 1, presets: [bloated] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    expect(loadPresets(access, NOW).problem).toMatchObject({ cleaned: 1, backupKey: BACKUP });
    expect(items.get(PRESETS_KEY)).toBe(serialisePresets([makePreset()]));
  });

  it('cleans a list that only needs cleaning even when there is no room for the copy', () => {
    // A ~3M-character name under a quota that cannot hold a second copy of it.
    const raw = JSON.stringify({
      v: 1,
      presets: [makePreset(), makePreset({ id: 'big', name: ` ${'y'.repeat(3_000_000)}` })],
    });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, (key) =>
      key.startsWith('sdm.presets.corrupt.') ? quota() : undefined,
    );
    const capped = makePreset({ id: 'big', name: 'y'.repeat(60) });
    expect(loadPresets(access, NOW)).toEqual({
      presets: [makePreset(), capped],
      problem: {
        kind: 'recovered',
        kept: 2,
        ignored: 0,
        cleaned: 1,
        backupKey: null,
        rewritten: true,
      },
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, serialisePresets([makePreset(), capped])]]);
  });

  it('does not rewrite a list to clean when storage refuses the copy for another reason than room', () => {
    const raw = JSON.stringify({ v: 1, presets: [makePreset({ name: ` ${'y'.repeat(70)}` })] });
    const blocked = () => new DOMException('The operation is insecure.', 'SecurityError');
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, (key) =>
      key.startsWith('sdm.presets.corrupt.') ? blocked() : undefined,
    );
    expect(loadPresets(access, NOW).problem).toEqual({
      kind: 'recovered',
      kept: 1,
      ignored: 0,
      cleaned: 1,
      backupKey: null,
      rewritten: false,
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('reports a list it backed up but could not replace as left as it was', () => {
    const raw = JSON.stringify({ v: 1, presets: [makePreset(), { id: 'bad' }] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, (key) =>
      key === PRESETS_KEY ? quota() : undefined,
    );
    expect(loadPresets(access, NOW).problem).toEqual({
      kind: 'recovered',
      kept: 1,
      ignored: 1,
      cleaned: 0,
      backupKey: BACKUP,
      rewritten: false,
    });
    expect(Object.fromEntries(items)).toEqual({ [PRESETS_KEY]: raw, [BACKUP]: raw });
  });

  it('reuses an identical backup made by an earlier load instead of copying again', () => {
    const raw = '{"v":1,"presets":[';
    const { items, access } = fakeStorage({ 'sdm.presets.corrupt.1': raw, [PRESETS_KEY]: raw });
    expect(loadPresets(access, NOW).problem).toMatchObject({
      backupKey: 'sdm.presets.corrupt.1',
    });
    expect([...items.keys()].sort()).toEqual([PRESETS_KEY, 'sdm.presets.corrupt.1']);
  });

  it('keeps more presets than the cap readable', () => {
    const { access } = fakeStorage({ [PRESETS_KEY]: serialisePresets(many(MAX_PRESETS + 10)) });
    expect(loadPresets(access, NOW)).toEqual({ presets: many(510), problem: null });
  });
});

describe('backupRaw', () => {
  it('reuses an identical copy, and never overwrites a different copy of the same millisecond', () => {
    const { items, storage } = fakeStorage({ [BACKUP]: 'older damage' });
    expect(backupRaw(storage, 'new damage', NOW)).toBe(`${BACKUP}-1`);
    expect(backupRaw(storage, 'new damage', NOW + 5)).toBe(`${BACKUP}-1`);
    expect(backupRaw(storage, 'older damage', NOW + 5)).toBe(BACKUP);
    expect(Object.fromEntries(items)).toEqual({
      [BACKUP]: 'older damage',
      [`${BACKUP}-1`]: 'new damage',
    });
  });
});

describe('applyPresetChange', () => {
  it('refuses to grow a list beyond the cap, but lets a list over the cap shrink or be renamed', () => {
    const full = many(MAX_PRESETS);
    expect(applyPresetChange(full, append(makePreset({ id: 'new' })))).toEqual({ kind: 'full' });
    expect(applyPresetChange(many(MAX_PRESETS - 1), append(makePreset({ id: 'new' })))).toEqual({
      kind: 'changed',
      presets: [...many(MAX_PRESETS - 1), makePreset({ id: 'new' })],
    });
    const over = many(MAX_PRESETS + 2);
    expect(applyPresetChange(over, (l) => l.slice(1))).toEqual({
      kind: 'changed',
      presets: over.slice(1),
    });
    expect(applyPresetChange(over, () => null)).toEqual({ kind: 'unchanged' });
  });
});

describe('writePresets', () => {
  const mine = makePreset({ id: 'mine', name: 'Mine' });
  const theirs = makePreset({ id: 'theirs', name: 'Theirs' });

  it('applies the change to what storage holds now: another tab’s presets are kept', () => {
    // This page loaded with [p1]; another tab has since added "Theirs".
    const { items, access } = fakeStorage({
      [PRESETS_KEY]: serialisePresets([makePreset(), theirs]),
    });
    expect(writePresets(access, append(mine), NOW)).toEqual({
      kind: 'stored',
      presets: [makePreset(), theirs, mine],
      cleaned: 0,
      backupKey: null,
    });
    expect(items.get(PRESETS_KEY)).toBe(serialisePresets([makePreset(), theirs, mine]));
    expect([...items.keys()]).toEqual([PRESETS_KEY]);
  });

  it('writes into an empty slot', () => {
    const { items, access } = fakeStorage();
    expect(writePresets(access, append(mine), NOW)).toMatchObject({ kind: 'stored' });
    expect(items.get(PRESETS_KEY)).toBe(serialisePresets([mine]));
  });

  it('never writes over a newer format found at write time', () => {
    const raw = JSON.stringify({ v: 2, presets: [theirs, { id: 'v2-only', tags: ['x'] }] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    const change = vi.fn(append(mine));
    expect(writePresets(access, change, NOW)).toEqual({ kind: 'newerInStorage', version: 2 });
    expect(change).not.toHaveBeenCalled();
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('backs up a damaged value found at write time and leaves it in place', () => {
    for (const raw of [
      '{"v":1,"presets":[{"id":',
      '{"presets":[]}',
      JSON.stringify({ v: 1, presets: [theirs, { id: 'half', name: 7 }] }),
    ]) {
      const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
      expect(writePresets(access, append(mine), NOW)).toEqual({
        kind: 'unreadableInStorage',
        backupKey: BACKUP,
      });
      expect(Object.fromEntries(items)).toEqual({ [PRESETS_KEY]: raw, [BACKUP]: raw });
    }
  });

  it('reuses an identical backup on a second refused write', () => {
    const raw = '{"v":1,"presets":[{"id":';
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    writePresets(access, append(mine), NOW);
    expect(writePresets(access, append(mine), NOW + 1000)).toEqual({
      kind: 'unreadableInStorage',
      backupKey: BACKUP,
    });
    expect(items.size).toBe(2);
  });

  it('reports a damaged value it could not back up, still without writing over it', () => {
    const raw = 'garbage';
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, quota);
    expect(writePresets(access, append(mine), NOW)).toEqual({
      kind: 'unreadableInStorage',
      backupKey: null,
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('backs up a value with entries to clean, then writes the cleaned list with the change', () => {
    const raw = JSON.stringify({ v: 1, presets: [{ ...theirs, name: 'T'.repeat(100_000) }] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    const cleanedTheirs = { ...theirs, name: 'T'.repeat(60) };
    expect(writePresets(access, append(mine), NOW)).toEqual({
      kind: 'stored',
      presets: [cleanedTheirs, mine],
      cleaned: 1,
      backupKey: BACKUP,
    });
    expect(items.get(BACKUP)).toBe(raw);
    expect(items.get(PRESETS_KEY)).toBe(serialisePresets([cleanedTheirs, mine]));
  });

  it('writes the cleaned list with the change when only cleaning is needed and the copy does not fit', () => {
    const raw = JSON.stringify({ v: 1, presets: [{ ...theirs, name: 'T'.repeat(3_000_000) }] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, (key) =>
      key.startsWith('sdm.presets.corrupt.') ? quota() : undefined,
    );
    const cleanedTheirs = { ...theirs, name: 'T'.repeat(60) };
    expect(writePresets(access, append(mine), NOW)).toEqual({
      kind: 'stored',
      presets: [cleanedTheirs, mine],
      cleaned: 1,
      backupKey: null,
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, serialisePresets([cleanedTheirs, mine])]]);
    // The next write finds a clean list: nothing to copy or clean.
    expect(writePresets(access, (l) => l.slice(1), NOW + 1)).toEqual({
      kind: 'stored',
      presets: [mine],
      cleaned: 0,
      backupKey: null,
    });
  });

  it('reports storage that refuses the copy of a list to clean as unavailable, writing nothing', () => {
    const raw = JSON.stringify({ v: 1, presets: [{ ...theirs, name: 'T'.repeat(100) }] });
    const blocked = () => new DOMException('The operation is insecure.', 'SecurityError');
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, (key) =>
      key.startsWith('sdm.presets.corrupt.') ? blocked() : undefined,
    );
    expect(writePresets(access, append(mine), NOW)).toEqual({ kind: 'unavailable' });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('still refuses a list with damaged entries when the copy does not fit', () => {
    const raw = JSON.stringify({ v: 1, presets: [{ ...theirs, name: 'T'.repeat(100) }, 42] });
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw }, (key) =>
      key.startsWith('sdm.presets.corrupt.') ? quota() : undefined,
    );
    expect(writePresets(access, append(mine), NOW)).toEqual({
      kind: 'unreadableInStorage',
      backupKey: null,
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('never writes over a newer-format marker without a preset list', () => {
    for (const raw of ['{"v":2}', '{"v":2,"presets":{}}']) {
      const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
      expect(writePresets(access, append(mine), NOW)).toEqual({
        kind: 'newerInStorage',
        version: 2,
      });
      expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
    }
  });

  it('refuses a save beyond the cap counted on what storage holds, writing nothing', () => {
    const raw = serialisePresets(many(MAX_PRESETS));
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    expect(writePresets(access, append(mine), NOW)).toEqual({ kind: 'full' });
    expect(items.get(PRESETS_KEY)).toBe(raw);
  });

  it('reports no change with what storage holds (a preset another tab deleted)', () => {
    const { access } = fakeStorage({ [PRESETS_KEY]: serialisePresets([theirs]) });
    const removeMine: PresetChange = (l) =>
      l.some((p) => p.id === 'mine') ? l.filter((p) => p.id !== 'mine') : null;
    expect(writePresets(access, removeMine, NOW)).toEqual({
      kind: 'unchanged',
      presets: [theirs],
    });
  });

  it('reports a full quota, leaving the stored value as it was', () => {
    const before = serialisePresets([theirs]);
    const { items, access } = fakeStorage({ [PRESETS_KEY]: before }, quota);
    expect(writePresets(access, append(mine), NOW)).toEqual({ kind: 'quota' });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, before]]);
  });

  it('reports blocked storage as unavailable', () => {
    const access = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(writePresets(access, append(mine), NOW)).toEqual({ kind: 'unavailable' });
  });
});

describe('replaceUnreadable', () => {
  const damaged = '{"v":1,"presets":[{"id":';
  const session = [makePreset({ id: 's1', name: 'This session' })];

  it('keeps a copy of the damaged value, then stores this session’s list', () => {
    const { items, access } = fakeStorage({ [PRESETS_KEY]: damaged });
    expect(replaceUnreadable(access, damaged, session, NOW)).toEqual({
      kind: 'stored',
      presets: session,
      backupKey: `sdm.presets.corrupt.${NOW}`,
    });
    expect(Object.fromEntries(items)).toEqual({
      [PRESETS_KEY]: serialisePresets(session),
      [`sdm.presets.corrupt.${NOW}`]: damaged,
    });
  });

  it('reuses an identical copy made at load instead of making another', () => {
    const { items, access } = fakeStorage({
      [PRESETS_KEY]: damaged,
      'sdm.presets.corrupt.5': 'other',
      'sdm.presets.corrupt.7': damaged,
    });
    expect(replaceUnreadable(access, damaged, session, NOW)).toEqual({
      kind: 'stored',
      presets: session,
      backupKey: 'sdm.presets.corrupt.7',
    });
    expect(Object.fromEntries(items)).toEqual({
      [PRESETS_KEY]: serialisePresets(session),
      'sdm.presets.corrupt.5': 'other',
      'sdm.presets.corrupt.7': damaged,
    });
  });

  it('stores an empty list when this session has no presets', () => {
    const { items, access } = fakeStorage({ [PRESETS_KEY]: '{"presets":[]}' });
    expect(replaceUnreadable(access, '{"presets":[]}', [], NOW).kind).toBe('stored');
    expect(items.get(PRESETS_KEY)).toBe('{"v":1,"presets":[]}');
  });

  it('refuses when another tab changed or removed the value since it was seen', () => {
    for (const now of ['other damage', serialisePresets([makePreset()]), null]) {
      const { items, access } = fakeStorage(now === null ? {} : { [PRESETS_KEY]: now });
      const before = Object.fromEntries(items);
      expect(replaceUnreadable(access, damaged, session, NOW)).toEqual({ kind: 'changed' });
      expect(Object.fromEntries(items)).toEqual(before);
    }
  });

  it('never replaces a newer format', () => {
    const raw = '{"v":2,"presets":"anything"}';
    const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
    expect(replaceUnreadable(access, raw, session, NOW)).toEqual({
      kind: 'newerInStorage',
      version: 2,
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
  });

  it('refuses a readable v1 list (even with damaged entries): the normal write rules apply', () => {
    for (const raw of [serialisePresets([makePreset()]), '{"v":1,"presets":[42]}']) {
      const { items, access } = fakeStorage({ [PRESETS_KEY]: raw });
      expect(replaceUnreadable(access, raw, session, NOW)).toEqual({ kind: 'readable' });
      expect([...items.entries()]).toEqual([[PRESETS_KEY, raw]]);
    }
  });

  it('writes nothing when no copy can be made', () => {
    const { items, access } = fakeStorage({ [PRESETS_KEY]: damaged }, (key) =>
      key.startsWith('sdm.presets.corrupt.') ? quota() : undefined,
    );
    expect(replaceUnreadable(access, damaged, session, NOW)).toEqual({
      kind: 'noBackup',
      failure: 'quota',
    });
    expect([...items.entries()]).toEqual([[PRESETS_KEY, damaged]]);
  });

  it('reports a failed write with the copy made and the damaged value unchanged', () => {
    const { items, access } = fakeStorage({ [PRESETS_KEY]: damaged }, (key) =>
      key === PRESETS_KEY ? quota() : undefined,
    );
    expect(replaceUnreadable(access, damaged, session, NOW)).toEqual({ kind: 'quota' });
    expect(Object.fromEntries(items)).toEqual({
      [PRESETS_KEY]: damaged,
      [`sdm.presets.corrupt.${NOW}`]: damaged,
    });
  });

  it('reports blocked storage without throwing', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(replaceUnreadable(blocked, damaged, session, NOW)).toEqual({ kind: 'unavailable' });
  });
});
