// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';

import {
  fetchCatalogueFile,
  isAllowedCatalogueUrl,
  MAX_CATALOGUE_FILE_BYTES,
} from './fetch-catalogue';

const URL_OK = 'https://raw.example.com/team/catalogue.json';

/** A fake fetch answering every request with `make()`, recording its calls. */
function fakeFetch(make: () => Response | Promise<Response>) {
  return vi.fn<typeof fetch>(async () => make());
}

/** A body that arrives in the given chunks, then optionally fails. */
function streamOf(chunks: Uint8Array[], failAtEnd = false): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else if (failAtEnd) controller.error(new TypeError('connection reset'));
      else controller.close();
    },
  });
}

describe('isAllowedCatalogueUrl', () => {
  it('allows https anywhere and http only on this machine', () => {
    expect(isAllowedCatalogueUrl(URL_OK)).toBe(true);
    expect(isAllowedCatalogueUrl('http://localhost:4173/c.json')).toBe(true);
    expect(isAllowedCatalogueUrl('http://127.0.0.1/c.json')).toBe(true);
    for (const url of [
      'http://example.com/c.json',
      'http://localhost.example.com/c.json',
      'ftp://example.com/c.json',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:application/json,{}',
      'not a url',
      '',
    ])
      expect(isAllowedCatalogueUrl(url)).toBe(false);
  });
});

describe('fetchCatalogueFile', () => {
  it('returns the text of a JSON file, asking without credentials or cache and following redirects', async () => {
    const fetchFn = fakeFetch(() => new Response('{"layers":[]}', { status: 200 }));
    expect(await fetchCatalogueFile(URL_OK, fetchFn)).toEqual({ ok: true, text: '{"layers":[]}' });
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(fetchFn).toHaveBeenCalledWith(URL_OK, {
      credentials: 'omit',
      redirect: 'follow',
      cache: 'no-store',
    });
  });

  it('refuses a URL that is not https without fetching it', async () => {
    const fetchFn = fakeFetch(() => new Response('{}'));
    for (const url of ['http://example.com/c.json', 'file:///c.json', 'nonsense']) {
      expect(await fetchCatalogueFile(url, fetchFn)).toEqual({ ok: false, error: 'notHttps' });
    }
    expect(fetchFn).not.toHaveBeenCalled();
    expect(await fetchCatalogueFile('http://localhost:5173/c.json', fetchFn)).toEqual({
      ok: true,
      text: '{}',
    });
  });

  it('reports a rejected fetch (CORS refusal or offline) as network', async () => {
    const refused = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchCatalogueFile(URL_OK, refused)).toEqual({ ok: false, error: 'network' });
    const aborted = vi.fn<typeof fetch>(async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    expect(await fetchCatalogueFile(URL_OK, aborted)).toEqual({ ok: false, error: 'network' });
  });

  it('reports a non-2xx answer with its status', async () => {
    for (const status of [404, 403, 500]) {
      const fetchFn = fakeFetch(() => new Response('Not Found', { status }));
      expect(await fetchCatalogueFile(URL_OK, fetchFn)).toEqual({
        ok: false,
        error: 'status',
        status,
      });
    }
  });

  it('refuses a declared length over 5 MB without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const fetchFn = fakeFetch(
      () =>
        new Response(body, {
          headers: { 'content-length': String(MAX_CATALOGUE_FILE_BYTES + 1) },
        }),
    );
    expect(await fetchCatalogueFile(URL_OK, fetchFn)).toEqual({ ok: false, error: 'tooLarge' });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a body without a length once it passes 5 MB', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
      },
    });
    const fetchFn = fakeFetch(() => new Response(body));
    expect(await fetchCatalogueFile(URL_OK, fetchFn)).toEqual({ ok: false, error: 'tooLarge' });
    expect(sent).toBeLessThanOrEqual(MAX_CATALOGUE_FILE_BYTES + 2 * 1024 * 1024);
  });

  it('accepts a body of exactly 5 MB', async () => {
    const text = `"${' '.repeat(MAX_CATALOGUE_FILE_BYTES - 2)}"`;
    const fetchFn = fakeFetch(() => new Response(text));
    const result = await fetchCatalogueFile(URL_OK, fetchFn);
    expect(result.ok && result.text.length).toBe(MAX_CATALOGUE_FILE_BYTES);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"zh":"编排层"}');
    const fetchFn = fakeFetch(
      () => new Response(streamOf([bytes.slice(0, 8), bytes.slice(8, 9), bytes.slice(9)])),
    );
    expect(await fetchCatalogueFile(URL_OK, fetchFn)).toEqual({
      ok: true,
      text: '{"zh":"编排层"}',
    });
  });

  it('reports a body that breaks off as network', async () => {
    const fetchFn = fakeFetch(() => new Response(streamOf([new Uint8Array([0x7b])], true)));
    expect(await fetchCatalogueFile(URL_OK, fetchFn)).toEqual({ ok: false, error: 'network' });
  });

  it('refuses text that is not JSON (an HTML error page, an empty body)', async () => {
    for (const text of ['<!doctype html><title>Login</title>', '', '{"a":']) {
      const fetchFn = fakeFetch(() => new Response(text));
      expect(await fetchCatalogueFile(URL_OK, fetchFn)).toEqual({ ok: false, error: 'notJson' });
    }
  });
});
