import { describe, expect, it } from 'vitest';

import { format } from './messages';

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('picks the English word form by the number (Intl.PluralRules)', () => {
    const t = 'Radar chart of {n} {n:stack|stacks}.';
    expect(format(t, { n: 1 })).toBe('Radar chart of 1 stack.');
    expect(format(t, { n: 0 })).toBe('Radar chart of 0 stacks.');
    expect(format(t, { n: 3 })).toBe('Radar chart of 3 stacks.');
    expect(format('{n:one|other}', {})).toBe('{n:one|other}');
  });

  it('never reads a value’s braces as a placeholder', () => {
    expect(format('{name} has {n} {n:fact|facts}', { name: '{n}', n: 1 })).toBe('{n} has 1 fact');
  });
});
