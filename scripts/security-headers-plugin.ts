import type { Plugin } from 'vite';

import { headersFile, metaCspText, REFERRER_POLICY } from './security-headers.ts';

/** The generated static-host header file's name in the build output. */
export const HEADERS_FILE = '_headers';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The `<meta>` tags that carry the policy in the page: the CSP (meta subset) and the referrer policy. */
export function securityMetaTags(): string {
  return [
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(metaCspText())}" />`,
    `<meta name="referrer" content="${escapeAttribute(REFERRER_POLICY)}" />`,
  ].join('\n    ');
}

/**
 * Puts the meta tags right after `<meta charset>` (a meta CSP governs only what follows it,
 * so it must precede every script and stylesheet), else first in `<head>`.
 */
export function injectSecurityMeta(html: string): string {
  const tags = securityMetaTags();
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${tags}${html.slice(end)}`;
  }
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tags}`);
}

/**
 * Delivers the policy of scripts/security-headers.ts with the build: the CSP (without its
 * header-only directives) and the referrer policy as `<meta>` tags in the built index.html,
 * and `_headers` for static hosts next to it. Build only: Vite's dev server injects inline
 * scripts (React Refresh's preamble, the HMR client), which the policy's `script-src 'self'`
 * would block, so `npm run dev` runs without a policy. `vite preview` sends the same policy
 * as headers (preview.headers in vite.config.ts).
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'security-headers',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: injectSecurityMeta },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: headersFile() });
    },
  };
}
