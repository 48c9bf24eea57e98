// @vitest-environment node
// CompressionStream / DecompressionStream ('deflate-raw'), Blob.stream and Response are
// globals in Node ≥ 18, as in browsers.
import { describe, expect, it } from 'vitest';

import { withGateway, withPodman } from '../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import {
  CATALOGUE_FRAGMENT_KEY,
  decodeCatalogueLink,
  encodeCatalogueLink,
  LINK_CATALOGUE_LIMIT,
  MAX_DECOMPRESSED_BYTES,
} from './catalogue-link';

const seed = seedCatalogue;

async function deflate(data: string | Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

/** A payload made by hand: deflate-raw, base64url. */
async function payloadOf(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  return Buffer.from(await deflate(data)).toString('base64url');
}

/** The payload of an encoded link, failing when it was too large. */
async function encoded(catalogue: typeof seed): Promise<string> {
  const result = await encodeCatalogueLink(catalogue, seed);
  if (!('fragment' in result)) throw new Error(`too large: ${result.length}`);
  expect(result.fragment.startsWith(`${CATALOGUE_FRAGMENT_KEY}=`)).toBe(true);
  return result.fragment.slice(CATALOGUE_FRAGMENT_KEY.length + 1);
}

const untouched = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
};

describe('encodeCatalogueLink / decodeCatalogueLink', () => {
  it('round-trips the seed plus Podman in a short base64url payload', async () => {
    const payload = await encoded(withPodman(seed));
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(1000);
    expect(await decodeCatalogueLink(payload, seed)).toEqual({
      ok: true,
      catalogue: withPodman(seed),
    });
  });

  it('round-trips the seed plus a gateway layer with Kong and Traefik', async () => {
    const payload = await encoded(withGateway(seed));
    expect(payload.length).toBeLessThan(1000);
    const result = await decodeCatalogueLink(payload, seed);
    expect(result).toEqual({ ok: true, catalogue: withGateway(seed) });
    if (result.ok) expect(result.catalogue.layers).toHaveLength(7);
  });

  it('writes the seed itself as an empty patch against the seed', async () => {
    const payload = await encoded(seed);
    const bytes = new Uint8Array(Buffer.from(payload, 'base64url'));
    expect(JSON.parse(await inflate(bytes))).toEqual({ v: 1, base: 'seed', patch: {} });
    expect(await decodeCatalogueLink(payload, seed)).toEqual({ ok: true, catalogue: seed });
  });

  it('refuses to encode a catalogue whose payload passes the limit, saying how long it is', async () => {
    // Incompressible text: summaries from a simple generator.
    let x = 1;
    const noise = () =>
      Array.from({ length: 120 }, () => {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        return (x % 36).toString(36);
      }).join('');
    const big = {
      ...seed,
      technologies: seed.technologies.map((t) => ({ ...t, summary: { zh: noise(), en: noise() } })),
    };
    const result = await encodeCatalogueLink(big, seed);
    expect('tooLarge' in result && result.tooLarge).toBe(true);
    if ('tooLarge' in result) expect(result.length).toBeGreaterThan(LINK_CATALOGUE_LIMIT);
  });
});

describe('decodeCatalogueLink on tampered payloads', () => {
  it('refuses a payload longer than the limit before decoding it', async () => {
    expect(await decodeCatalogueLink('A'.repeat(LINK_CATALOGUE_LIMIT + 1), seed)).toEqual({
      ok: false,
      error: 'tooLarge',
    });
  });

  it('refuses text that is not base64url', async () => {
    for (const payload of ['', 'abc$%', 'ab+/', 'abc=', 'A', 'AAAAA']) {
      expect(await decodeCatalogueLink(payload, seed)).toEqual({ ok: false, error: 'encoding' });
    }
  });

  it('refuses a truncated payload and bytes that are not deflate data', async () => {
    const payload = await encoded(withPodman(seed));
    const truncated = payload.slice(0, Math.floor(payload.length / 2));
    expect(await decodeCatalogueLink(truncated, seed)).toEqual({ ok: false, error: 'encoding' });
    const garbage = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x12]).toString('base64url');
    expect(await decodeCatalogueLink(garbage, seed)).toEqual({ ok: false, error: 'encoding' });
  });

  it('refuses deflated bytes that are not UTF-8 as an encoding error', async () => {
    const payload = await payloadOf(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]));
    expect(await decodeCatalogueLink(payload, seed)).toEqual({ ok: false, error: 'encoding' });
  });

  it('refuses valid deflate of text that is not JSON', async () => {
    for (const text of ['hello', '{"v":1,', '']) {
      expect(await decodeCatalogueLink(await payloadOf(text), seed)).toEqual({
        ok: false,
        error: 'json',
      });
    }
  });

  it('refuses JSON of another version or base, naming the field', async () => {
    const v2 = await payloadOf(JSON.stringify({ v: 2, base: 'seed', patch: {} }));
    expect(await decodeCatalogueLink(v2, seed)).toEqual({
      ok: false,
      error: 'invalid',
      details: [{ path: 'v', value: '2', expected: 'exactly 1' }],
    });
    const other = await payloadOf(JSON.stringify({ v: 1, base: 'mine', patch: {} }));
    const result = await decodeCatalogueLink(other, seed);
    expect(result.ok === false && result.details?.map((d) => d.path)).toEqual(['base']);
  });

  it('refuses __proto__ keys in the patch, and nothing is polluted', async () => {
    const text =
      '{"v":1,"base":"seed","patch":{"technologies":{"upsert":[{"id":"x","__proto__":{"polluted":true}}]},"__proto__":{"polluted":true}}}';
    const result = await decodeCatalogueLink(await payloadOf(text), seed);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe('invalid');
      expect(result.details?.[0]?.expected).toBe(
        'no key named __proto__, constructor or prototype',
      );
    }
    untouched();
  });

  it('ignores a __proto__ key in the envelope and reads the rest', async () => {
    const text = '{"__proto__":{"polluted":true},"v":1,"base":"seed","patch":{}}';
    expect(await decodeCatalogueLink(await payloadOf(text), seed)).toEqual({
      ok: true,
      catalogue: seed,
    });
    untouched();
  });

  it('refuses a patch that makes an invalid catalogue, with every error and its path', async () => {
    const orphan = { ...withPodman(seed).technologies.at(-1)!, id: 'orphan', layer: 'gateway' };
    const reserved = { ...orphan, id: '__proto__', layer: 'runtime' };
    const text = JSON.stringify({
      v: 1,
      base: 'seed',
      patch: { technologies: { upsert: [orphan] } },
    });
    const result = await decodeCatalogueLink(await payloadOf(text), seed);
    expect(result).toEqual({
      ok: false,
      error: 'invalid',
      details: [
        {
          path: `technologies[${seed.technologies.length}].layer`,
          value: '"gateway"',
          expected: 'an existing layer id',
        },
      ],
    });
    // The JSON text holds "__proto__" as an id value, not a key: the id rule refuses it.
    const withReservedId = JSON.stringify({
      v: 1,
      base: 'seed',
      patch: { technologies: { upsert: [reserved] } },
    });
    const second = await decodeCatalogueLink(await payloadOf(withReservedId), seed);
    expect(second.ok === false && second.error).toBe('invalid');
    untouched();
  });

  it('refuses a 10 MB zip bomb by its payload length, without inflating it', async () => {
    const payload = await payloadOf(new Uint8Array(10 * 1024 * 1024));
    expect(payload.length).toBeGreaterThan(LINK_CATALOGUE_LIMIT);
    expect(await decodeCatalogueLink(payload, seed)).toEqual({ ok: false, error: 'tooLarge' });
  });

  it('stops inflating a bomb that fits the limit once it passes 2 MB', async () => {
    const payload = await payloadOf(new Uint8Array(5 * 1024 * 1024).fill(0x20));
    expect(payload.length).toBeLessThanOrEqual(LINK_CATALOGUE_LIMIT);
    expect(MAX_DECOMPRESSED_BYTES).toBe(2 * 1024 * 1024);
    expect(await decodeCatalogueLink(payload, seed)).toEqual({ ok: false, error: 'tooLarge' });
  });
});
