import { describe, expect, it } from 'vitest';

import { withoutStyleElements } from './render-mermaid';

describe('withoutStyleElements (the dev server’s render)', () => {
  it('moves every <style> text out of the markup, in order, and keeps the rest as it was', () => {
    const markup =
      '<svg id="m"><style>#m .node{fill:red}</style><g><text>a</text></g><style type="text/css">#m text{font:12px x}</style></svg>';
    expect(withoutStyleElements(markup)).toEqual({
      markup: '<svg id="m"><g><text>a</text></g></svg>',
      css: '#m .node{fill:red}\n#m text{font:12px x}',
    });
  });

  it('leaves markup without a <style> element unchanged, with no CSS', () => {
    expect(withoutStyleElements('<svg><g/></svg>')).toEqual({ markup: '<svg><g/></svg>', css: '' });
  });
});
