import type { Theme } from '../../store/app-store';

type MermaidApi = (typeof import('mermaid'))['default'];

let loading: Promise<MermaidApi> | null = null;
let initialisedTheme: Theme | null = null;
const cache = new Map<string, string>();
let counter = 0;

/** Loads mermaid on first use only (a lazy chunk, never in the initial bundle). */
export function loadMermaid(): Promise<MermaidApi> {
  loading ??= import('mermaid').then((m) => m.default);
  return loading;
}

/** True once mermaid has been requested in this page. */
export function mermaidRequested(): boolean {
  return loading !== null;
}

/** Renders flowchart text to SVG markup, cached by theme and text; strict security, dagre layout. */
export async function renderMermaid(text: string, theme: Theme): Promise<string> {
  const key = `${theme}\n${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const mermaid = await loadMermaid();
  if (initialisedTheme !== theme) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      layout: 'dagre',
      theme: theme === 'dark' ? 'dark' : 'default',
      fontFamily: 'Inter, "Segoe UI", system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif',
      flowchart: {
        htmlLabels: true,
        curve: 'basis',
        wrappingWidth: 240,
        nodeSpacing: 30,
        rankSpacing: 40,
      },
    });
    initialisedTheme = theme;
  }
  counter += 1;
  const { svg } = await mermaid.render(`mermaid-svg-${counter}`, text);
  cache.set(key, svg);
  return svg;
}
