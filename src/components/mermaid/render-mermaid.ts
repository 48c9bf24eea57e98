import type { Theme } from '../../store/app-store';
import { withCspSafeStyles, type CspSafeSvg } from './csp-styles';
import { mermaidThemeVariables, paletteFor } from './diagram-palette';
import { restyleSource } from './flowchart';

type MermaidApi = (typeof import('mermaid'))['default'];

let loading: Promise<MermaidApi> | null = null;
let initialisedTheme: Theme | null = null;
const cache = new Map<string, CspSafeSvg>();
/** Renders run one after another: mermaid's initialize() is global, so a theme switch must not
 *  reach a render that is still queued (it would be drawn, and cached, in the wrong theme). */
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;
const MAX_CACHED = 48;

/** Loads mermaid on first use only (a lazy chunk, never in the initial bundle). */
export function loadMermaid(): Promise<MermaidApi> {
  loading ??= import('mermaid').then((m) => m.default);
  return loading;
}

/** True once mermaid has been requested in this page. */
export function mermaidRequested(): boolean {
  return loading !== null;
}

function configure(mermaid: MermaidApi, theme: Theme) {
  if (initialisedTheme === theme) return;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    layout: 'dagre',
    // 'base' is the one mermaid theme whose colours all come from themeVariables.
    theme: 'base',
    themeVariables: mermaidThemeVariables(theme),
    fontFamily: 'Inter, "Segoe UI", system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif',
    flowchart: {
      htmlLabels: true,
      // The SVG keeps its natural size (16 px text); the viewer zooms and scrolls it.
      useMaxWidth: false,
      curve: 'basis',
      wrappingWidth: 240,
      nodeSpacing: 30,
      rankSpacing: 40,
    },
  });
  initialisedTheme = theme;
}

function remember(key: string, svg: CspSafeSvg) {
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, svg);
}

/**
 * The dev server's variant of withCspSafeStyles. The dev server sends no CSP, and its client
 * injects the CSS of lazily loaded modules with document.createElement('style') — which the
 * CSP-safe render intercepts while mermaid draws (a view switched mid-render would lose its
 * CSS). Here mermaid draws unpatched; its <style> text moves out of the markup all the same,
 * so the page and the image export treat the diagram as in the build.
 */
export function withoutStyleElements(markup: string): CspSafeSvg {
  const css: string[] = [];
  const stripped = markup.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_, text: string) => {
    css.push(text);
    return '';
  });
  return { markup: stripped, css: css.join('\n') };
}

/**
 * Renders flowchart text (light palette, from toMermaid) to SVG markup in the theme's colours,
 * cached by theme and text (at most 48 kept); strict security, dagre layout, natural size.
 * The markup holds no inline style (a strict CSP blocks those): insert it with toStyledSvg
 * and apply its CSS with adoptCss (csp-styles.ts).
 */
export function renderMermaid(text: string, theme: Theme): Promise<CspSafeSvg> {
  const key = `${theme}\n${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return Promise.resolve(hit);
  const job = queue.then(async () => {
    const again = cache.get(key);
    if (again !== undefined) return again;
    const started = performance.now();
    const cold = !mermaidRequested();
    const mermaid = await loadMermaid();
    configure(mermaid, theme);
    counter += 1;
    const source = theme === 'light' ? text : restyleSource(text, paletteFor(theme));
    const id = `mermaid-svg-${counter}`;
    // Mermaid lays out in a temporary <div id="d{id}"> and serialises that div's content.
    const svg = import.meta.env.DEV
      ? withoutStyleElements((await mermaid.render(id, source)).svg)
      : await withCspSafeStyles(document, `d${id}`, () => mermaid.render(id, source)).then(
          ({ value, css }) => ({ markup: value.svg, css }),
        );
    remember(key, svg);
    // Read by bench/browser/diagram-render.spec.ts; only the latest few are kept.
    if (performance.getEntriesByType('measure').length > 40) performance.clearMeasures();
    performance.measure(`mermaid ${cold ? 'cold' : 'warm'} ${text.split('\n').length} lines`, {
      start: started,
    });
    return svg;
  });
  queue = job.catch(() => undefined);
  return job;
}
