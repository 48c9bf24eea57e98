// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { withPodman } from '../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { syntheticCatalogue } from '../catalogue/synthetic';
import { useAppStore } from './app-store';
import { encodeCatalogueLink } from './catalogue-link';
import {
  CATALOGUE_LINK_NOTICE_ID,
  CATALOGUE_NOTICE_ID,
  SYNTHETIC_LINK_NOTICE_ID,
} from './catalogue-notices';
import { ASIDE_KEY_PREFIX, CATALOGUE_KEY } from './catalogue-storage';
import {
  fragmentPayload,
  restoreCatalogue,
  SAVE_DELAY_MS,
  startCataloguePersistence,
} from './catalogue-sync';
import { envelopeText, fakeStorage, resetStore } from './store-fixtures';

/** A window whose timers are vitest's fake ones and whose history records replaceState. */
function fakeWindow(hash = '') {
  const location = { pathname: '/app/', search: '?n=5', hash };
  const replaced: string[] = [];
  return {
    replaced,
    win: {
      setTimeout: ((fn: () => void, ms: number) =>
        setTimeout(fn, ms)) as unknown as Window['setTimeout'],
      clearTimeout: ((id: number) => clearTimeout(id)) as Window['clearTimeout'],
      addEventListener: () => {},
      removeEventListener: () => {},
      location: location as unknown as Location,
      history: {
        state: null,
        replaceState: (_: unknown, __: string, url: string) => {
          replaced.push(url);
          location.hash = '';
        },
      } as unknown as History,
    },
  };
}

const state = () => useAppStore.getState();
const noticeIds = () => state().notices.map((n) => n.id);

beforeEach(() => resetStore());
afterEach(() => vi.useRealTimers());

describe('restoreCatalogue', () => {
  it('uses the seed catalogue when nothing is saved, without a notice', async () => {
    const session = await restoreCatalogue('', fakeStorage().storage);
    expect(session).toEqual({ origin: 'seed', blocked: false });
    expect(state().catalogue).toBe(seedCatalogue);
    expect(state().notices).toEqual([]);
  });

  it('restores the saved catalogue', async () => {
    const { storage } = fakeStorage({ [CATALOGUE_KEY]: envelopeText(withPodman(seedCatalogue)) });
    const session = await restoreCatalogue('', storage);
    expect(session.origin).toBe('stored');
    expect(state().catalogue.technologies.map((t) => t.id)).toContain('podman');
  });

  it('keeps a corrupted saved catalogue aside, uses the seed and says so', async () => {
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: '{"format": broken' });
    await restoreCatalogue('', storage);
    expect(state().catalogue).toBe(seedCatalogue);
    const aside = [...items.keys()].filter((k) => k.startsWith(ASIDE_KEY_PREFIX));
    expect(aside).toHaveLength(1);
    expect(items.get(aside[0]!)).toBe('{"format": broken');
    expect(items.get(CATALOGUE_KEY)).toBe('{"format": broken');
    expect(state().notices[0]!.message.en).toBe(
      `The catalogue saved in this browser could not be read and was kept aside (${aside[0]}). The seed catalogue is used.`,
    );
  });

  it('never writes over a newer format: the session is blocked and an edit stays in memory', async () => {
    vi.useFakeTimers();
    const newer = envelopeText({ whatever: 'v2' }, 2);
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: newer });
    const session = await restoreCatalogue('', storage);
    expect(session.blocked).toBe(true);
    const stop = startCataloguePersistence(session, storage, fakeWindow().win);
    state().setCatalogue(withPodman(seedCatalogue), { action: 'addTechnology' });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(items.get(CATALOGUE_KEY)).toBe(newer);
    expect(state().notices.at(-1)).toEqual({
      id: CATALOGUE_NOTICE_ID,
      tone: 'warning',
      message: {
        en: 'The catalogue saved in this browser is in a newer format, so it is not overwritten: your edits here stay in memory; export the catalogue to keep them.',
        zh: '本浏览器中保存的目录格式更新，因此不会被覆盖：此处的编辑保留在内存中；请导出目录以保留它们。',
      },
      action: { kind: 'exportCatalogue' },
    });
    stop();
  });

  it('blames another tab only when the newer format arrived after the page loaded', async () => {
    vi.useFakeTimers();
    const { storage, items } = fakeStorage();
    const stop = startCataloguePersistence(
      { origin: 'seed', blocked: false },
      storage,
      fakeWindow().win,
    );
    const newer = envelopeText({ whatever: 'v2' }, 2);
    items.set(CATALOGUE_KEY, newer);
    state().setCatalogue(withPodman(seedCatalogue), { action: 'addTechnology' });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(items.get(CATALOGUE_KEY)).toBe(newer);
    expect(state().notices.at(-1)!.message.en).toBe(
      'Another tab saved a catalogue in a newer format. It is not overwritten: your edits here stay in memory; export the catalogue to keep them.',
    );
    stop();
  });

  it('never writes over a value another tab left unreadable: kept aside, blocked, the export offered', async () => {
    vi.useFakeTimers();
    const { storage, items } = fakeStorage();
    const stop = startCataloguePersistence(
      { origin: 'seed', blocked: false },
      storage,
      fakeWindow().win,
    );
    items.set(CATALOGUE_KEY, '{"damaged');
    state().setCatalogue(withPodman(seedCatalogue), { action: 'addTechnology' });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(items.get(CATALOGUE_KEY)).toBe('{"damaged');
    const asideKeys = [...items.keys()].filter((k) => k.startsWith(`${CATALOGUE_KEY}.aside.`));
    expect(asideKeys).toHaveLength(1);
    expect(items.get(asideKeys[0]!)).toBe('{"damaged');
    const notice = state().notices.at(-1)!;
    expect(notice).toMatchObject({ tone: 'warning', action: { kind: 'exportCatalogue' } });
    expect(notice.message.en).toBe(
      `Another tab left a saved catalogue this version cannot read. It is not overwritten and a copy was kept aside (${asideKeys[0]}): your edits here stay in memory; export the catalogue to keep them.`,
    );
    // The next edit does not write either: the copy kept aside is not taken as permission.
    state().setCatalogue(seedCatalogue, { action: 'reset' });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(items.get(CATALOGUE_KEY)).toBe('{"damaged');
    stop();
  });

  it('opens a link catalogue with a notice and leaves the saved catalogue alone until an edit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const saved = envelopeText({
      ...seedCatalogue,
      technologies: seedCatalogue.technologies.slice(0),
    });
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: saved });
    const link = await encodeCatalogueLink(withPodman(seedCatalogue), seedCatalogue);
    if (!('fragment' in link)) throw new Error('expected a fragment');
    const hash = `#${link.fragment}`;
    expect(fragmentPayload(hash)).not.toBeNull();
    const session = await restoreCatalogue(hash, storage);
    expect(session.origin).toBe('link');
    expect(state().catalogue.technologies.map((t) => t.id)).toContain('podman');
    expect(noticeIds()).toContain(CATALOGUE_LINK_NOTICE_ID);
    expect(state().notices.find((n) => n.id === CATALOGUE_LINK_NOTICE_ID)!.message.en).toBe(
      "This link carries its own catalogue, which differs from the seed's: 1 technology added. Your saved catalogue is unchanged unless you edit this one.",
    );
    const { win, replaced } = fakeWindow(hash);
    const stop = startCataloguePersistence(session, storage, win);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(items.get(CATALOGUE_KEY)).toBe(saved);
    // The user edits the link's catalogue: it becomes theirs, their earlier one is kept aside.
    state().setCatalogue(withPodman(seedCatalogue), { action: 'addTechnology' });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const aside = [...items.keys()].filter((k) => k.startsWith(ASIDE_KEY_PREFIX));
    expect(aside.map((k) => items.get(k))).toEqual([saved]);
    expect(JSON.parse(items.get(CATALOGUE_KEY)!).catalogue.technologies.at(-1).id).toBe('podman');
    expect(replaced).toEqual(['/app/?n=5']);
    expect(noticeIds()).toContain(CATALOGUE_NOTICE_ID);
    stop();
  });

  it('reads a link whose catalogue equals the seed’s as a seed link, without a notice', async () => {
    const link = await encodeCatalogueLink(structuredClone(seedCatalogue), seedCatalogue);
    if (!('fragment' in link)) throw new Error('expected a fragment');
    await restoreCatalogue(`#${link.fragment}`, fakeStorage().storage);
    expect(state().catalogue).toBe(seedCatalogue);
    expect(state().notices).toEqual([]);
  });

  it('reports a damaged link catalogue and keeps the saved one', async () => {
    const { storage } = fakeStorage({ [CATALOGUE_KEY]: envelopeText(withPodman(seedCatalogue)) });
    await restoreCatalogue('#catalogue=not-a-payload!', storage);
    expect(state().catalogue.technologies.map((t) => t.id)).toContain('podman');
    expect(state().notices.at(-1)!.message.en).toBe(
      'The catalogue in this link could not be used (it is damaged): your own catalogue is shown instead.',
    );
  });
});

describe('a link made with the seed catalogue, where the user has their own saved', () => {
  it('shows the seed catalogue, says so, and keeps the saved catalogue', async () => {
    vi.useFakeTimers();
    const saved = envelopeText(withPodman(seedCatalogue));
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: saved });
    const session = await restoreCatalogue('', storage, '?v=1&f=r2&sel=121101&open=121101');
    expect(session.origin).toBe('link');
    expect(state().catalogue).toBe(seedCatalogue);
    expect(state().notices.at(-1)!.message.en).toBe(
      'This link was made with the seed catalogue, so it is shown with the seed’s. Your own catalogue is saved and unchanged: open the app without this link to return to it.',
    );
    const stop = startCataloguePersistence(session, storage, fakeWindow().win);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(items.get(CATALOGUE_KEY)).toBe(saved);
    stop();
  });

  it('a link into the user’s catalogue (own=1) or one that names no stack opens their catalogue', async () => {
    const { storage } = fakeStorage({ [CATALOGUE_KEY]: envelopeText(withPodman(seedCatalogue)) });
    for (const search of [
      '?v=1&own=1&sel=k3s.podman.crun.sqlite.flannel.kyverno',
      '?view=catalogue&lang=zh',
    ]) {
      resetStore();
      const session = await restoreCatalogue('', storage, search);
      expect(session.origin).toBe('stored');
      expect(state().catalogue.technologies.map((t) => t.id)).toContain('podman');
    }
  });

  it('a catalogue equal to the seed’s counts as the seed’s: the link keeps it', async () => {
    const { storage } = fakeStorage({
      [CATALOGUE_KEY]: envelopeText(structuredClone(seedCatalogue)),
    });
    await restoreCatalogue('', storage, '?v=1&sel=121101');
    expect(state().catalogue).toBe(seedCatalogue);
    expect(state().notices).toEqual([]);
  });
});

describe('startCataloguePersistence', () => {
  it('saves an edit once the edits rest, and removes the key on a reset to the seed', async () => {
    vi.useFakeTimers();
    const { storage, items } = fakeStorage();
    const stop = startCataloguePersistence(
      { origin: 'seed', blocked: false },
      storage,
      fakeWindow().win,
    );
    state().setCatalogue(withPodman(seedCatalogue), { action: 'addTechnology' });
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(items.has(CATALOGUE_KEY)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(items.has(CATALOGUE_KEY)).toBe(true);
    state().resetCatalogue();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(items.has(CATALOGUE_KEY)).toBe(false);
    stop();
  });

  it('keeps edits in memory and says so when storage is full', () => {
    vi.useFakeTimers();
    const { storage } = fakeStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const stop = startCataloguePersistence(
      { origin: 'seed', blocked: false },
      storage,
      fakeWindow().win,
    );
    const podman = withPodman(seedCatalogue);
    state().setCatalogue(podman, { action: 'addTechnology' });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(state().catalogue).toBe(podman);
    expect(state().notices.at(-1)!.message.en).toMatch(
      /^Your catalogue edits could not be saved in this browser \(storage is full\)/,
    );
    stop();
  });
});

describe('a synthetic catalogue link (?synthetic=<options>x<layers>)', () => {
  it('opens the synthetic catalogue for the session and leaves the saved catalogue alone', async () => {
    vi.useFakeTimers();
    const saved = envelopeText(withPodman(seedCatalogue));
    const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: saved });
    const session = await restoreCatalogue('', storage, '?synthetic=3x4&seed=5');
    expect(session).toEqual({ origin: 'link', blocked: false });
    expect(state().catalogue).toEqual(syntheticCatalogue({ options: 3, layers: 4, seed: 5 }));
    expect(state().catalogueUndo).toEqual([]);
    expect(state().notices.map((n) => [n.id, n.tone])).toEqual([
      [SYNTHETIC_LINK_NOTICE_ID, 'info'],
    ]);
    const stop = startCataloguePersistence(session, storage, fakeWindow().win);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect([...items.keys()]).toEqual([CATALOGUE_KEY]);
    expect(items.get(CATALOGUE_KEY)).toBe(saved);
    // An edit makes it the user's: their earlier catalogue is kept aside first.
    state().setCatalogue(syntheticCatalogue({ options: 3, layers: 4, seed: 6 }), {
      action: 'synthetic',
      subject: '3x4',
    });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    const aside = [...items.keys()].filter((k) => k.startsWith(ASIDE_KEY_PREFIX));
    expect(aside.map((k) => items.get(k))).toEqual([saved]);
    expect(JSON.parse(items.get(CATALOGUE_KEY)!).catalogue.technologies[0].id).toBe(
      'orchestration-1',
    );
    stop();
  });

  it('wins over a link made with the seed catalogue and over a fragment catalogue', async () => {
    const { storage } = fakeStorage({ [CATALOGUE_KEY]: envelopeText(withPodman(seedCatalogue)) });
    const link = await encodeCatalogueLink(withPodman(seedCatalogue), seedCatalogue);
    if (!('fragment' in link)) throw new Error('expected a fragment');
    const session = await restoreCatalogue(
      `#${link.fragment}`,
      storage,
      '?v=1&sel=121101&synthetic=2x3',
    );
    expect(session.origin).toBe('link');
    expect(state().catalogue).toEqual(syntheticCatalogue({ options: 2, layers: 3 }));
    expect(noticeIds()).toEqual([SYNTHETIC_LINK_NOTICE_ID]);
  });

  it.each(['?synthetic=abc', '?synthetic=10x99', '?synthetic=1000x6', '?synthetic=3x4&seed=x'])(
    '%s: a notice, the saved catalogue shown and untouched',
    async (search) => {
      vi.useFakeTimers();
      const saved = envelopeText(withPodman(seedCatalogue));
      const { storage, items } = fakeStorage({ [CATALOGUE_KEY]: saved });
      const session = await restoreCatalogue('', storage, search);
      expect(session).toEqual({ origin: 'stored', blocked: false });
      expect(state().catalogue.technologies.map((t) => t.id)).toContain('podman');
      const notice = state().notices.find((n) => n.id === SYNTHETIC_LINK_NOTICE_ID)!;
      expect(notice.tone).toBe('warning');
      expect(notice.message.en).toMatch(
        /^The synthetic catalogue in this link could not be made \(.+\): your own catalogue is shown instead\.$/,
      );
      expect(notice.message.zh).toMatch(/^无法生成此链接中的合成目录（.+）：已改用你的目录。$/);
      const stop = startCataloguePersistence(session, storage, fakeWindow().win);
      vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
      expect([...items.entries()]).toEqual([[CATALOGUE_KEY, saved]]);
      stop();
    },
  );

  it('a malformed size with nothing saved: the seed catalogue, and the notice says so', async () => {
    await restoreCatalogue('', fakeStorage().storage, '?synthetic=10x99');
    expect(state().catalogue).toBe(seedCatalogue);
    expect(state().notices.map((n) => n.message.en)).toEqual([
      'The synthetic catalogue in this link could not be made (“10x99”: layers must be 1 to 8): the seed catalogue is shown instead.',
    ]);
  });
});
