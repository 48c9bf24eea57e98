import { describe, expect, it } from 'vitest';

import { mdCell, mdFence, mdTable, mdText } from './markdown';

describe('markdown escaping', () => {
  it('keeps text on one line and stops raw HTML', () => {
    expect(mdText('a\nb\r\nc\rd <script>')).toBe('a b c d &lt;script>');
  });

  it('escapes pipes and backslashes in table cells', () => {
    expect(mdCell('K3s | crun \\ x\ny')).toBe('K3s \\| crun \\\\ x y');
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
