/**
 * Reading the seed document's text (docs/seed/chapter-17.zh.md) back: its sections and what a
 * quote prints. Used by provenance.test.ts to check every quote against the seed itself.
 */

/** A section's own text: from its heading to the next heading of any level. */
export interface SeedSection {
  id: string;
  /** All of the section's own text, normalised (see `normaliseSeed`). */
  text: string;
  /** The text outside table rows (prose, lists, code blocks), normalised. */
  prose: string;
  /** The table rows, each as its normalised cells; separator rows left out. */
  rows: string[][];
}

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef';
const cjkGap = new RegExp(`([${CJK}]) (?=[${CJK}])`, 'g');

/**
 * The seed's words without layout: markdown bold (`**`) dropped, whitespace runs collapsed to
 * one space, and the space a line wrap leaves between two CJK characters removed (the file is
 * wrapped at 80 columns, e.g. "性能敏感场景权\n重高").
 */
export function normaliseSeed(s: string): string {
  return s.replace(/\*\*/g, '').replace(/\s+/g, ' ').replace(cjkGap, '$1').trim();
}

const sectionHeading = /^#{2,4} (17(?:\.\d+)+) /;

/** The numbered sections (## 17.x, ### 17.x.y, #### 17.x.y.z) of the seed, each with its own text only. */
export function seedSections(markdown: string): Map<string, SeedSection> {
  const sections = new Map<string, SeedSection>();
  let current: { id: string; lines: string[] } | null = null;
  let fenced = false;
  const close = () => {
    if (!current) return;
    const isRow = (l: string) => l.trimStart().startsWith('|');
    sections.set(current.id, {
      id: current.id,
      text: normaliseSeed(current.lines.join('\n')),
      prose: normaliseSeed(current.lines.filter((l) => !isRow(l)).join('\n')),
      rows: current.lines
        .filter(isRow)
        .map((l) =>
          l
            .trim()
            .replace(/^\||\|$/g, '')
            .split('|')
            .map(normaliseSeed),
        )
        .filter((cells) => !cells.every((c) => /^:?-+:?$/.test(c))),
    });
  };
  for (const line of markdown.split('\n')) {
    if (line.trimStart().startsWith('```')) fenced = !fenced;
    if (!fenced && /^#{1,6} /.test(line)) {
      close();
      const id = sectionHeading.exec(line)?.[1];
      current = id ? { id, lines: [] } : null;
      continue;
    }
    current?.lines.push(line);
  }
  close();
  return sections;
}

const tokenChar = /[A-Za-z0-9.⭐]/;

/**
 * Whether `needle` occurs in `haystack` as a whole token: a quote that starts or ends with a
 * digit, letter or ⭐ may not continue a longer number, word or star run ("1" is not found in
 * "10", "⭐⭐⭐" not in "⭐⭐⭐⭐⭐").
 */
export function occursAsToken(haystack: string, needle: string): boolean {
  if (!needle) return false;
  const first = needle[0] ?? '';
  const last = needle.at(-1) ?? '';
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    const before = haystack[i - 1] ?? ' ';
    const after = haystack[i + needle.length] ?? ' ';
    const openOk = !tokenChar.test(first) || !tokenChar.test(before);
    const closeOk = !tokenChar.test(last) || !tokenChar.test(after);
    if (openOk && closeOk) return true;
  }
  return false;
}

/** A figure as a quote prints it, in the fact's unit. */
export interface PrintedFigure {
  min: number;
  max: number;
  orMore: boolean;
  approx: boolean;
}

const figure = /(~)?(\d+(?:\.\d+)?)(K)?(?:\s*-\s*(\d+(?:\.\d+)?)(K)?)?(\+)?\s*(ms|MB|s)?/g;

/**
 * The figures a quote prints: "110K+" → 110000 or more, "~512MB" → about 512, "1-2s" → 1000 to
 * 2000 (seconds in milliseconds), "6-10ms" → 6 to 10, "1" → 1.
 */
export function printedFigures(quote: string): PrintedFigure[] {
  return [...quote.matchAll(figure)].map((m) => {
    const scale = m[7] === 's' ? 1000 : 1;
    const a = Number(m[2]) * (m[3] ? 1000 : 1) * scale;
    const b = m[4] === undefined ? a : Number(m[4]) * (m[5] ? 1000 : 1) * scale;
    return { min: a, max: b, orMore: m[6] === '+', approx: m[1] === '~' };
  });
}

/** How many ⭐ a quote prints. */
export function printedStars(quote: string): number {
  return [...quote].filter((c) => c === '⭐').length;
}
