/** Small Markdown writers that keep catalogue and user text from breaking the document. */

/** Text on one line: newlines become spaces, "<" cannot open HTML. */
export function mdText(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/</g, '&lt;')
    .trim();
}

/** Text for a table cell: one line, with backslashes and pipes escaped so columns stay put. */
export function mdCell(text: string): string {
  return mdText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

export type Align = 'left' | 'right';

/** A GitHub-flavoured Markdown table; every cell is escaped, numbers can be right-aligned. */
export function mdTable(head: string[], rows: string[][], align: Align[] = []): string[] {
  const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  const rule = head.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [line(head), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}

/** A fenced code block whose fence is longer than any backtick run in the code. */
export function mdFence(language: string, code: string): string[] {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, code, fence];
}
