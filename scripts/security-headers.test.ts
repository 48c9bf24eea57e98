import { describe, expect, it } from 'vitest';

import viteConfig from '../vite.config.ts';
import {
  HEADERS_FILE,
  injectSecurityMeta,
  securityHeadersPlugin,
} from './security-headers-plugin.ts';
import {
  CSP_DIRECTIVES,
  cspText,
  headersFile,
  metaCspText,
  REFERRER_POLICY,
  securityHeaders,
} from './security-headers.ts';

/** A policy string back as directive → sources. */
function parsePolicy(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The `_headers` file back as header → value (one `/*` block). */
function parseHeadersFile(text: string): Record<string, string> {
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  expect(lines[0]).toBe('/*');
  return Object.fromEntries(
    lines.slice(1).map((line) => {
      expect(line).toMatch(/^ {2}\S/);
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }),
  );
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** The content of a `<meta http-equiv|name=…>` in built HTML. */
function metaContent(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:http-equiv|name)="${key}" content="([^"]*)" />`).exec(html);
  return tag ? decode(tag[1]!) : undefined;
}

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>x</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
</html>`;

describe('the policy', () => {
  const policy = parsePolicy(cspText());

  it('is strict: own scripts and styles only, nothing inline, no eval, no plugins, no base, no framing', () => {
    expect(policy).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    const sources = Object.values(policy).flat();
    expect(sources.filter((s) => s === '*' || /unsafe|nonce-|sha\d/.test(s))).toEqual([]);
  });

  it('writes each directive once, in declaration order', () => {
    expect(Object.keys(policy)).toEqual(Object.keys(CSP_DIRECTIVES));
  });

  it('leaves out of the meta tag exactly what a meta policy cannot carry', () => {
    const meta = parsePolicy(metaCspText());
    const { 'frame-ancestors': framing, ...rest } = policy;
    expect(framing).toEqual(["'none'"]);
    expect(meta).toEqual(rest);
  });

  it('sends nosniff, no referrer, no framing, a same-origin opener and no powerful features', () => {
    expect(securityHeaders()).toEqual({
      'Content-Security-Policy': cspText(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy':
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=()',
    });
  });
});

describe('the three deliveries agree', () => {
  const headers = securityHeaders();

  it('vite preview sends every header of the policy', () => {
    expect(viteConfig.preview?.headers).toEqual(headers);
  });

  it('the static hosts’ _headers file carries the same headers for every path', () => {
    expect(parseHeadersFile(headersFile())).toEqual(headers);
  });

  it('the built index.html carries the same CSP (less frame-ancestors) and referrer policy', () => {
    const html = injectSecurityMeta(INDEX);
    const csp = metaContent(html, 'Content-Security-Policy')!;
    const header = parsePolicy(headers['Content-Security-Policy']!);
    delete header['frame-ancestors'];
    expect(parsePolicy(csp)).toEqual(header);
    expect(metaContent(html, 'referrer')).toBe(headers['Referrer-Policy']);
  });

  it('puts the meta tags after <meta charset> and before every script', () => {
    const html = injectSecurityMeta(INDEX);
    const at = (needle: string) => html.indexOf(needle);
    expect(at('<meta charset')).toBeLessThan(at('Content-Security-Policy'));
    expect(at('Content-Security-Policy')).toBeLessThan(at('<script'));
    expect(at(`content="${REFERRER_POLICY}"`)).toBeLessThan(at('<script'));
    // Without a charset tag they open <head>.
    const bare = injectSecurityMeta('<html><head><script src="/a.js"></script></head></html>');
    expect(bare.indexOf('Content-Security-Policy')).toBeLessThan(bare.indexOf('<script'));
  });

  it('the plugin runs at build time only and emits _headers from the same source', () => {
    const plugin = securityHeadersPlugin();
    expect(plugin.apply).toBe('build');
    const emitted: { fileName?: string; source?: unknown }[] = [];
    const generate = plugin.generateBundle as unknown as (this: unknown) => void;
    generate.call({
      emitFile: (file: { fileName?: string; source?: unknown }) => emitted.push(file),
    });
    expect(emitted).toEqual([{ type: 'asset', fileName: HEADERS_FILE, source: headersFile() }]);
  });
});
