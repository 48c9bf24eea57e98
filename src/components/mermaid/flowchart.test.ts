import { describe, expect, it } from 'vitest';

import { paletteFor } from './diagram-palette';
import { countStatements, restyleSource, toMermaid, type Flowchart } from './flowchart';

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

describe('groups', () => {
  const grouped: Flowchart = {
    direction: 'TD',
    nodes: [
      { id: 'q1', label: 'Level 1', shape: 'hexagon', emphasis: 'taken' },
      { id: 'a', label: 'A', shape: 'box', emphasis: 'taken' },
      { id: 'q2', label: 'Level 2', shape: 'hexagon', emphasis: 'taken' },
    ],
    edges: [
      { from: 'q1', to: 'a', label: 'else', emphasis: 'taken' },
      { from: 'level 1', to: 'level 2', emphasis: 'taken' },
    ],
    groups: [
      { id: 'level 1', nodes: ['q1', 'a'], direction: 'LR' },
      { id: 'level 2', nodes: ['q2'], direction: 'LR' },
    ],
  };

  it('writes each group as a subgraph in its own direction, linked group to group', () => {
    expect(toMermaid(grouped).split('\n').slice(0, 12)).toEqual([
      'flowchart TD',
      '  subgraph g_level_1[" "]',
      '    direction LR',
      '    n_q1{{"Level 1"}}',
      '    n_a["A"]',
      '  end',
      '  subgraph g_level_2[" "]',
      '    direction LR',
      '    n_q2{{"Level 2"}}',
      '  end',
      '  n_q1 -->|"else"| n_a',
      '  g_level_1 --> g_level_2',
    ]);
    expect(toMermaid(grouped)).toContain('\n  class g_level_1,g_level_2 group\n');
    expect(countStatements(toMermaid(grouped))).toEqual({ nodes: 3, edges: 2 });
  });
});

describe('restyleSource', () => {
  it('gives the same source as writing the chart in that palette', () => {
    for (const label of ['Start', 'x"]\n  classDef taken fill:#fff']) {
      const light = toMermaid(chart(label));
      expect(restyleSource(light, paletteFor('dark'))).toBe(
        toMermaid(chart(label), undefined, paletteFor('dark')),
      );
      expect(restyleSource(light, paletteFor('light'))).toBe(light);
    }
  });

  it('restyles groups too and leaves every other line alone', () => {
    const dark = restyleSource(
      ['flowchart TD', '  n_a["linkStyle 0 x"]', '  linkStyle 0 stroke:#123456'].join('\n'),
      paletteFor('dark'),
    );
    expect(dark).toBe(
      ['flowchart TD', '  n_a["linkStyle 0 x"]', '  linkStyle 0 stroke:#123456'].join('\n'),
    );
    expect(
      restyleSource(
        '  classDef group fill:#ffffff,stroke:#cbd5e1,stroke-width:1px',
        paletteFor('dark'),
      ),
    ).toBe('  classDef group fill:#111a2e,stroke:#3a4c70,stroke-width:1px');
  });
});
