import { describe, expect, it, vi } from 'vitest';

import {
  displayUrl,
  MAX_SHOWN_URL_LENGTH,
  dropTeamParam,
  hostOf,
  searchWithoutTeamParam,
  teamCatalogueUrl,
  urlSubject,
} from './team-link';

describe('teamCatalogueUrl', () => {
  it('reads ?catalogue=, trimmed; none when absent, empty or absurdly long', () => {
    expect(teamCatalogueUrl('?v=1&catalogue=https%3A%2F%2Fx.dev%2Fteam.json&n=5')).toBe(
      'https://x.dev/team.json',
    );
    expect(teamCatalogueUrl('?catalogue=%20https://x.dev/a.json%20')).toBe('https://x.dev/a.json');
    expect(teamCatalogueUrl('?v=1&n=5')).toBeNull();
    expect(teamCatalogueUrl('?catalogue=')).toBeNull();
    expect(teamCatalogueUrl(`?catalogue=https://x.dev/${'a'.repeat(3000)}`)).toBeNull();
  });
});

describe('searchWithoutTeamParam', () => {
  it('drops only the catalogue parameter and keeps every other part as written', () => {
    expect(searchWithoutTeamParam('?v=1&catalogue=https://x/y.json&w=4,3,2&n=5')).toBe(
      '?v=1&w=4,3,2&n=5',
    );
    expect(searchWithoutTeamParam('?catalogue=https://x/y.json')).toBe('');
    expect(searchWithoutTeamParam('?%63atalogue=a&lang=zh')).toBe('?lang=zh');
    expect(searchWithoutTeamParam('?v=1&%E0%A4%A=1')).toBe('?v=1&%E0%A4%A=1');
    expect(searchWithoutTeamParam('')).toBe('');
  });
});

describe('dropTeamParam', () => {
  const fakeWindow = (search: string, hash = '') => ({
    location: { pathname: '/app/', search, hash } as Location,
    history: { state: { k: 1 }, replaceState: vi.fn() } as unknown as History,
  });

  it('rewrites the address without it, keeping the rest of the query and the hash', () => {
    const win = fakeWindow('?v=1&catalogue=https://x/y.json&n=5', '#catalogue=abc');
    dropTeamParam(win);
    expect(win.history.replaceState).toHaveBeenCalledWith(
      { k: 1 },
      '',
      '/app/?v=1&n=5#catalogue=abc',
    );
  });

  it('leaves an address without it alone', () => {
    const win = fakeWindow('?v=1&n=5');
    dropTeamParam(win);
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });
});

describe('hostOf, displayUrl, urlSubject', () => {
  it('name the host as contacted, the address as requested and the file', () => {
    expect(hostOf('https://raw.example.dev:8443/team/catalogue.json')).toBe('raw.example.dev:8443');
    expect(hostOf('https://bücher.example/x.json')).toBe('xn--bcher-kva.example');
    expect(hostOf('not a url')).toBe('not a url');
    expect(displayUrl('https://x.dev/a b/ü.json')).toBe('https://x.dev/a%20b/%C3%BC.json');
    expect(urlSubject('https://x.dev/team/catalogue.json?ref=main')).toBe('catalogue.json');
    expect(urlSubject('https://x.dev/')).toBe('x.dev');
  });

  it('shows no address that is not http(s): a link’s words are not repeated', () => {
    // Parses as a URL of scheme "urgent:" — text, not an address.
    expect(displayUrl('URGENT: your licence expired. Call support on +1 555 0100 now')).toBeNull();
    expect(displayUrl('Call support on +1 555 0100')).toBeNull();
    expect(displayUrl('javascript:alert(1)')).toBeNull();
    expect(displayUrl('data:text/plain,URGENT call support')).toBeNull();
    expect(displayUrl('mailto:help@evil.example?subject=URGENT')).toBeNull();
    expect(displayUrl('file:///etc/passwd')).toBeNull();
    expect(displayUrl('https://')).toBeNull();
    // An http(s) address is shown as requested, its words percent-encoded.
    expect(displayUrl('http://example.com/x.json')).toBe('http://example.com/x.json');
    expect(displayUrl('https://x.dev/URGENT call +1 555')).toBe(
      'https://x.dev/URGENT%20call%20+1%20555',
    );
  });

  it('shortens a long address to MAX_SHOWN_URL_LENGTH characters', () => {
    const long = `https://x.dev/${'a'.repeat(300)}.json`;
    const shown = displayUrl(long)!;
    expect(shown).toHaveLength(MAX_SHOWN_URL_LENGTH);
    expect(shown).toBe(`${long.slice(0, MAX_SHOWN_URL_LENGTH - 1)}…`);
    const fits = `https://x.dev/${'a'.repeat(MAX_SHOWN_URL_LENGTH - 14)}`;
    expect(fits).toHaveLength(MAX_SHOWN_URL_LENGTH);
    expect(displayUrl(fits)).toBe(fits);
  });
});
