import { diffCatalogues, isEmpty } from '../catalogue/diff';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Catalogue } from '../catalogue/types';
import { canonicalCatalogue, useAppStore } from './app-store';
import { CATALOGUE_FRAGMENT_KEY, decodeCatalogueLink } from './catalogue-link';
import {
  keptAsideNotice,
  linkCatalogueNotice,
  saveNotice,
  seedLinkNotice,
  storedCatalogueNotice,
  syntheticLinkNotice,
} from './catalogue-notices';
import {
  browserCatalogueStorage,
  keepStoredAside,
  loadCatalogue,
  saveCatalogue,
  type CatalogueStorage,
} from './catalogue-storage';
import { isSeedCatalogue } from './seed-baseline';
import { readSyntheticLink } from './synthetic-link';
import { isSeedBoundLink } from './url-codec';

/**
 * Where this tab's catalogue came from. `link`: a share link's catalogue (or the synthetic
 * one a link asks for), shown as it came and not saved until the user edits it (their saved
 * catalogue stays as it was). `blocked`: storage holds a newer format, or a value another
 * tab left that this version cannot read, which this tab must never overwrite.
 */
export interface CatalogueSession {
  origin: 'seed' | 'stored' | 'link';
  blocked: boolean;
  /** The newer format that blocks this tab was already stored when the page loaded. */
  newerAtLoad?: boolean;
  /** Blocked by an unreadable value written since load: where its copy was kept. */
  unreadableAside?: string;
}

/** The catalogue payload of a page's fragment (`#catalogue=…`), or null. */
export function fragmentPayload(hash: string): string | null {
  if (!hash.startsWith('#')) return null;
  try {
    return new URLSearchParams(hash.slice(1)).get(CATALOGUE_FRAGMENT_KEY);
  } catch {
    return null;
  }
}

/**
 * Puts the tab's catalogue in the store before the first render: a share link's catalogue
 * (the fragment; or `?synthetic=10x6`, and then the fragment is not read) wins over the one
 * saved in this browser, which wins over the seed's. Every problem becomes a notice; nothing
 * throws, nothing stored is overwritten here.
 */
export async function restoreCatalogue(
  hash: string,
  storage: CatalogueStorage | null = browserCatalogueStorage(),
  search = '',
): Promise<CatalogueSession> {
  const store = useAppStore.getState();
  const session: CatalogueSession = { origin: 'seed', blocked: false };
  const stored = loadCatalogue(storage);
  const synthetic = readSyntheticLink(search);
  const payload = synthetic === null ? fragmentPayload(hash) : null;
  if (stored.status === 'loaded') {
    if (
      payload === null &&
      synthetic?.ok !== true &&
      isSeedBoundLink(search) &&
      !isSeedCatalogue(canonicalCatalogue(stored.catalogue))
    ) {
      // A link made with the seed catalogue keeps meaning what it meant: shown with the
      // seed's, the user's own catalogue saved and untouched (as with a link's catalogue).
      session.origin = 'link';
      store.pushNotice(seedLinkNotice());
    } else {
      store.loadCatalogue(stored.catalogue);
      session.origin = 'stored';
    }
  } else {
    const notice = storedCatalogueNotice(stored);
    if (notice) store.pushNotice(notice);
    session.blocked = stored.status === 'keptAside' && stored.reason === 'newer';
    if (session.blocked) session.newerAtLoad = true;
  }
  if (synthetic !== null) {
    // Like a link's catalogue: shown for the session, saved only once the user edits it.
    if (synthetic.ok) {
      store.loadCatalogue(synthetic.catalogue);
      session.origin = 'link';
    }
    const shown = isSeedCatalogue(useAppStore.getState().catalogue) ? 'seed' : 'own';
    store.pushNotice(syntheticLinkNotice(synthetic, shown));
  }
  if (payload !== null) {
    const result = await decodeCatalogueLink(payload, seedCatalogue);
    const diff = result.ok ? diffCatalogues(seedCatalogue, result.catalogue) : null;
    if (result.ok && diff && isEmpty(diff)) {
      // A link whose catalogue is the seed's: it is a seed link.
      store.loadCatalogue(seedCatalogue);
      session.origin = 'link';
    } else if (result.ok && diff) {
      store.loadCatalogue(result.catalogue);
      session.origin = 'link';
      store.pushNotice(linkCatalogueNotice({ ok: true, diff }));
    } else if (!result.ok) {
      const shown = isSeedCatalogue(useAppStore.getState().catalogue) ? 'seed' : 'own';
      store.pushNotice(linkCatalogueNotice({ ok: false, error: result.error, shown }));
    }
  }
  return session;
}

/** How long edits rest before the catalogue is saved (a drag of a weight never saves). */
export const SAVE_DELAY_MS = 300;

/**
 * Saves the store's catalogue whenever it changes (debounced, and at pagehide). A link's
 * catalogue is saved only once the user edits it, after their saved one was kept aside; a
 * tab blocked by a newer format never writes. Returns the stop function.
 */
export function startCataloguePersistence(
  session: CatalogueSession,
  storage: CatalogueStorage | null = browserCatalogueStorage(),
  win: Pick<Window, 'setTimeout' | 'clearTimeout' | 'addEventListener' | 'removeEventListener'> &
    Partial<Pick<Window, 'history' | 'location'>> = window,
): () => void {
  let timer: number | undefined;
  let pending: Catalogue | null = null;
  const flush = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    const catalogue = pending;
    pending = null;
    if (catalogue === null) return;
    const store = useAppStore.getState();
    if (session.blocked) {
      const notice =
        session.unreadableAside === undefined
          ? saveNotice('newerInStorage', session.newerAtLoad)
          : saveNotice('unreadableInStorage', false, session.unreadableAside);
      if (notice) store.pushNotice(notice);
      return;
    }
    if (session.origin === 'link') {
      // The link's catalogue becomes the user's: keep what they had saved, then drop the fragment.
      const aside = keepStoredAside(storage);
      if (aside) store.pushNotice(keptAsideNotice(aside));
      session.origin = 'stored';
      if (win.history && win.location && fragmentPayload(win.location.hash) !== null) {
        const { pathname, search } = win.location;
        win.history.replaceState(win.history.state, '', `${pathname}${search}`);
      }
    }
    // A value that turned unreadable since (another tab) is kept aside and not overwritten: say where.
    let asideKey: string | undefined;
    const result = saveCatalogue(
      storage,
      catalogue,
      catalogue === seedCatalogue,
      undefined,
      (key) => (asideKey = key),
    );
    if (result === 'newerInStorage') session.blocked = true;
    if (result === 'unreadableInStorage') {
      session.blocked = true;
      session.unreadableAside = asideKey;
    }
    const notice = saveNotice(result, false, asideKey);
    if (notice) store.pushNotice(notice);
  };
  const unsubscribe = useAppStore.subscribe((next, prev) => {
    if (next.catalogue === prev.catalogue) return;
    pending = next.catalogue;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(flush, SAVE_DELAY_MS);
  });
  win.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('pagehide', flush);
  };
}
