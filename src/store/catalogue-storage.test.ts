// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Catalogue } from '../catalogue/types';
import {
  ASIDE_KEY_PREFIX,
  CATALOGUE_FORMAT,
  CATALOGUE_KEY,
  loadCatalogue,
  MAX_STORED_CHARS,
  migrateStored,
  saveCatalogue,
  subscribeCatalogue,
  type LoadResult,
} from './catalogue-storage';
import { envelopeText, fakeStorage, quota } from './store-fixtures';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const LATER = new Date('2026-03-02T08:30:00.000Z');
const ASIDE_NOW = `${ASIDE_KEY_PREFIX}2026-03-01T10:00:00.000Z`;

/** The seed with one technology renamed: a user's catalogue. */
const edited = (name = 'Kubernetes (ours)'): Catalogue => ({
  ...seedCatalogue,
  technologies: seedCatalogue.technologies.map((t, i) => (i === 0 ? { ...t, name } : t)),
});

const NEWER = envelopeText(
  { layersV2: ['whatever a newer version stores'] },
  2,
  LATER.toISOString(),
);

describe('saveCatalogue / loadCatalogue', () => {
  it('round-trips a catalogue through one versioned envelope', () => {
    const { storage, items } = fakeStorage();
    expect(saveCatalogue(storage, edited(), false, NOW)).toBe('saved');
    expect([...items.keys()]).toEqual([CATALOGUE_KEY]);
    expect(JSON.parse(items.get(CATALOGUE_KEY)!)).toEqual({
      format: 'stack-decision-matrix/catalogue',
      version: 1,
      savedAt: '2026-03-01T10:00:00.000Z',
      catalogue: edited(),
    });
    expect(loadCatalogue(storage, LATER)).toEqual({
      status: 'loaded',
      catalogue: edited(),
      migrated: false,
    });
  });

  it('reads nothing from an empty slot', () => {
    expect(loadCatalogue(fakeStorage().storage, NOW)).toEqual({ status: 'none' });
  });

  it('drops unknown fields on the way in', () => {
    const raw = envelopeText({ ...edited(), extra: '<script>' });
    const result = loadCatalogue(fakeStorage({ [CATALOGUE_KEY]: raw }).storage, NOW);
    expect(result).toEqual({ status: 'loaded', catalogue: edited(), migrated: false });
  });

  it('migrates a bare catalogue (version 0) without writing anything', () => {
    const raw = JSON.stringify(edited());
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: raw });
    expect(loadCatalogue(storage, NOW)).toEqual({
      status: 'loaded',
      catalogue: edited(),
      migrated: true,
    });
    expect([...items.entries()]).toEqual([[CATALOGUE_KEY, raw]]);
    // The next save stores it as version 1.
    expect(saveCatalogue(storage, edited('Again'), false, LATER)).toBe('saved');
    expect(JSON.parse(items.get(CATALOGUE_KEY)!)).toMatchObject({ version: 1 });
  });

  it('keeps a newer version where it is and never overwrites or removes it', () => {
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: NEWER });
    expect(loadCatalogue(storage, NOW)).toEqual({
      status: 'keptAside',
      reason: 'newer',
      asideKey: CATALOGUE_KEY,
    });
    expect(saveCatalogue(storage, edited(), false, NOW)).toBe('newerInStorage');
    expect(saveCatalogue(storage, seedCatalogue, true, NOW)).toBe('newerInStorage');
    expect([...items.entries()]).toEqual([[CATALOGUE_KEY, NEWER]]);
  });

  it('does not overwrite a newer version another tab wrote between load and save', () => {
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: envelopeText(edited()) });
    expect(loadCatalogue(storage, NOW)).toMatchObject({ status: 'loaded' });
    items.set(CATALOGUE_KEY, NEWER);
    expect(saveCatalogue(storage, edited('Mine'), false, LATER)).toBe('newerInStorage');
    expect(saveCatalogue(storage, seedCatalogue, true, LATER)).toBe('newerInStorage');
    expect([...items.entries()]).toEqual([[CATALOGUE_KEY, NEWER]]);
  });

  it('checks storage again before every save, not only the first', () => {
    const { storage, items } = fakeStorage();
    expect(saveCatalogue(storage, edited('One'), false, NOW)).toBe('saved');
    items.set(CATALOGUE_KEY, NEWER);
    expect(saveCatalogue(storage, edited('Two'), false, LATER)).toBe('newerInStorage');
    expect(items.get(CATALOGUE_KEY)).toBe(NEWER);
    items.set(CATALOGUE_KEY, envelopeText(edited('From another tab')));
    expect(saveCatalogue(storage, edited('Three'), false, LATER)).toBe('saved');
    expect(saveCatalogue(storage, edited('Four'), false, LATER)).toBe('saved');
    expect(JSON.parse(items.get(CATALOGUE_KEY)!).catalogue).toEqual(edited('Four'));
  });

  it('keeps corrupt text aside exactly, once, and leaves it in place until the next save', () => {
    const raw = '{"format":"stack-decision-matrix/catalogue","version":1,"catalo';
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: raw });
    const kept = { status: 'keptAside', reason: 'corrupt', asideKey: ASIDE_NOW };
    expect(loadCatalogue(storage, NOW)).toEqual(kept);
    expect(items.get(ASIDE_NOW)).toBe(raw);
    expect(items.get(CATALOGUE_KEY)).toBe(raw);
    // A reload reuses the identical copy instead of making another.
    expect(loadCatalogue(storage, LATER)).toEqual(kept);
    expect([...items.keys()]).toEqual([CATALOGUE_KEY, ASIDE_NOW]);
    // The user's first edit replaces it; the copy stays.
    expect(saveCatalogue(storage, edited(), false, LATER)).toBe('saved');
    expect(items.get(ASIDE_NOW)).toBe(raw);
    expect(loadCatalogue(storage, LATER)).toMatchObject({ status: 'loaded' });
  });

  it('keeps JSON that is not a valid catalogue aside as invalid', () => {
    const broken = { ...edited(), technologies: [{ id: 'podman' }] };
    for (const raw of [
      envelopeText(broken),
      JSON.stringify(broken),
      envelopeText(undefined),
      '[1,2]',
      '"a string"',
      'null',
      JSON.stringify({ format: 'someone-else/catalogue', version: 1, catalogue: edited() }),
    ]) {
      const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: raw });
      expect(loadCatalogue(storage, NOW)).toEqual({
        status: 'keptAside',
        reason: 'invalid',
        asideKey: ASIDE_NOW,
      });
      expect(items.get(ASIDE_NOW)).toBe(raw);
    }
  });

  it('keeps a second, different unreadable value under its own key', () => {
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: 'first' });
    expect(loadCatalogue(storage, NOW)).toMatchObject({ asideKey: ASIDE_NOW });
    items.set(CATALOGUE_KEY, 'second');
    expect(loadCatalogue(storage, NOW)).toMatchObject({ asideKey: `${ASIDE_NOW}-1` });
    expect(items.get(ASIDE_NOW)).toBe('first');
    expect(items.get(`${ASIDE_NOW}-1`)).toBe('second');
  });

  it('reads hostile JSON as invalid without polluting prototypes', () => {
    const raw = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`;
    const { storage } = fakeStorage({ [CATALOGUE_KEY]: raw });
    expect(loadCatalogue(storage, NOW)).toMatchObject({ status: 'keptAside', reason: 'invalid' });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const nested = fakeStorage({ [CATALOGUE_KEY]: deep });
    expect(loadCatalogue(nested.storage, NOW)).toMatchObject({ status: 'keptAside' });
  });

  it('reports when the aside copy cannot be written, and then never replaces the value', () => {
    const raw = 'not json';
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: raw }, (key) =>
      key.startsWith(ASIDE_KEY_PREFIX) ? quota() : undefined,
    );
    expect(loadCatalogue(storage, NOW)).toEqual({
      status: 'keptAside',
      reason: 'corrupt',
      asideKey: null,
    });
    expect(saveCatalogue(storage, edited(), false, NOW)).toBe('quota');
    expect(saveCatalogue(storage, seedCatalogue, true, NOW)).toBe('quota');
    expect([...items.entries()]).toEqual([[CATALOGUE_KEY, raw]]);
  });

  it('refuses to overwrite a value that turned unreadable since load, and keeps a copy aside', () => {
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: envelopeText(edited()) });
    expect(loadCatalogue(storage, NOW)).toMatchObject({ status: 'loaded' });
    items.set(CATALOGUE_KEY, '{hand edited');
    const onKeptAside = vi.fn();
    expect(saveCatalogue(storage, edited('Mine'), false, LATER, onKeptAside)).toBe(
      'unreadableInStorage',
    );
    const asideKey = `${ASIDE_KEY_PREFIX}2026-03-02T08:30:00.000Z`;
    expect(items.get(asideKey)).toBe('{hand edited');
    // The value another tab left stays where it is.
    expect(items.get(CATALOGUE_KEY)).toBe('{hand edited');
    // The save says where the copy is, so the user can be told.
    expect(onKeptAside.mock.calls).toEqual([[asideKey]]);
  });

  it('does not report again a copy the load already made (the user was told then)', () => {
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: 'not json' });
    expect(loadCatalogue(storage, NOW)).toMatchObject({ asideKey: ASIDE_NOW });
    const onKeptAside = vi.fn();
    expect(saveCatalogue(storage, edited(), false, LATER, onKeptAside)).toBe('saved');
    expect(onKeptAside).not.toHaveBeenCalled();
    expect([...items.keys()].sort()).toEqual([CATALOGUE_KEY, ASIDE_NOW]);
  });

  it('reports a full quota and leaves what was stored before', () => {
    const before = envelopeText(edited());
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: before }, quota);
    expect(saveCatalogue(storage, edited('Bigger'), false, LATER)).toBe('quota');
    expect([...items.entries()]).toEqual([[CATALOGUE_KEY, before]]);
  });

  it('refuses a catalogue above 4 MB without touching storage', () => {
    const huge: Catalogue = {
      ...seedCatalogue,
      sections: [
        ...seedCatalogue.sections,
        { id: '17.9', title: { zh: 'x'.repeat(MAX_STORED_CHARS), en: 'x' } },
      ],
    };
    const before = envelopeText(edited());
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: before });
    const setItem = vi.spyOn(storage, 'setItem');
    expect(saveCatalogue(storage, huge, false, NOW)).toBe('quota');
    expect(setItem).not.toHaveBeenCalled();
    expect([...items.entries()]).toEqual([[CATALOGUE_KEY, before]]);
  });

  it('removes the key when the seed is saved, so a reset leaves nothing', () => {
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: envelopeText(edited()) });
    expect(saveCatalogue(storage, seedCatalogue, true, NOW)).toBe('removed');
    expect(items.size).toBe(0);
    expect(saveCatalogue(storage, seedCatalogue, true, NOW)).toBe('removed');
    expect(items.size).toBe(0);
    expect(loadCatalogue(storage, NOW)).toEqual({ status: 'none' });
  });

  it('reports missing or blocked storage as unavailable', () => {
    expect(loadCatalogue(null, NOW)).toEqual({ status: 'unavailable' });
    expect(saveCatalogue(null, edited(), false, NOW)).toBe('unavailable');
    const blocked = fakeStorage().storage;
    blocked.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(loadCatalogue(blocked, NOW)).toEqual({ status: 'unavailable' });
    expect(saveCatalogue(blocked, edited(), false, NOW)).toBe('unavailable');
  });
});

describe('migrateStored', () => {
  it('wraps a bare catalogue (version 0) into the version 1 envelope', () => {
    expect(migrateStored({ layers: [] }, NOW)).toEqual({
      ok: true,
      migrated: true,
      value: {
        format: CATALOGUE_FORMAT,
        version: 1,
        savedAt: '2026-03-01T10:00:00.000Z',
        catalogue: { layers: [] },
      },
    });
  });

  it('passes version 1 through unchanged', () => {
    const value = JSON.parse(envelopeText({ layers: [] }));
    expect(migrateStored(value, LATER)).toEqual({ ok: true, migrated: false, value });
  });

  it('reports a newer version', () => {
    expect(migrateStored(JSON.parse(NEWER))).toEqual({ ok: false, reason: 'newer' });
  });

  it('reports anything else as corrupt', () => {
    for (const raw of [
      null,
      42,
      'text',
      [],
      { format: 'other', version: 1, savedAt: '', catalogue: {} },
      { format: CATALOGUE_FORMAT, version: '1', savedAt: '', catalogue: {} },
      { format: CATALOGUE_FORMAT, version: 1.5, savedAt: '', catalogue: {} },
      { format: CATALOGUE_FORMAT, version: 0, savedAt: '', catalogue: {} },
      { format: CATALOGUE_FORMAT, version: 1, catalogue: {} },
      { version: 1, savedAt: '', catalogue: {} },
    ])
      expect(migrateStored(raw, NOW)).toEqual({ ok: false, reason: 'corrupt' });
  });
});

describe('subscribeCatalogue', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  const fire = (key: string | null, storageArea: Storage) =>
    window.dispatchEvent(new StorageEvent('storage', { key, storageArea }));

  it('reloads when another tab changes or clears the catalogue, until unsubscribed', () => {
    const seen: LoadResult[] = [];
    const unsubscribe = subscribeCatalogue((result) => seen.push(result));
    localStorage.setItem(CATALOGUE_KEY, envelopeText(edited()));
    fire(CATALOGUE_KEY, localStorage);
    localStorage.setItem(CATALOGUE_KEY, NEWER);
    fire(CATALOGUE_KEY, localStorage);
    localStorage.clear();
    fire(null, localStorage);
    unsubscribe();
    fire(CATALOGUE_KEY, localStorage);
    expect(seen).toEqual([
      { status: 'loaded', catalogue: edited(), migrated: false },
      { status: 'keptAside', reason: 'newer', asideKey: CATALOGUE_KEY },
      { status: 'none' },
    ]);
  });

  it('ignores other keys and sessionStorage', () => {
    const onChange = vi.fn();
    const unsubscribe = subscribeCatalogue(onChange);
    fire('sdm.presets', localStorage);
    fire(ASIDE_NOW, localStorage);
    fire(CATALOGUE_KEY, sessionStorage);
    fire(null, sessionStorage);
    unsubscribe();
    expect(onChange).not.toHaveBeenCalled();
  });
});
