// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';

import {
  exportFileName,
  isoDate,
  largestSvg,
  serializeSvg,
  svgSize,
  type StyleOf,
} from './export-file';
import { cssUnescape } from './sanitise-svg';

/** A computed style from a fixed table: element tag → property → value. */
function stylesFrom(table: Record<string, Record<string, string>>): StyleOf {
  return (element) => ({
    getPropertyValue: (property: string) => table[element.tagName.toLowerCase()]?.[property] ?? '',
  });
}

function makeSvg(markup: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  return host.querySelector('svg')!;
}

describe('file names', () => {
  it('writes the local date as YYYY-MM-DD, zero-padded', () => {
    expect(isoDate(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
    expect(isoDate(new Date(2027, 0, 5))).toBe('2027-01-05');
  });

  it('names a file base-date.ext', () => {
    expect(exportFileName('radar', new Date(2026, 10, 25), 'svg')).toBe('radar-2026-11-25.svg');
    expect(exportFileName('stack-decision', new Date(2026, 1, 3), 'json')).toBe(
      'stack-decision-2026-02-03.json',
    );
  });
});

describe('svgSize', () => {
  it('reads the viewBox, commas or spaces', () => {
    expect(svgSize(makeSvg('<svg viewBox="-8 -8 420,300"></svg>'))).toEqual({
      x: -8,
      y: -8,
      width: 420,
      height: 300,
    });
  });

  it('falls back to the width and height attributes without a usable viewBox', () => {
    expect(svgSize(makeSvg('<svg viewBox="0 0 0 0" width="640" height="380"></svg>'))).toEqual({
      x: 0,
      y: 0,
      width: 640,
      height: 380,
    });
  });
});

describe('serializeSvg', () => {
  const styles = stylesFrom({
    svg: { fill: 'rgb(15, 23, 42)', 'font-size': '12px', opacity: '1' },
    g: { fill: 'rgb(15, 23, 42)', 'font-size': '12px', opacity: '0.5' },
    text: { fill: 'rgb(37, 99, 235)', 'font-size': '12px', opacity: '1' },
  });

  it('inlines computed styles and resolves var() attributes; sizes the file, paints a background, leaves the page alone', () => {
    const svg = makeSvg(
      '<svg class="recharts-surface" viewBox="0 0 200 100" width="100%" style="max-width: 200px"><g><text fill="var(--series-1)">K3s</text></g></svg>',
    );
    const before = svg.outerHTML;
    expect(serializeSvg(svg, { background: '#ffffff', styleOf: styles }).text).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="recharts-surface" viewBox="0 0 200 100" width="200" style="fill: rgb(15, 23, 42); font-size: 12px;" height="100">' +
        '<rect x="0" y="0" width="200" height="100" fill="#ffffff"/>' +
        '<g style="opacity: 0.5;"><text fill="rgb(37, 99, 235)" style="fill: rgb(37, 99, 235);">K3s</text></g></svg>',
    );
    expect(svg.outerHTML).toBe(before);
  });

  it('starts with <svg and escapes hostile text', () => {
    const svg = makeSvg('<svg viewBox="0 0 10 10"><text>a &lt;b&gt; &amp; "c"</text></svg>');
    const { text } = serializeSvg(svg, { background: '#111a2e', styleOf: stylesFrom({}) });
    expect(text.startsWith('<svg')).toBe(true);
    expect(text).toContain('<text>a &lt;b&gt; &amp; "c"</text>');
    expect(text).toContain('<rect x="0" y="0" width="10" height="10" fill="#111a2e"/>');
    expect(text.match(/xmlns=/g)).toHaveLength(1);
  });

  it('gives HTML labels inside foreignObject the XHTML namespace', () => {
    const svg = makeSvg(
      '<svg viewBox="0 0 50 20"><foreignObject width="50" height="20"><div><span>Label</span></div></foreignObject></svg>',
    );
    expect(serializeSvg(svg, { background: '#fff', styleOf: stylesFrom({}) }).text).toContain(
      '<div xmlns="http://www.w3.org/1999/xhtml"><span>Label</span></div>',
    );
  });
});

describe('serializeSvg with a legend', () => {
  it('grows the figure and draws one swatch and name per series under it', () => {
    const svg = makeSvg('<svg viewBox="0 0 300 100"><circle r="5"/></svg>');
    const file = serializeSvg(svg, {
      background: '#ffffff',
      text: '#0f172a',
      styleOf: stylesFrom({}),
      legend: [
        { label: '#1 K3s + WasmEdge', colour: '#2563eb' },
        { label: '#2 <Evil> & co', colour: '#db2777' },
      ],
    });
    expect(file).toMatchObject({ width: 300, height: 100 + 2 * 22 + 16 });
    expect(file.text).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 160" width="300" height="160">' +
        '<rect x="0" y="0" width="300" height="160" fill="#ffffff"/><circle r="5"/>' +
        '<g font-size="14" fill="#0f172a"><rect x="16" y="112" width="14" height="14" rx="3" fill="#2563eb"/><text x="38" y="124">#1 K3s + WasmEdge</text></g>' +
        '<g font-size="14" fill="#0f172a"><rect x="16" y="134" width="14" height="14" rx="3" fill="#db2777"/><text x="38" y="146">#2 &lt;Evil&gt; &amp; co</text></g>' +
        '</svg>',
    );
  });
});

describe('largestSvg', () => {
  it('picks the largest rendered svg, skipping icons and hidden ones', () => {
    const host = document.createElement('div');
    host.innerHTML = '<svg id="icon"></svg><svg id="chart"></svg><svg id="hidden"></svg>';
    const sizes: Record<string, [number, number]> = {
      icon: [16, 16],
      chart: [600, 380],
      hidden: [0, 0],
    };
    for (const svg of Array.from(host.querySelectorAll('svg'))) {
      const [width, height] = sizes[svg.id]!;
      svg.getBoundingClientRect = () => ({ width, height }) as DOMRect;
    }
    expect(largestSvg(host)?.id).toBe('chart');
    expect(largestSvg(document.createElement('div'))).toBeNull();
  });
});

describe('serializeSvg of hostile content', () => {
  const plain: StyleOf = () => ({ getPropertyValue: () => '' });
  const options = { background: '#fff', styleOf: plain };

  it('drops scripts, handlers, script and external URLs, also inside foreignObject labels', () => {
    const svg = makeSvg(
      '<svg viewBox="0 0 100 50" onload="window.__pwned=1">' +
        '<script>window.__pwned=1</script>' +
        '<defs><linearGradient id="g"></linearGradient></defs>' +
        '<g class="node" onclick="window.__pwned=1" style="fill: url(https://x.invalid/t); stroke: red">' +
        '<rect fill="url(#g)" marker-end="url(#arrow)" filter="url(https://x.invalid/f)"></rect>' +
        '<a href="javascript:window.__pwned=1"><text>link</text></a>' +
        '<a xlink:href="https://x.invalid/">ext</a>' +
        '<use href="#g"></use>' +
        '<image href="https://x.invalid/beacon.png"></image>' +
        '<set attributeName="href" to="javascript:alert(1)"></set>' +
        '<animate attributeName="href" values="javascript:alert(1)"></animate>' +
        '<foreignObject width="80" height="20"><div xmlns="http://www.w3.org/1999/xhtml">' +
        '<span class="nodeLabel"><p>&lt;script&gt;K3s</p></span>' +
        '<img src="x" onerror="window.__pwned=1"><iframe srcdoc="x"></iframe>' +
        '<b data-x="java&#9;script:alert(1)" title="javascript: is just text">bold</b>' +
        '</div></foreignObject>' +
        '</g></svg>',
    );
    const before = svg.outerHTML;
    const { text } = serializeSvg(svg, options);
    expect(svg.outerHTML).toBe(before);
    expect(text).not.toMatch(/<script|onload|onclick|onerror|<img|<iframe|<image|<set|<animate/i);
    expect(text).not.toMatch(/javascript:|x\.invalid/i);
    // What draws the figure stays: internal references, the label's text, the bold markup.
    expect(text).toContain('fill="url(#g)"');
    expect(text).toContain('marker-end="url(#arrow)"');
    expect(text).toContain('<use href="#g"/>');
    expect(text).toContain('style="stroke: red;"');
    expect(text).toContain('<p>&lt;script&gt;K3s</p>');
    expect(text).toContain('<b>bold</b>');
    expect(text).toContain('<text>link</text>');
  });

  it('drops an href under any prefix bound to XLink, not only xlink:', () => {
    const svg = makeSvg('<svg viewBox="0 0 10 10"><defs><g id="g"></g></defs></svg>');
    const XLINK = 'http://www.w3.org/1999/xlink';
    const use = document.createElementNS('http://www.w3.org/2000/svg', 'use');
    use.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:x', XLINK);
    use.setAttributeNS(XLINK, 'x:href', 'https://x.invalid/sprite.svg#a');
    const inner = document.createElementNS('http://www.w3.org/2000/svg', 'use');
    inner.setAttributeNS(XLINK, 'k:href', '#g');
    svg.append(use, inner);
    expect(use.getAttributeNodeNS(XLINK, 'href')!.name).toBe('x:href');
    const { text } = serializeSvg(svg, options);
    expect(text).not.toMatch(/x\.invalid|x:href/);
    // An in-file reference stays, whatever its prefix.
    expect(text).toMatch(/<use xmlns:(\w+)="http:\/\/www\.w3\.org\/1999\/xlink" \1:href="#g"\/>/);
  });

  it('drops the figure’s own <style> elements (an @import fetches), keeping the app’s CSS', () => {
    const svg = makeSvg(
      '<svg viewBox="0 0 10 10"><style>@import url(https://x.invalid/a.css); .a{fill:red}</style>' +
        '<g><style>text{background:url(https://x.invalid/b.png)}</style><text>K3s</text></g>' +
        '<foreignObject width="5" height="5"><div xmlns="http://www.w3.org/1999/xhtml">' +
        '<style>@import "https://x.invalid/c.css";</style>label</div></foreignObject></svg>',
    );
    const { text } = serializeSvg(svg, { ...options, css: '.node rect { fill: #eef; }' });
    expect(text).not.toMatch(/x\.invalid|@import/);
    expect(text.match(/<style>/g)).toHaveLength(1);
    expect(text).toContain('<style>.node rect { fill: #eef; }</style>');
    expect(text).toContain('<text>K3s</text>');
    expect(text).toContain('label</div>');
  });

  it('drops image-set() and CSS-escaped url() in styles and presentation attributes', () => {
    const svg = makeSvg(
      '<svg viewBox="0 0 10 10">' +
        '<rect id="r1" fill="u\\72 l(https://x.invalid/1)" stroke="\\75 \\72 \\6c (https://x.invalid/2)" filter="url(#f)"></rect>' +
        '<rect id="r2" style="mask-image: image-set(&quot;https://x.invalid/3.png&quot; 1x); stroke: blue"></rect>' +
        '<rect id="r3" style="mask-image: -webkit-image-set(url(https://x.invalid/4.png) 1x)"></rect>' +
        '<rect id="r4" style="fill: u\\72 l(https://x.invalid/5); stroke: green"></rect>' +
        '<rect id="r5" cursor="\\75rl(https://x.invalid/6), auto" clip-path="url(#c)"></rect>' +
        '<a id="a1" href="\\6a avascript:alert(1)"><text>x</text></a>' +
        '</svg>',
    );
    const { text } = serializeSvg(svg, options);
    expect(text).not.toMatch(/x\.invalid|image-set|javascript|\\/i);
    // What draws the figure stays.
    expect(text).toContain('<rect id="r1" filter="url(#f)"/>');
    expect(text).toContain('<rect id="r5" clip-path="url(#c)"/>');
    expect(text).toMatch(/<rect id="r2"( style="stroke: blue;")?\/>/);
    expect(text).toMatch(/<rect id="r4"( style="stroke: green;")?\/>/);
  });

  it('reads CSS escapes as the CSS parser does', () => {
    expect(cssUnescape('u\\72 l(x)')).toBe('url(x)');
    expect(cssUnescape('\\75\\72\\6C(x)')).toBe('url(x)');
    expect(cssUnescape('\\000075rl(x)')).toBe('url(x)');
    expect(cssUnescape('u\\rl\\(x\\)')).toBe('url(x)');
    expect(cssUnescape('a\\\nb \\0 \\110000')).toBe('ab \uFFFD\uFFFD');
    expect(cssUnescape('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
  });
});
