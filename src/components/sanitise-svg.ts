/** What an exported SVG figure may keep: nothing that runs script or loads from outside the file. */

// What an exported SVG never carries, whatever was on the page: elements that run script,
// load a document or animate an attribute into a script URL (SVG's <animate>/<set> can turn an
// href into javascript:), event-handler attributes, and links or sources that leave the file.
const UNSAFE_ELEMENTS = new Set(
  [
    'script',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    'link',
    'meta',
    'base',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'audio',
    'video',
    'source',
    'track',
    'img',
    'image',
    'animate',
    'animatemotion',
    'animatetransform',
    'animatecolor',
    'set',
    'handler',
    'listener',
    // A stylesheet can fetch (`@import`, `url()`); the export's own CSS is added after this.
    'style',
  ].map((n) => n.toLowerCase()),
);
/** Attributes that name a URL; only an in-file reference (`#id`) is kept. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'ping',
  'xml:base',
]);

const SCRIPT_URL = /(?:java|vb)script:|data:text\/html/i;
/** A value that runs script once control characters and spaces are dropped (`java\tscript:`). */
const runsScript = (value: string) => SCRIPT_URL.test(value.replace(/[\s\p{Cc}]/gu, ''));
/**
 * CSS that loads from outside the file: a `url(…)` other than `url(#fragment)`, and the
 * functions that take an address as a plain string (`image-set("x.png" 1x)`, `src("x")`).
 */
const EXTERNAL_URL = /url\(\s*(?!['"]?\s*#)|image-set\(|\bsrc\(/i;

/**
 * A CSS value as the CSS parser reads it: `\75 rl(` is `url(`, `\(` is `(`, a backslash before
 * a newline goes. Checked so an escape cannot hide a `url(` or a script URL.
 */
export function cssUnescape(value: string): string {
  return value.replace(
    /\\(?:([0-9a-f]{1,6})[ \t\n\r\f]?|(\r\n|[\n\r\f])|([\s\S]))/gi,
    (_, hex, _newline, char) => {
      if (hex === undefined) return char ?? '';
      const code = parseInt(hex, 16);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
        ? '\uFFFD'
        : String.fromCodePoint(code);
    },
  );
}

/** A value that fetches from outside the file or runs script, escapes read as CSS would. */
const loadsOrRuns = (value: string) => {
  const read = cssUnescape(value);
  return EXTERNAL_URL.test(read) || runsScript(read) || runsScript(value);
};

/**
 * Removes from an SVG copy whatever could run or fetch when the file is opened: script-like
 * and embedding elements and stylesheets (also inside a foreignObject's HTML labels), `on…`
 * attributes, URL attributes other than `#fragment` (`href` whatever its prefix), script URLs
 * in any attribute, and style properties with a `url(…)` other than `url(#fragment)` or an
 * `image-set(…)`, CSS escapes (`u\72 l(`) read as the CSS parser reads them. Mermaid draws
 * labels as HTML in foreignObject: their text stays, only such markup goes.
 */
export function sanitiseSvg(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (el !== root && UNSAFE_ELEMENTS.has(el.localName.toLowerCase())) {
      el.remove();
      continue;
    }
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      // `x:href` with x bound to the XLink namespace is an xlink:href: the prefix is free.
      const local = attribute.localName.toLowerCase();
      const value = attribute.value.trim();
      if (name === 'style') {
        if (!loadsOrRuns(value)) continue;
        // The declarations that load or run go; if the text still does (a declaration the
        // CSSOM did not read, so could not remove), the whole attribute goes.
        const style = (el as SVGElement).style;
        for (const property of Array.from(style))
          if (loadsOrRuns(style.getPropertyValue(property))) style.removeProperty(property);
        if (loadsOrRuns(el.getAttribute('style') ?? '')) el.removeAttribute('style');
        continue;
      }
      const unsafe =
        name.startsWith('on') ||
        ((URL_ATTRIBUTES.has(name) || URL_ATTRIBUTES.has(local)) && !value.startsWith('#')) ||
        loadsOrRuns(value);
      if (unsafe) el.removeAttribute(attribute.name);
    }
  }
}
