// Mermaid parses its own syntax inside labels, so HTML-escaping is not enough: a label such
// as `Vue"] --> X["injected` would add a node. Everything outside a small allowlist is
// written as mermaid's numeric entity `#<code>;`, which the renderer shows as the character.
const SAFE = /[A-Za-z0-9 \p{Script=Han}]/u;

/** A label safe to put inside `["…"]` of a mermaid flowchart: allowlisted characters as-is, all others as `#code;`. */
export function encodeLabel(label: string): string {
  let out = '';
  for (const ch of label) out += SAFE.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

// Inside a quoted mermaid label only the quote itself, mermaid's entity marker `#`, HTML's
// angle brackets and ampersand, the backtick (markdown strings), `%` (mermaid reads
// `%%{init …}%%` directives anywhere in the source, quotes or not), control characters and
// invisible format characters (bidi overrides, zero-width) and line separators can change
// what the source means or what a reader sees. Everything else stays readable.
const UNSAFE_IN_QUOTES = /["#<>&`\\%\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * A label for mermaid source people read (the ADR's Markdown): readable text, with only the
 * characters that could end or alter a quoted label written as `#code;`.
 */
export function readableLabel(label: string): string {
  let out = '';
  for (const ch of label) out += UNSAFE_IN_QUOTES.test(ch) ? `#${ch.codePointAt(0)};` : ch;
  return out;
}

/** A node id mermaid accepts: ASCII letters, digits and underscores only, never a keyword. */
export function safeId(raw: string): string {
  return `n_${raw.replace(/[^A-Za-z0-9]/g, '_')}`;
}
