import { z } from 'zod';

import { type CatalogueError, zodIssuesToErrors } from '../catalogue/catalogue-errors';
import { applyPatch, makePatch } from '../catalogue/patch';
import type { Catalogue } from '../catalogue/types';
import { validateCatalogue } from '../catalogue/validate';
import { readCapped } from './read-capped';

/**
 * A custom catalogue in a share link's fragment (never sent to a server): the patch against
 * the seed catalogue, as JSON `{ v: 1, base: 'seed', patch }`, deflate-raw compressed
 * (CompressionStream), base64url without padding: `#…&catalogue=<payload>`. A catalogue a
 * few technologies away from the seed gives a short payload; a larger one is refused here
 * (the caller offers the export instead).
 */

/** The longest payload (characters after `catalogue=`) a link may carry; longer is refused both ways. */
export const LINK_CATALOGUE_LIMIT = 8000;
/** Decompression stops above this many bytes: a tiny payload may inflate enormously. */
export const MAX_DECOMPRESSED_BYTES = 2 * 1024 * 1024;
/** The fragment parameter that carries the payload. */
export const CATALOGUE_FRAGMENT_KEY = 'catalogue';

export type EncodeLinkResult = { fragment: string } | { tooLarge: true; length: number };
export type DecodeLinkError = 'tooLarge' | 'encoding' | 'json' | 'invalid';
export type DecodeLinkResult =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; error: DecodeLinkError; details?: CatalogueError[] };

const envelopeSchema = z.object({ v: z.literal(1), base: z.literal('seed'), patch: z.unknown() });

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url text, or null when it is not base64url. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function deflate(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated bytes, 'tooLarge' past the cap (reading stops there), 'encoding' on bad data. */
async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array | 'tooLarge' | 'encoding'> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  let chunks: Uint8Array[] | null;
  try {
    chunks = await readCapped(stream, MAX_DECOMPRESSED_BYTES);
  } catch {
    return 'encoding';
  }
  if (chunks === null) return 'tooLarge';
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The link payload of `catalogue` (its patch against `seed`), or tooLarge with the length it would have. */
export async function encodeCatalogueLink(
  catalogue: Catalogue,
  seed: Catalogue,
): Promise<EncodeLinkResult> {
  const json = JSON.stringify({ v: 1, base: 'seed', patch: makePatch(seed, catalogue) });
  const payload = toBase64Url(await deflate(json));
  if (payload.length > LINK_CATALOGUE_LIMIT) return { tooLarge: true, length: payload.length };
  return { fragment: `${CATALOGUE_FRAGMENT_KEY}=${payload}` };
}

/**
 * The catalogue a link payload describes, validated whole (shape and cross-references).
 * Never throws: every failure is an error code; 'invalid' lists every problem with its path.
 */
export async function decodeCatalogueLink(
  payload: string,
  seed: Catalogue,
): Promise<DecodeLinkResult> {
  try {
    if (payload.length > LINK_CATALOGUE_LIMIT) return { ok: false, error: 'tooLarge' };
    const bytes = fromBase64Url(payload);
    if (bytes === null) return { ok: false, error: 'encoding' };
    const inflated = await inflate(bytes);
    if (typeof inflated === 'string') return { ok: false, error: inflated };
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    } catch (e) {
      // A TypeError is invalid UTF-8, a SyntaxError (or RangeError when nested) bad JSON.
      return { ok: false, error: e instanceof TypeError ? 'encoding' : 'json' };
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success) {
      return {
        ok: false,
        error: 'invalid',
        details: zodIssuesToErrors(envelope.error.issues, json),
      };
    }
    const applied = applyPatch(seed, envelope.data.patch);
    if (!applied.ok) return { ok: false, error: 'invalid', details: applied.errors };
    // The catalogue is rebuilt from known fields only (zod drops anything else).
    const checked = validateCatalogue(applied.value);
    if (!checked.ok) return { ok: false, error: 'invalid', details: checked.errors };
    return { ok: true, catalogue: checked.catalogue };
  } catch {
    // Defence in depth: a platform without CompressionStream, or a bug, is still a result.
    return { ok: false, error: 'encoding' };
  }
}
