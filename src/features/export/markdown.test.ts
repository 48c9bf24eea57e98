import { marked } from 'marked';
import { describe, expect, it } from 'vitest';

import { mdCell, mdFence, mdInline, mdTable, mdText } from './markdown';

describe('markdown escaping', () => {
  it('keeps text on one line and stops raw HTML', () => {
    expect(mdText('a\nb\r\nc\rd <script>')).toBe('a b c d &lt;script>');
    expect(mdText('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror="alert(1)">');
    expect(mdText('<javascript:alert(1)>')).toBe('&lt;javascript:alert(1)>');
  });

  it('escapes pipes and backslashes in table cells', () => {
    expect(mdCell('K3s | crun \\ x\ny')).toBe('K3s \\| crun \\\\ x y');
    expect(mdCell('x |\n| --- |\n| injected |')).toBe('x \\| \\| --- \\| \\| injected \\|');
  });

  it('writes a table with escaped cells and right-aligned numbers', () => {
    expect(mdTable(['Name', 'Score'], [['a|b', '72.3']], ['left', 'right'])).toEqual([
      '| Name | Score |',
      '| --- | ---: |',
      '| a\\|b | 72.3 |',
    ]);
  });

  it('fences code with more backticks than it contains', () => {
    expect(mdFence('mermaid', 'flowchart TD')).toEqual(['```mermaid', 'flowchart TD', '```']);
    expect(mdFence('', 'a ```` b')).toEqual(['`````', 'a ```` b', '`````']);
  });
});

describe('markdown escaping of hostile catalogue text', () => {
  it('makes no link, image, reference or autolink', () => {
    expect(mdText('[click me](javascript:alert(1))')).toBe('\\[click me\\](javascript:alert(1))');
    expect(mdText('![x](https://x.invalid/t.png)')).toBe('!\\[x\\](https\\://x.invalid/t.png)');
    expect(mdText('[a]: javascript:alert(1)')).toBe('\\[a\\]: javascript:alert(1)');
    // An escape in the text is itself escaped: it cannot un-escape our bracket.
    expect(mdText('\\[x\\](javascript:alert(1))')).toBe('\\\\\\[x\\\\\\](javascript:alert(1))');
  });

  it('writes & as an entity, so entities in the text read as typed', () => {
    expect(mdText('&lt;script&gt; &#60;b&#62;')).toBe('&amp;lt;script&amp;gt; &amp;#60;b&amp;#62;');
    expect(mdText('R&D <b>')).toBe('R&amp;D &lt;b>');
  });

  it('makes no code span, fence or emphasis', () => {
    expect(mdText('`code` ```')).toBe('\\`code\\` \\`\\`\\`');
    expect(mdText('~~~ **b** __u__ ~~s~~')).toBe(
      '\\~\\~\\~ \\*\\*b\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~',
    );
  });

  it('makes no heading, quote, list or rule when the text starts a line', () => {
    expect(mdText('# Injected')).toBe('\\# Injected');
    expect(mdText('###### h6')).toBe('\\###### h6');
    expect(mdText('> quoted')).toBe('\\> quoted');
    expect(mdText('| a | b |')).toBe('\\| a | b |');
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('+ item')).toBe('\\+ item');
    expect(mdText('1. item')).toBe('1\\. item');
    expect(mdText('12) item')).toBe('12\\) item');
    expect(mdText('====')).toBe('\\====');
    expect(mdText('---')).toBe('\\---');
    expect(mdText('name\n## Injected heading')).toBe('name ## Injected heading');
  });

  it('keeps numbers and words that open no block as they are', () => {
    expect(mdText('-5.0')).toBe('-5.0');
    expect(mdText('1.5 points')).toBe('1.5 points');
    expect(mdText('#1 of 60')).toBe('#1 of 60');
    expect(mdText('C# + F#')).toBe('C# + F#');
    expect(mdText('1000–2000 ms > 10 ms')).toBe('1000–2000 ms > 10 ms');
    // Inside a line (mdInline) a leading marker needs no escape.
    expect(mdInline('- item')).toBe('- item');
    expect(mdCell('-1.5')).toBe('-1.5');
  });

  it('replaces control and bidi characters with U+FFFD and tabs with spaces', () => {
    expect(mdText('a\u0000b\u001B[31mred\u007F\u009B')).toBe('a\uFFFDb\uFFFD\\[31mred\uFFFD\uFFFD');
    expect(mdText('safe\u202Egnp.exe \u2066x\u2069')).toBe('safe\uFFFDgnp.exe \uFFFDx\uFFFD');
    expect(mdText('a\tb\u2028c\u0085d')).toBe('a b c d');
    // Zero-width joiners stay: emoji sequences need them.
    expect(mdText('👨\u200D👩')).toBe('👨\u200D👩');
  });

  it('writes bold table cells from plain text, escaped inside', () => {
    expect(mdTable(['a'], [[{ strong: 'Total *x*' }]])).toEqual([
      '| a |',
      '| --- |',
      '| **Total \\*x\\*** |',
    ]);
  });
});

describe('markdown escaping of addresses GFM would make links of', () => {
  /** The HTML a GFM renderer (marked, as GitHub) makes of a paragraph. */
  const html = (md: string) => (marked.parse(md, { async: false, gfm: true }) as string).trim();

  it('escapes the one character that makes each autolink, and GFM renders plain text', () => {
    const cases: [string, string, string][] = [
      ['https://evil.example/phish', 'https\\://evil.example/phish', 'https://evil.example/phish'],
      ['HTTPS://evil.example', 'HTTPS\\://evil.example', 'HTTPS://evil.example'],
      ['ftp://files.evil.example/x', 'ftp\\://files.evil.example/x', 'ftp://files.evil.example/x'],
      ['www.evil.example/login', 'www\\.evil.example/login', 'www.evil.example/login'],
      ['WWW.evil.example', 'WWW\\.evil.example', 'WWW.evil.example'],
      ['go to xwww.evil.example', 'go to xwww\\.evil.example', 'go to xwww.evil.example'],
      ['attacker@evil.example', 'attacker\\@evil.example', 'attacker@evil.example'],
      ['a_b@evil.example', 'a\\_b\\@evil.example', 'a_b@evil.example'],
      [
        'mailto:attacker@evil.example',
        'mailto:attacker\\@evil.example',
        'mailto:attacker@evil.example',
      ],
      ['<https://evil.example>', '&lt;https\\://evil.example>', '&lt;https://evil.example&gt;'],
      ['<attacker@evil.example>', '&lt;attacker\\@evil.example>', '&lt;attacker@evil.example&gt;'],
    ];
    for (const [text, escaped, rendered] of cases) {
      expect(mdText(text), text).toBe(escaped);
      expect(html(mdText(text)), text).toBe(`<p>${rendered}</p>`);
      expect(html(`| ${mdCell(text)} |\n| --- |`), text).not.toContain('<a ');
    }
  });

  it('leaves colons, dots and at signs that make no link as they are', () => {
    for (const text of [
      'K3s: lightweight',
      'Ratio 3:1 at 10:00',
      'see @alice',
      'C++ @ scale',
      'v1.2.www',
    ])
      expect(mdText(text)).toBe(text);
    // Unescaped, GFM would have made each a link: the escapes above are needed.
    for (const text of ['https://evil.example', 'www.evil.example', 'a@evil.example'])
      expect(html(text)).toContain('<a ');
  });
});
