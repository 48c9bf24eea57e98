import { encodeLabel, safeId } from './encode-label';

export type NodeShape = 'box' | 'decision' | 'round';
/** Visual state of a node or edge: on the taken path, on a path not taken, or a warning (the adjust loop). */
export type Emphasis = 'taken' | 'idle' | 'alert';

export interface FlowNode {
  id: string;
  label: string;
  shape: NodeShape;
  emphasis: Emphasis;
}

export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
  emphasis: Emphasis;
}

export interface Flowchart {
  direction: 'TD' | 'LR';
  nodes: FlowNode[];
  edges: FlowEdge[];
}

// Fixed styles, never built from data.
const CLASS_DEFS = [
  'classDef taken fill:#dbe7ff,stroke:#1d4ed8,stroke-width:3px,color:#0f172a',
  'classDef idle fill:#f1f4f9,stroke:#94a3b8,stroke-width:1px,color:#475569',
  'classDef alert fill:#fee2e2,stroke:#b91c1c,stroke-width:3px,color:#7f1d1d',
];
const EDGE_STYLE: Record<Emphasis, string> = {
  taken: 'stroke:#1d4ed8,stroke-width:3px',
  idle: 'stroke:#94a3b8,stroke-width:1px',
  alert: 'stroke:#b91c1c,stroke-width:3px',
};

function nodeText(node: FlowNode, encode: (label: string) => string): string {
  const id = safeId(node.id);
  const label = encode(node.label);
  if (node.shape === 'decision') return `  ${id}{"${label}"}`;
  if (node.shape === 'round') return `  ${id}("${label}")`;
  return `  ${id}["${label}"]`;
}

/**
 * Mermaid flowchart source for a chart model: one line per node and edge, styles from a fixed
 * set. Labels are entity-encoded beyond an allowlist for the app's renderer (encodeLabel), or
 * kept readable for source people read (readableLabel, the ADR).
 */
export function toMermaid(
  chart: Flowchart,
  encode: (label: string) => string = encodeLabel,
): string {
  const lines = [`flowchart ${chart.direction}`];
  for (const node of chart.nodes) lines.push(nodeText(node, encode));
  chart.edges.forEach((edge) => {
    const label = edge.label === undefined ? '' : `|"${encode(edge.label)}"|`;
    lines.push(`  ${safeId(edge.from)} -->${label} ${safeId(edge.to)}`);
  });
  lines.push(...CLASS_DEFS.map((c) => `  ${c}`));
  for (const emphasis of ['taken', 'idle', 'alert'] as const) {
    const ids = chart.nodes.filter((n) => n.emphasis === emphasis).map((n) => safeId(n.id));
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${emphasis}`);
  }
  chart.edges.forEach((edge, i) => lines.push(`  linkStyle ${i} ${EDGE_STYLE[edge.emphasis]}`));
  return lines.join('\n');
}

/** How many node and edge statements a mermaid source holds, counted the way mermaid would see them. */
export function countStatements(text: string): { nodes: number; edges: number } {
  const body = text.split('\n').slice(1);
  return {
    nodes: body.filter((l) => /^ {2}n_\w+(\[|\{|\()"/.test(l)).length,
    edges: body.filter((l) => l.includes('-->')).length,
  };
}
