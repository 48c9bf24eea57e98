import { useLayoutEffect } from 'react';

import { INPUT_KEYS, pickInputs, useAppStore, type CatalogueState, type Inputs } from './app-store';
import { browserEnvironment, firstVisitPreferences } from './first-visit';
import { LINK_NOTICE_ID, linkNotice } from './link-notice';
import type { Catalogue } from '../catalogue/types';
import { syntheticQuery } from './synthetic-link';
import { decodeInputs, encodeInputs } from './url-codec';

/**
 * History policy. The URL always follows the inputs, but only steps the user may want to walk
 * back get their own history entry (pushState): a scenario applied (or reset to), a view,
 * the language, a stack's details opened or closed. Everything continuous — weights,
 * requirements, sorting, selection, filter, rank mode, show-invalid, theme — rewrites the
 * current entry (replaceState), so a slider drag does not flood Back.
 */
export function isDiscreteChange(prev: Inputs, next: Inputs): boolean {
  return (
    prev.view !== next.view ||
    prev.language !== next.language ||
    prev.openStackId !== next.openStackId ||
    prev.baseScenarioId !== next.baseScenarioId ||
    (next.scenarioId !== null && next.scenarioId !== prev.scenarioId)
  );
}

/**
 * True when any input (not a notice) changed between two store states, or the catalogue did
 * (its links name technologies otherwise: by position for the seed's, by id for a user's).
 */
export function inputsChanged(
  prev: Inputs & Partial<CatalogueState>,
  next: Inputs & Partial<CatalogueState>,
): boolean {
  return prev.catalogue !== next.catalogue || INPUT_KEYS.some((key) => prev[key] !== next[key]);
}

/**
 * Continuous changes are written at most once per this many ms (trailing): Chromium ignores
 * history calls beyond 200 per 10 s, and a drag fires one change per frame.
 */
export const REPLACE_INTERVAL_MS = 200;

export interface UrlWriter {
  /** Records a change of inputs: pushes a discrete one now, replaces a continuous one soon. */
  change: (prev: Inputs, next: Inputs & Partial<Pick<CatalogueState, 'catalogue'>>) => void;
  /** Writes a pending replace now. */
  flush: () => void;
  /** Drops a pending replace and takes the current URL as written (Back / Forward moved it). */
  reset: () => void;
  /** True when the query is still the one last written or reset to (only the hash moved). */
  unmoved: () => boolean;
}

type HistoryWindow = Pick<Window, 'history' | 'location' | 'setTimeout' | 'clearTimeout'>;

/** The URL of a query on the current page, keeping path and hash. */
/** The query of the page's address: the inputs, after `synthetic=…` for a generated catalogue. */
function pageQuery(inputs: Inputs, catalogue: Catalogue | undefined): string {
  const synthetic = catalogue ? syntheticQuery(catalogue) : '';
  return [synthetic, encodeInputs(inputs, catalogue)].filter(Boolean).join('&');
}

function pageUrl(win: Pick<Window, 'location'>, query: string): string {
  return `${win.location.pathname}?${query}${win.location.hash}`;
}

/** A writer that keeps the page URL in step with the inputs (see isDiscreteChange). */
export function createUrlWriter(win: HistoryWindow, interval = REPLACE_INTERVAL_MS): UrlWriter {
  let pending: string | null = null;
  let timer: number | undefined;
  let written = win.location.search;
  const isCurrent = (query: string) => win.location.search === `?${query}`;
  const reset = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    pending = null;
    written = win.location.search;
  };
  const flush = () => {
    const query = pending;
    reset();
    if (query !== null && !isCurrent(query)) {
      win.history.replaceState(win.history.state, '', pageUrl(win, query));
      written = win.location.search;
    }
  };
  return {
    change: (prev, next) => {
      const query = pageQuery(next, next.catalogue);
      if (isDiscreteChange(prev, next)) {
        // The entry being left keeps the state it showed: write its pending replace first.
        flush();
        if (!isCurrent(query)) win.history.pushState(null, '', pageUrl(win, query));
        written = win.location.search;
        return;
      }
      pending = query;
      timer ??= win.setTimeout(flush, interval);
    },
    flush,
    reset,
    unmoved: () => win.location.search === written,
  };
}

/**
 * Applies an untrusted query to the store as one restore step (decode → fresh inputs →
 * replaceInputs) and shows a notice for ignored parts. Returns the inputs applied.
 */
export function applyLink(search: string): Inputs {
  const { replaceInputs, pushNotice, catalogue } = useAppStore.getState();
  const result = decodeInputs(search, catalogue);
  replaceInputs(result.inputs);
  const notice = linkNotice(result);
  if (notice) pushNotice(notice);
  return result.inputs;
}

/**
 * Keeps the store and the URL in step; call once, in App. On load, a query (if any) is
 * decoded and applied before the first paint, and the address bar is rewritten to the
 * canonical link of what is shown (a page without a query is left alone until the user
 * changes something). Back / Forward decode the entry's query and apply it without writing
 * history. Never re-renders its caller.
 */
export function useUrlSync(): void {
  useLayoutEffect(() => {
    let applying = false;
    const apply = (search: string) => {
      applying = true;
      try {
        return applyLink(search);
      } finally {
        applying = false;
      }
    };
    // A first visit follows the browser's language and colour scheme unless the link says
    // otherwise (lang=, theme=); Back / Forward later restore each entry as written.
    const preferred = firstVisitPreferences(browserEnvironment());
    const given = new URLSearchParams(window.location.search);
    const adoptPreferences = () => {
      const store = useAppStore.getState();
      if (!given.has('lang') && store.language !== preferred.language)
        store.setLanguage(preferred.language);
      if (!given.has('theme') && store.theme !== preferred.theme) store.setTheme(preferred.theme);
    };
    // The writer subscribes below: nothing set before that is written as a change.
    if (window.location.search.length > 1) {
      applyLink(window.location.search);
      adoptPreferences();
      const state = useAppStore.getState();
      const canonical = pageQuery(pickInputs(state), state.catalogue);
      if (window.location.search !== `?${canonical}`) {
        window.history.replaceState(window.history.state, '', pageUrl(window, canonical));
      }
    } else {
      // A page without a query keeps its plain URL: the preferences are not written into it.
      adoptPreferences();
    }
    const writer = createUrlWriter(window);
    const unsubscribe = useAppStore.subscribe((next, prev) => {
      if (!applying && inputsChanged(prev, next)) writer.change(prev, next);
    });
    const onPopState = () => {
      // Only the hash moved (the skip link): the inputs, and a pending replace, still hold.
      if (writer.unmoved()) return;
      writer.reset();
      // A notice about another entry's link no longer applies.
      useAppStore.getState().dismissNotice(LINK_NOTICE_ID);
      apply(window.location.search);
    };
    const onPageHide = () => writer.flush();
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unsubscribe();
      writer.flush();
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, []);
}
