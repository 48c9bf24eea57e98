import { paletteFor, type DiagramPalette } from './diagram-palette';
import { encodeLabel, safeId } from './encode-label';

export type NodeShape = 'box' | 'decision' | 'round' | 'hexagon';
/** Visual state of a node or edge: on the taken path, on a path not taken, or a warning (the adjust loop). */
export type Emphasis = 'taken' | 'idle' | 'alert';

export interface FlowNode {
  id: string;
  label: string;
  shape: NodeShape;
  emphasis: Emphasis;
}

/** An edge between two nodes, or between two groups (the ids of groups are looked up first). */
export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
  emphasis: Emphasis;
}

/**
 * Nodes drawn together on one card, laid out in their own direction. Mermaid honours a group's
 * direction only while no edge leaves it from an inner node: link groups to groups instead.
 */
export interface FlowGroup {
  id: string;
  nodes: string[];
  direction: 'TD' | 'LR';
}

export interface Flowchart {
  direction: 'TD' | 'LR';
  nodes: FlowNode[];
  edges: FlowEdge[];
  groups?: FlowGroup[];
}

const EMPHASES = ['taken', 'idle', 'alert'] as const;
const WIDTH: Record<Emphasis, number> = { taken: 3, idle: 1, alert: 3 };

/** A group's mermaid id: apart from node ids (n_…). */
function groupId(raw: string): string {
  return `g_${raw.replace(/[^A-Za-z0-9]/g, '_')}`;
}

function nodeText(node: FlowNode, encode: (label: string) => string, indent: string): string {
  const id = safeId(node.id);
  const label = encode(node.label);
  if (node.shape === 'decision') return `${indent}${id}{"${label}"}`;
  if (node.shape === 'hexagon') return `${indent}${id}{{"${label}"}}`;
  if (node.shape === 'round') return `${indent}${id}("${label}")`;
  return `${indent}${id}["${label}"]`;
}

// Style lines are fixed strings from a palette, never built from labels.
const classDef = (e: Emphasis, palette: DiagramPalette) => {
  const c = palette[e];
  return `  classDef ${e} fill:${c.fill},stroke:${c.stroke},stroke-width:${WIDTH[e]}px,color:${c.text}`;
};
const groupDef = ({ group }: DiagramPalette) =>
  `  classDef group fill:${group.fill},stroke:${group.stroke},stroke-width:1px`;
const linkStyle = (i: number | string, e: Emphasis, palette: DiagramPalette) =>
  `  linkStyle ${i} stroke:${palette.edge[e]},stroke-width:${WIDTH[e]}px`;

/** The class and link-style lines of a chart in a palette. */
function styleLines(chart: Flowchart, palette: DiagramPalette): string[] {
  const lines = EMPHASES.map((e) => classDef(e, palette));
  const groups = chart.groups ?? [];
  if (groups.length > 0) lines.push(groupDef(palette));
  for (const emphasis of EMPHASES) {
    const ids = chart.nodes.filter((n) => n.emphasis === emphasis).map((n) => safeId(n.id));
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${emphasis}`);
  }
  if (groups.length > 0) lines.push(`  class ${groups.map((g) => groupId(g.id)).join(',')} group`);
  chart.edges.forEach((edge, i) => lines.push(linkStyle(i, edge.emphasis, palette)));
  return lines;
}

/**
 * Mermaid flowchart source for a chart model: one line per node and edge (a group's nodes
 * inside its `subgraph` block), styles from a fixed palette (light by default). Labels are
 * entity-encoded beyond an allowlist for the app's renderer (encodeLabel), or kept readable
 * for source people read (readableLabel, the ADR).
 */
export function toMermaid(
  chart: Flowchart,
  encode: (label: string) => string = encodeLabel,
  palette: DiagramPalette = paletteFor('light'),
): string {
  const lines = [`flowchart ${chart.direction}`];
  const groups = chart.groups ?? [];
  const grouped = new Set(groups.flatMap((g) => g.nodes));
  for (const node of chart.nodes)
    if (!grouped.has(node.id)) lines.push(nodeText(node, encode, '  '));
  for (const group of groups) {
    lines.push(`  subgraph ${groupId(group.id)}[" "]`, `    direction ${group.direction}`);
    for (const node of chart.nodes)
      if (group.nodes.includes(node.id)) lines.push(nodeText(node, encode, '    '));
    lines.push('  end');
  }
  const groupIds = new Set(groups.map((g) => g.id));
  const ref = (id: string) => (groupIds.has(id) ? groupId(id) : safeId(id));
  chart.edges.forEach((edge) => {
    const label = edge.label === undefined ? '' : `|"${encode(edge.label)}"|`;
    lines.push(`  ${ref(edge.from)} -->${label} ${ref(edge.to)}`);
  });
  lines.push(...styleLines(chart, palette));
  return lines.join('\n');
}

const STYLE_LINE = /^ {2}(classDef (taken|idle|alert|group) |linkStyle (\d+) )/;

/**
 * The same source in another palette: every classDef and linkStyle line toMermaid wrote in
 * the light palette is rewritten; all other lines (labels included) stay as they are.
 */
export function restyleSource(text: string, palette: DiagramPalette): string {
  const light = paletteFor('light');
  return text
    .split('\n')
    .map((line) => {
      const m = STYLE_LINE.exec(line);
      if (!m) return line;
      const [, , cls, index] = m;
      if (cls === 'group') return groupDef(palette);
      if (cls) return classDef(cls as Emphasis, palette);
      const e = EMPHASES.find((x) => line === linkStyle(index!, x, light));
      return e ? linkStyle(index!, e, palette) : line;
    })
    .join('\n');
}

/** How many node and edge statements a mermaid source holds, counted the way mermaid would see them. */
export function countStatements(text: string): { nodes: number; edges: number } {
  const body = text.split('\n').slice(1);
  return {
    nodes: body.filter((l) => /^ +n_\w+(\[|\{\{|\{|\()"/.test(l)).length,
    edges: body.filter((l) => l.includes('-->')).length,
  };
}
