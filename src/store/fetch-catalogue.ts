/**
 * Fetches a team's catalogue file (`?catalogue=<https URL>`, e.g. a raw file in the team's
 * git repository) as text. Validation happens in the import step; this only guards the
 * request: https only, no cookies, a size cap, and a clear error for each way a host refuses.
 */

import { readCapped } from './read-capped';

/** The largest catalogue file fetched (bytes); a larger one is refused. */
export const MAX_CATALOGUE_FILE_BYTES = 5 * 1024 * 1024;

export type FetchCatalogueError = 'notHttps' | 'network' | 'status' | 'tooLarge' | 'notJson';
export type FetchCatalogueResult =
  { ok: true; text: string } | { ok: false; error: FetchCatalogueError; status?: number };

// Plain http is allowed only for a server on this machine (tests, a local preview).
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** True for an https: URL, or http: on localhost / 127.0.0.1. */
export function isAllowedCatalogueUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' ||
    (parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname))
  );
}

/** The body as text, reading at most MAX_CATALOGUE_FILE_BYTES; null when it is longer. */
async function readText(response: Response): Promise<string | null> {
  if (response.body === null) return '';
  const chunks = await readCapped(response.body, MAX_CATALOGUE_FILE_BYTES);
  if (chunks === null) return null;
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}

/**
 * The text of the JSON file at `url`, or why it could not be had. Never throws. Sends no
 * credentials and bypasses the HTTP cache, so a team's updated file is what loads.
 */
export async function fetchCatalogueFile(
  url: string,
  fetchFn: typeof fetch = fetch,
): Promise<FetchCatalogueResult> {
  if (!isAllowedCatalogueUrl(url)) return { ok: false, error: 'notHttps' };
  let response: Response;
  try {
    response = await fetchFn(url, { credentials: 'omit', redirect: 'follow', cache: 'no-store' });
  } catch {
    // fetch rejects with a TypeError both when the browser is offline and when the host does
    // not allow this origin (CORS): a page cannot tell them apart, so both are 'network'.
    return { ok: false, error: 'network' };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, error: 'status', status: response.status };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_CATALOGUE_FILE_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, error: 'tooLarge' };
  }
  let text: string | null;
  try {
    text = await readText(response);
  } catch {
    // The connection dropped while the body was arriving.
    return { ok: false, error: 'network' };
  }
  if (text === null || text.length > MAX_CATALOGUE_FILE_BYTES)
    return { ok: false, error: 'tooLarge' };
  try {
    JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  return { ok: true, text };
}
