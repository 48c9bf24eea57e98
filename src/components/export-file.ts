/** What an exported file is named after and how an SVG figure becomes a standalone file. */

import { sanitiseSvg } from './sanitise-svg';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date as YYYY-MM-DD (the user's day, not UTC's). */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A download's file name: base, local date and extension, e.g. "radar-2026-11-25.svg". */
export function exportFileName(base: string, date: Date, extension: string): string {
  return `${base}-${isoDate(date)}.${extension}`;
}

/**
 * Computed properties copied onto every element: the page's stylesheets and CSS variables do
 * not travel with the file, so colours and type are written out as the browser resolved them.
 */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'text-anchor',
  'dominant-baseline',
  'text-align',
  'white-space',
] as const;

type Property = (typeof INLINED_PROPERTIES)[number];

/** Not inherited: written only when they differ from the initial value. */
const INITIAL: Partial<Record<Property, string>> = {
  opacity: '1',
  'background-color': 'rgba(0, 0, 0, 0)',
};

/** The part of CSSStyleDeclaration the serializer reads; injectable so tests need no layout engine. */
export type StyleOf = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

export interface SvgSize {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The figure's own coordinate box: its viewBox, else its rendered size; never zero. */
export function svgSize(svg: SVGSVGElement): SvgSize {
  const box = (svg.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0)
    return { x: box[0]!, y: box[1]!, width: box[2]!, height: box[3]! };
  const rect = svg.getBoundingClientRect();
  const attr = (name: string) => Number.parseFloat(svg.getAttribute(name) ?? '') || 0;
  return {
    x: 0,
    y: 0,
    width: Math.max(1, rect.width || attr('width')),
    height: Math.max(1, rect.height || attr('height')),
  };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One legend row drawn under an exported figure: a swatch colour and a name. */
export interface LegendItem {
  label: string;
  colour: string;
}

export interface SvgExportOptions {
  /** Fill behind the figure: the theme's surface colour. */
  background: string;
  styleOf: StyleOf;
  /** Drawn under the figure: a chart's legend is HTML on the page and not part of its SVG. */
  legend?: LegendItem[];
  /** Colour of the legend text. */
  text?: string;
  /** A stylesheet the figure needs outside the page (a mermaid diagram's: diagramCss). */
  css?: string;
}

export interface SerializedSvg {
  text: string;
  width: number;
  height: number;
}

const LEGEND_ROW = 22;

function element(doc: Document, name: string, attributes: Record<string, string | number>) {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** Inlines every element's computed style on its copy; inherited values equal to the parent's are skipped. */
function inlineStyles(original: SVGSVGElement, clone: SVGSVGElement, styleOf: StyleOf) {
  const originals = [original, ...Array.from(original.querySelectorAll('*'))];
  const copies = [clone, ...Array.from(clone.querySelectorAll('*'))];
  const computed = new Map(originals.map((el) => [el, styleOf(el)]));
  originals.forEach((source, i) => {
    const copy = copies[i] as HTMLElement | SVGElement | undefined;
    if (!copy?.style) return;
    const own = computed.get(source)!;
    const parent = source === original ? undefined : computed.get(source.parentElement!);
    // Presentation attributes such as fill="var(--series-1)" mean nothing outside the page.
    for (const attribute of Array.from(copy.attributes)) {
      if (!attribute.value.includes('var(')) continue;
      const resolved = own.getPropertyValue(attribute.name);
      if (resolved) copy.setAttribute(attribute.name, resolved);
      else copy.removeAttribute(attribute.name);
    }
    for (const property of INLINED_PROPERTIES) {
      const value = own.getPropertyValue(property);
      const initial = INITIAL[property];
      const redundant =
        initial === undefined ? parent?.getPropertyValue(property) === value : value === initial;
      if (value && !redundant) copy.style.setProperty(property, value);
    }
  });
}

/**
 * A standalone SVG file of a figure on the page: computed colours and type inlined on every
 * element, an explicit size and viewBox, a background rectangle and an optional legend, so
 * it reads the same outside the page. Nothing that runs or fetches survives (sanitiseSvg).
 * Starts with "<svg"; never changes the page's element.
 */
export function serializeSvg(svg: SVGSVGElement, options: SvgExportOptions): SerializedSvg {
  const { x, y, width } = svgSize(svg);
  const legend = options.legend ?? [];
  const chartHeight = svgSize(svg).height;
  const height = chartHeight + (legend.length > 0 ? legend.length * LEGEND_ROW + 16 : 0);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const doc = clone.ownerDocument;
  inlineStyles(svg, clone, options.styleOf);
  sanitiseSvg(clone);
  if (options.css) {
    // The app's own CSS, added after sanitiseSvg removed any <style> the figure held. Detached,
    // so the page's CSP does not apply to it; the file's reader applies it.
    const style = element(doc, 'style', {});
    style.textContent = options.css;
    clone.insertBefore(style, clone.firstChild);
  }
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
  for (const property of ['width', 'height', 'max-width']) clone.style.removeProperty(property);
  clone.insertBefore(
    element(doc, 'rect', { x, y, width, height, fill: options.background }),
    clone.firstChild,
  );
  legend.forEach((item, i) => {
    const top = y + chartHeight + 8 + i * LEGEND_ROW;
    const row = element(doc, 'g', { 'font-size': 14, fill: options.text ?? '#000' });
    row.append(
      element(doc, 'rect', {
        x: x + 16,
        y: top + 4,
        width: 14,
        height: 14,
        rx: 3,
        fill: item.colour,
      }),
    );
    const label = element(doc, 'text', { x: x + 38, y: top + 16 });
    label.textContent = item.label;
    row.append(label);
    clone.append(row);
  });
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/** The largest visible <svg> inside a container (the chart, not an icon), or null. */
export function largestSvg(container: ParentNode): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of Array.from(container.querySelectorAll('svg'))) {
    const { width, height } = svg.getBoundingClientRect();
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}
