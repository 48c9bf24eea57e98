/** Small Markdown writers that keep catalogue and user text from breaking the document. */

// Characters a text must not carry into a Markdown file: C0/C1 controls (terminal escapes,
// NUL) and the bidi embeddings, overrides and isolates that reorder what a reader sees
// ("Trojan source"). Each becomes U+FFFD, so the reader sees that something was there.
const INVISIBLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

// Inline punctuation that opens a Markdown construct: links and images ([ ] !), code spans
// (`), emphasis (* _ ~) and escapes (\). Escaped with a backslash, they read as themselves.
const INLINE = /[\\`*_[\]~]/g;

// What GitHub-flavoured Markdown (GitHub, marked) turns into a link with no brackets at all: a
// scheme before `//` (https://, ftp://), `www.` and an e-mail address (also after mailto: or
// xmpp:). Escaping the one character that makes each — `https\://`, `www\.`, `a\@b` — leaves
// plain text that still reads as typed; a colon in a sentence ("K3s: lightweight") stays.
const AUTOLINK = /:(?=\/\/)|(?<=www)\.|(?<=[\w.+-])@(?=[\w-])/gi;

// What opens a block when a text starts a line: an ATX heading (#), a quote (>), a table row
// (|), a list item (- + * or "1." "1)" before a space), a setext underline (=== or ---). Numbers such as -5.0
// or 1.5 start no block and stay as they are.
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|[>|]|[-+*=](?=\s|$)|\d{1,9}[.)](?=\s|$)|[-=]+\s*$)/;

/**
 * Text inside a line that reads as itself: newlines become spaces, control and bidi
 * characters U+FFFD, `&` and `<` entities (no raw HTML, autolinks or entity tricks), and
 * Markdown's inline punctuation backslash-escaped (no links, images, code spans, emphasis),
 * and no bare URL, `www.` address or e-mail address that GFM would make a link of.
 */
export function mdInline(text: string): string {
  return text
    .replace(/\r\n|[\r\n\t\u2028\u2029\u0085]/g, ' ')
    .replace(INVISIBLE, '\uFFFD')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(INLINE, '\\$&')
    .replace(AUTOLINK, '\\$&');
}

/**
 * mdInline, and a leading block marker escaped too: safe where the text may start a line
 * (no heading, quote or list item of its own).
 */
export function mdText(text: string): string {
  return mdInline(text).replace(BLOCK_START, (marker) =>
    /^\d/.test(marker) ? marker.replace(/[.)]$/, '\\$&') : `\\${marker}`,
  );
}

/** Text for a table cell: one line, with pipes escaped so columns stay put. */
export function mdCell(text: string): string {
  return mdInline(text).replace(/\|/g, '\\|');
}

export type Align = 'left' | 'right';

/** A table cell: text, or text in bold (`{ strong }`, e.g. a total row). */
export type Cell = string | { strong: string };

const cell = (c: Cell) => (typeof c === 'string' ? mdCell(c) : `**${mdCell(c.strong)}**`);

/** A GitHub-flavoured Markdown table; every cell is escaped, numbers can be right-aligned. */
export function mdTable(head: string[], rows: Cell[][], align: Align[] = []): string[] {
  const line = (cells: Cell[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = head.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [line(head), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}

/** A fenced code block whose fence is longer than any backtick run in the code. */
export function mdFence(language: string, code: string): string[] {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, code, fence];
}
