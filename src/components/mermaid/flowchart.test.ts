import { describe, expect, it } from 'vitest';

import { countStatements, toMermaid, type Flowchart } from './flowchart';

const chart = (label: string): Flowchart => ({
  direction: 'TD',
  nodes: [
    { id: 'a', label, shape: 'box', emphasis: 'taken' },
    { id: 'b', label: 'B', shape: 'decision', emphasis: 'idle' },
    { id: 'c', label: 'C', shape: 'round', emphasis: 'alert' },
  ],
  edges: [
    { from: 'a', to: 'b', emphasis: 'taken' },
    { from: 'b', to: 'c', label, emphasis: 'alert' },
  ],
});

describe('toMermaid', () => {
  it('writes nodes, edges, classes and link styles in order', () => {
    expect(toMermaid(chart('Start'))).toBe(
      [
        'flowchart TD',
        '  n_a["Start"]',
        '  n_b{"B"}',
        '  n_c("C")',
        '  n_a --> n_b',
        '  n_b -->|"Start"| n_c',
        '  classDef taken fill:#dbe7ff,stroke:#1d4ed8,stroke-width:3px,color:#0f172a',
        '  classDef idle fill:#f1f4f9,stroke:#94a3b8,stroke-width:1px,color:#475569',
        '  classDef alert fill:#fee2e2,stroke:#b91c1c,stroke-width:3px,color:#7f1d1d',
        '  class n_a taken',
        '  class n_b idle',
        '  class n_c alert',
        '  linkStyle 0 stroke:#1d4ed8,stroke-width:3px',
        '  linkStyle 1 stroke:#b91c1c,stroke-width:3px',
      ].join('\n'),
    );
  });

  it.each([
    ['quotes and brackets', 'Vue"] --> X["injected'],
    ['an arrow', 'a --> b --> c'],
    ['an init directive', '%%{init: {"securityLevel": "loose"}}%%'],
    ['a script tag', '<script>alert(1)</script>'],
    ['a javascript: link', 'javascript:alert(1)'],
    ['a click directive', 'x"]\n  click n_a "javascript:alert(1)"\n  y["'],
    ['statement separators', 'a; b ; n_z["z"]'],
  ])('keeps the node and edge count with %s in a label', (_name, hostile) => {
    const text = toMermaid(chart(hostile));
    expect(countStatements(text)).toEqual({ nodes: 3, edges: 2 });
    expect(text.split('\n')).toHaveLength(14);
    expect(text).not.toMatch(/<script|javascript:|%%\{/i);
  });
});
