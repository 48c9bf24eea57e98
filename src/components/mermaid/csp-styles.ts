/**
 * Mermaid under a Content-Security-Policy with `style-src 'self'` (no 'unsafe-inline').
 *
 * Chromium blocks (and reports) every inline style that arrives as markup or as an attribute:
 * a `<style>` element, `setAttribute('style', …)`, and `style="…"` parsed by innerHTML,
 * DOMParser or <template> — even in a detached tree. It allows styles written through the
 * CSSOM (`el.style.cssText`, constructed stylesheets). Mermaid writes its styles the blocked
 * ways: d3 `.attr('style', …)` while it lays out, a `<style>` element in its SVG, and then it
 * serialises the SVG and DOMPurify parses it again. So, while mermaid renders:
 *
 * - `setAttribute('style', v)` becomes `style.cssText = v` (the same declarations);
 * - `document.createElement('style')` yields a sink whose text becomes a constructed
 *   stylesheet (applied at once, so mermaid measures its labels in its own font);
 * - the serialised SVG carries each element's style as `data-csp-style` instead, so neither
 *   DOMPurify nor the page ever parses a style attribute;
 *
 * and the page inserts the SVG by parsing that markup and writing the styles back through
 * the CSSOM (toStyledSvg), with the CSS adopted as a constructed stylesheet (adoptCss).
 */

/** Where an element's inline style travels through markup without being an inline style. */
export const STYLE_DATA_ATTRIBUTE = 'data-csp-style';

/** A mermaid diagram ready for the page: SVG markup without inline styles, and its CSS. */
export interface CspSafeSvg {
  /** SVG markup with no `<style>` element and no style attribute (see STYLE_DATA_ATTRIBUTE). */
  markup: string;
  /** Mermaid's stylesheet for it, scoped to the SVG's id. */
  css: string;
}

type Styled = Element & ElementCSSInlineStyle;

const hasInlineStyle = (element: Element): element is Styled =>
  'style' in element && element.style != null && typeof element.style === 'object';

/** Moves every style attribute in a tree (root included) to STYLE_DATA_ATTRIBUTE, in place. */
export function parkStyles(root: Element): void {
  const styled = [root, ...Array.from(root.querySelectorAll('[style]'))];
  for (const element of styled) {
    const style = element.getAttribute('style');
    if (style === null) continue;
    element.removeAttribute('style');
    if (style.trim() !== '') element.setAttribute(STYLE_DATA_ATTRIBUTE, style);
  }
}

/** The CSS each diagram inserted by toStyledSvg was drawn with (read by the image export). */
const drawnWith = new WeakMap<Element, string>();

/**
 * The diagram's SVG (its first element) as a node of `doc`, its parked styles (parkStyles)
 * written back through the CSSOM; null when the markup holds no element. The markup is parsed
 * inertly (DOMParser runs no scripts) and must carry no style attribute of its own. Its CSS is
 * not applied here (adoptCss) but remembered for diagramCss.
 */
export function toStyledSvg(svg: CspSafeSvg, doc: Document = document): Element | null {
  const parsed = new DOMParser().parseFromString(svg.markup, 'text/html').body.firstElementChild;
  if (!parsed) return null;
  const node = doc.importNode(parsed, true);
  const parked = [node, ...Array.from(node.querySelectorAll(`[${STYLE_DATA_ATTRIBUTE}]`))];
  for (const element of parked) {
    const style = element.getAttribute(STYLE_DATA_ATTRIBUTE);
    if (style === null) continue;
    element.removeAttribute(STYLE_DATA_ATTRIBUTE);
    if (hasInlineStyle(element)) element.style.cssText = style;
  }
  if (svg.css !== '') drawnWith.set(node, svg.css);
  return node;
}

/**
 * The stylesheet a diagram on the page needs outside it (its mermaid CSS, which the page holds
 * as a constructed stylesheet), or undefined for any other element.
 */
export function diagramCss(element: Element): string | undefined {
  return drawnWith.get(element);
}

interface Adopted {
  sheet: CSSStyleSheet;
  users: number;
}

const adopted = new WeakMap<Document, Map<string, Adopted>>();

/**
 * Applies CSS to a document as a constructed stylesheet (which CSP's style-src does not
 * restrict), shared by everyone adopting the same text; the returned function releases it
 * and the sheet leaves the document when its last user has. A no-op for empty CSS or a
 * document without constructable stylesheets.
 */
export function adoptCss(doc: Document, css: string): () => void {
  const View = doc.defaultView;
  if (
    css === '' ||
    !View ||
    !('adoptedStyleSheets' in doc) ||
    !('replaceSync' in View.CSSStyleSheet.prototype)
  )
    return () => undefined;
  let sheets = adopted.get(doc);
  if (!sheets) adopted.set(doc, (sheets = new Map()));
  let entry = sheets.get(css);
  if (!entry) {
    const sheet = new View.CSSStyleSheet();
    sheet.replaceSync(css);
    entry = { sheet, users: 0 };
    sheets.set(css, entry);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  entry.users += 1;
  let released = false;
  const current = entry;
  return () => {
    if (released) return;
    released = true;
    current.users -= 1;
    if (current.users > 0) return;
    sheets.delete(css);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== current.sheet);
  };
}

/** A stand-in for mermaid's `<style>` element: keeps its text, is inserted as a comment. */
function styleSink(doc: Document, onCss: (css: string) => void): HTMLElement {
  const sink = doc.createComment('');
  for (const property of ['innerHTML', 'textContent', 'innerText']) {
    Object.defineProperty(sink, property, {
      configurable: true,
      get: () => '',
      set: (value: unknown) => onCss(String(value ?? '')),
    });
  }
  return sink as unknown as HTMLElement;
}

/**
 * Runs one mermaid render (`render`) with mermaid's style writes made CSP-safe (see the top
 * of this file) and returns its result with the CSS mermaid generated. `enclosingId` is the id
 * of the element mermaid serialises (its temporary `d<svg id>` div): read inside the render,
 * that element's innerHTML comes out parked (parkStyles). The patches on Element.prototype
 * and `doc` last until `render` settles; renders must not overlap (render-mermaid.ts queues
 * them). A style attribute any other code sets meanwhile is written through the CSSOM too.
 */
export async function withCspSafeStyles<T>(
  doc: Document,
  enclosingId: string,
  render: () => Promise<T>,
): Promise<{ value: T; css: string }> {
  const View = doc.defaultView!;
  const ElementProto = View.Element.prototype;
  const setAttribute = ElementProto.setAttribute;
  const setAttributeNS = ElementProto.setAttributeNS;
  const innerHTML = Object.getOwnPropertyDescriptor(ElementProto, 'innerHTML')!;
  const hadOwnCreateElement = Object.prototype.hasOwnProperty.call(doc, 'createElement');
  const ownCreateElement = doc.createElement;

  const css: string[] = [];
  const releases: (() => void)[] = [];
  const onCss = (text: string) => {
    if (text === '') return;
    css.push(text);
    releases.push(adoptCss(doc, text));
  };

  ElementProto.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style' && hasInlineStyle(this)) {
      this.style.cssText = String(value);
      return;
    }
    setAttribute.call(this, name, value);
  };
  ElementProto.setAttributeNS = function (
    this: Element,
    namespace: string | null,
    name: string,
    value: string,
  ) {
    if (!namespace && name.toLowerCase() === 'style' && hasInlineStyle(this)) {
      this.style.cssText = String(value);
      return;
    }
    setAttributeNS.call(this, namespace, name, value);
  };
  Object.defineProperty(ElementProto, 'innerHTML', {
    ...innerHTML,
    get(this: Element) {
      if (this.id !== enclosingId) return innerHTML.get!.call(this);
      const copy = this.cloneNode(true) as Element;
      parkStyles(copy);
      return innerHTML.get!.call(copy);
    },
  });
  doc.createElement = function (this: Document, tag: string, options?: ElementCreationOptions) {
    if (String(tag).toLowerCase() === 'style') return styleSink(doc, onCss);
    return ownCreateElement.call(this, tag, options);
  } as Document['createElement'];

  try {
    const value = await render();
    return { value, css: css.join('\n') };
  } finally {
    ElementProto.setAttribute = setAttribute;
    ElementProto.setAttributeNS = setAttributeNS;
    Object.defineProperty(ElementProto, 'innerHTML', innerHTML);
    if (hadOwnCreateElement) doc.createElement = ownCreateElement;
    else delete (doc as Partial<Document>).createElement;
    for (const release of releases) release();
  }
}
