import type { Theme } from '../../store/app-store';

/** Fill, border and text colour of one node state. */
export interface NodeColours {
  fill: string;
  stroke: string;
  text: string;
}

/** Colours of a flowchart's states: nodes and edges on the path, off it and in the alert loop, and level groups. */
export interface DiagramPalette {
  taken: NodeColours;
  idle: NodeColours;
  alert: NodeColours;
  /** The card behind a group of nodes (one tree level). */
  group: { fill: string; stroke: string };
  /** Edge strokes per state. */
  edge: { taken: string; idle: string; alert: string };
}

// Both palettes mirror the app's tokens in src/app/theme.css (accent, surfaces, bad) so a
// diagram reads as part of the page; the tests hold every text colour to WCAG AA on its fill.
const LIGHT: DiagramPalette = {
  taken: { fill: '#dbe7ff', stroke: '#1d4ed8', text: '#0f172a' },
  idle: { fill: '#f1f4f9', stroke: '#94a3b8', text: '#475569' },
  alert: { fill: '#fee2e2', stroke: '#b91c1c', text: '#7f1d1d' },
  group: { fill: '#ffffff', stroke: '#cbd5e1' },
  edge: { taken: '#1d4ed8', idle: '#94a3b8', alert: '#b91c1c' },
};

const DARK: DiagramPalette = {
  taken: { fill: '#1c2d52', stroke: '#7aa7ff', text: '#e5ecf6' },
  idle: { fill: '#17223a', stroke: '#64748b', text: '#b3c0d4' },
  alert: { fill: '#3b1414', stroke: '#f87171', text: '#fecaca' },
  group: { fill: '#111a2e', stroke: '#3a4c70' },
  edge: { taken: '#7aa7ff', idle: '#7b8aa3', alert: '#f87171' },
};

/** The palette of a theme; light is also the one written into source people read (the ADR). */
export function paletteFor(theme: Theme): DiagramPalette {
  return theme === 'dark' ? DARK : LIGHT;
}

/** Mermaid `themeVariables` for the page's theme: surfaces, lines and edge labels in the app's colours. */
export function mermaidThemeVariables(theme: Theme): Record<string, string | boolean> {
  const dark = theme === 'dark';
  const p = paletteFor(theme);
  return {
    darkMode: dark,
    fontSize: '16px',
    background: dark ? '#111a2e' : '#ffffff',
    primaryColor: p.idle.fill,
    primaryTextColor: dark ? '#e5ecf6' : '#0f172a',
    primaryBorderColor: p.idle.stroke,
    secondaryColor: p.group.fill,
    tertiaryColor: p.group.fill,
    lineColor: p.edge.idle,
    textColor: dark ? '#e5ecf6' : '#0f172a',
    clusterBkg: p.group.fill,
    clusterBorder: p.group.stroke,
    edgeLabelBackground: dark ? '#111a2e' : '#ffffff',
    titleColor: dark ? '#e5ecf6' : '#0f172a',
    // Mermaid's default shadow is a light grey glow, which reads as a halo on a dark page.
    dropShadow: dark
      ? 'drop-shadow(0 1px 2px rgba(0, 0, 0, 0.6))'
      : 'drop-shadow(0 1px 2px rgba(15, 23, 42, 0.18))',
  };
}
