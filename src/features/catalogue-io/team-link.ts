import { TEAM_CATALOGUE_PARAM } from '../../store/url-codec';

/** A team catalogue address longer than this is not offered (a link would not carry it anyway). */
export const MAX_TEAM_URL_LENGTH = 2048;

/** The key of one `key=value` part of a query, decoded; null when it cannot be decoded. */
function keyOf(part: string): string | null {
  const raw = part.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The team catalogue address a page's query names (`?catalogue=<URL>`), trimmed; null when none. */
export function teamCatalogueUrl(search: string): string | null {
  let value: string | null;
  try {
    value = new URLSearchParams(search).get(TEAM_CATALOGUE_PARAM);
  } catch {
    return null;
  }
  const url = value?.trim() ?? '';
  return url === '' || url.length > MAX_TEAM_URL_LENGTH ? null : url;
}

/**
 * The query without the team catalogue parameter, every other part kept byte for byte
 * ("?v=1&catalogue=…&n=5" → "?v=1&n=5"; "" when nothing is left).
 */
export function searchWithoutTeamParam(search: string): string {
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && keyOf(part) !== TEAM_CATALOGUE_PARAM);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Removes `?catalogue=` from the address bar, keeping the rest of the query and the hash. */
export function dropTeamParam(win: Pick<Window, 'history' | 'location'> = window): void {
  const { pathname, search, hash } = win.location;
  const next = searchWithoutTeamParam(search);
  if (next === search) return;
  win.history.replaceState(win.history.state, '', `${pathname}${next}${hash}`);
}

/** The host an address names as it will be contacted (punycode for IDN), or the address itself. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** The most characters of an address the dialogs show; a longer one ends in "…". */
export const MAX_SHOWN_URL_LENGTH = 160;

/**
 * The address as the browser will request it (normalised, non-ASCII percent-encoded, so it
 * reads as an address), at most MAX_SHOWN_URL_LENGTH characters; null unless it is an http(s)
 * URL with a host. A link's `?catalogue=` value is chosen by whoever wrote the link: text that
 * is no such address ("URGENT: call support on …" parses as a URL of scheme `urgent:`) is
 * never shown as if the app said it.
 */
export function displayUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.host === '')
    return null;
  const href = parsed.href;
  return href.length > MAX_SHOWN_URL_LENGTH ? `${href.slice(0, MAX_SHOWN_URL_LENGTH - 1)}…` : href;
}

/** A short name for an undo step and a status line: the file name of the address, else its host. */
export function urlSubject(url: string): string {
  try {
    const parsed = new URL(url);
    const file = parsed.pathname
      .split('/')
      .filter((s) => s !== '')
      .at(-1);
    // Left percent-encoded: a decoded name could carry bidi or control characters.
    return file ?? parsed.host;
  } catch {
    return url;
  }
}
