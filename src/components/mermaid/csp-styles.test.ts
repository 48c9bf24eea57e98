// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { serializeSvg } from '../export-file';
import {
  adoptCss,
  diagramCss,
  parkStyles,
  STYLE_DATA_ATTRIBUTE,
  toStyledSvg,
  withCspSafeStyles,
} from './csp-styles';

const SVG_NS = 'http://www.w3.org/2000/svg';

afterEach(() => {
  document.body.replaceChildren();
});

describe('parkStyles', () => {
  it('moves every style attribute (root included) to data-csp-style and drops empty ones', () => {
    const root = document.createElement('div');
    root.innerHTML = '<svg style="max-width: 10px"><g style="fill: red"></g><g style=""></g></svg>';
    parkStyles(root.firstElementChild!);
    expect(root.innerHTML).toBe(
      `<svg ${STYLE_DATA_ATTRIBUTE}="max-width: 10px"><g ${STYLE_DATA_ATTRIBUTE}="fill: red"></g><g></g></svg>`,
    );
  });
});

describe('toStyledSvg', () => {
  it('parses the markup into the document and writes the parked styles through the CSSOM', () => {
    const markup = `<svg id="mermaid-svg-3" ${STYLE_DATA_ATTRIBUTE}="max-width: 400px;"><g><foreignObject><div xmlns="http://www.w3.org/1999/xhtml" ${STYLE_DATA_ATTRIBUTE}="display: table-cell; line-height: 1.5;"><span class="nodeLabel">K3s</span></div></foreignObject></g></svg>`;
    const node = toStyledSvg({ markup, css: '#mermaid-svg-3{fill:#333}' })!;
    expect(node.ownerDocument).toBe(document);
    expect(node.namespaceURI).toBe(SVG_NS);
    expect((node as SVGSVGElement).style.maxWidth).toBe('400px');
    const label = node.querySelector('div')!;
    expect(label.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(label.style.display).toBe('table-cell');
    expect(label.style.lineHeight).toBe('1.5');
    expect(node.querySelectorAll(`[${STYLE_DATA_ATTRIBUTE}]`)).toHaveLength(0);
    expect(node.querySelector('.nodeLabel')!.textContent).toBe('K3s');
    expect(diagramCss(node)).toBe('#mermaid-svg-3{fill:#333}');
  });

  it('returns null for markup without an element and remembers no CSS for others', () => {
    expect(toStyledSvg({ markup: 'just text', css: 'x{}' })).toBeNull();
    expect(diagramCss(document.createElement('svg'))).toBeUndefined();
  });
});

describe('the image export of a diagram', () => {
  it('carries the CSS the page holds as a constructed stylesheet as a <style> in the file', () => {
    const node = toStyledSvg({
      markup: '<svg id="mermaid-svg-4" viewBox="0 0 10 10"><g class="node"></g></svg>',
      css: '#mermaid-svg-4 .node{fill:#eee;}',
    }) as SVGSVGElement;
    document.body.append(node);
    const file = serializeSvg(node, {
      background: '#fff',
      styleOf: () => ({ getPropertyValue: () => '' }),
      css: diagramCss(node),
    });
    expect(file.text).toContain('<style>#mermaid-svg-4 .node{fill:#eee;}</style>');
    // The page's own SVG gets no <style> element.
    expect(node.querySelector('style')).toBeNull();
  });
});

class FakeSheet {
  text = '';
  replaceSync(text: string) {
    this.text = text;
  }
}

/** jsdom has no constructable stylesheets: a document with just what adoptCss touches. */
function fakeDocument() {
  return {
    defaultView: { CSSStyleSheet: FakeSheet },
    adoptedStyleSheets: [] as FakeSheet[],
  };
}

describe('adoptCss', () => {
  it('adopts one shared sheet per CSS text and removes it when its last user releases it', () => {
    const doc = fakeDocument();
    const asDoc = doc as unknown as Document;
    const first = adoptCss(asDoc, '#a{fill:red}');
    const second = adoptCss(asDoc, '#a{fill:red}');
    const other = adoptCss(asDoc, '#b{fill:blue}');
    expect(doc.adoptedStyleSheets.map((s) => s.text)).toEqual(['#a{fill:red}', '#b{fill:blue}']);
    first();
    first();
    expect(doc.adoptedStyleSheets).toHaveLength(2);
    second();
    expect(doc.adoptedStyleSheets.map((s) => s.text)).toEqual(['#b{fill:blue}']);
    other();
    expect(doc.adoptedStyleSheets).toEqual([]);
  });

  it('does nothing for empty CSS or a document without constructable stylesheets', () => {
    const doc = fakeDocument();
    adoptCss(doc as unknown as Document, '')();
    expect(doc.adoptedStyleSheets).toEqual([]);
    expect(() => adoptCss(document, '#a{}')()).not.toThrow();
  });
});

describe('withCspSafeStyles', () => {
  it('turns style writes into CSSOM, captures <style> text and parks styles in the serialised markup', async () => {
    const { value, css } = await withCspSafeStyles(document, 'dmermaid-svg-9', async () => {
      // What mermaid does: a temporary div, d3 .attr('style'), a <style> element, innerHTML.
      const div = document.createElement('div');
      div.setAttribute('id', 'dmermaid-svg-9');
      document.body.append(div);
      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('style', 'max-width: 100px;');
      svg.setAttributeNS(null, 'width', '100');
      div.append(svg);
      const g = document.createElementNS(SVG_NS, 'g');
      g.setAttributeNS(null, 'style', 'fill: red;');
      svg.append(g);
      const style = document.createElement('style');
      style.innerHTML = '#mermaid-svg-9{font-size:16px;}';
      svg.insertBefore(style, svg.firstChild);
      await Promise.resolve();
      const styledDuringRender = (g as SVGGElement).style.fill;
      const markup = div.innerHTML;
      const elsewhere = document.body.innerHTML;
      div.remove();
      return { styledDuringRender, markup, elsewhere };
    });
    expect(value.styledDuringRender).toBe('red');
    expect(css).toBe('#mermaid-svg-9{font-size:16px;}');
    expect(value.markup).not.toMatch(/\sstyle=|<style/);
    expect(value.markup).toContain(`${STYLE_DATA_ATTRIBUTE}="max-width: 100px;"`);
    expect(value.markup).toContain(`${STYLE_DATA_ATTRIBUTE}="fill: red;"`);
    expect(value.markup).toContain('width="100"');
    // Any other element serialises as usual.
    expect(value.elsewhere).toContain('style="max-width: 100px;"');
  });

  it('restores setAttribute, innerHTML and createElement afterwards, also when the render fails', async () => {
    const setAttribute = Element.prototype.setAttribute;
    const setAttributeNS = Element.prototype.setAttributeNS;
    const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
    await expect(
      withCspSafeStyles(document, 'dmermaid-svg-10', () => Promise.reject(new Error('parse'))),
    ).rejects.toThrow('parse');
    expect(Element.prototype.setAttribute).toBe(setAttribute);
    expect(Element.prototype.setAttributeNS).toBe(setAttributeNS);
    expect(Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')).toEqual(innerHTML);
    expect(Object.prototype.hasOwnProperty.call(document, 'createElement')).toBe(false);
    expect(document.createElement('style')).toBeInstanceOf(HTMLStyleElement);
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    expect(div.getAttribute('style')).toBe('color: red');
  });
});
