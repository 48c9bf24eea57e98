// Colour arithmetic for checking the theme's palettes (WCAG contrast, perceptual distance,
// colour-vision-deficiency simulation). Pure; used by the palette tests, never at run time.

type Rgb = readonly [number, number, number];

/** "#rrggbb" or "#rgb" → sRGB channels 0..1. */
export function parseHex(hex: string): Rgb {
  let h = hex.trim().replace(/^#/, '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a hex colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** WCAG 2 relative luminance of a hex colour. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(linear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two hex colours, 1..21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Linear sRGB → OKLab (Björn Ottosson's matrices). */
function oklabOfLinear([r, g, b]: Rgb): Rgb {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** Full-severity dichromacy on linear sRGB (Machado, Oliveira & Fernandes 2009). */
const DEFICIENCY = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

/** How a colour is seen: with typical vision, or as simulated for a dichromat. */
export type Vision = 'typical' | keyof typeof DEFICIENCY;

/** The colour in OKLab as a viewer with `vision` sees it. */
export function oklab(hex: string, vision: Vision = 'typical'): Rgb {
  const rgb = parseHex(hex).map(linear) as unknown as Rgb;
  if (vision === 'typical') return oklabOfLinear(rgb);
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const seen = DEFICIENCY[vision].map((row) =>
    clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]),
  ) as unknown as Rgb;
  return oklabOfLinear(seen);
}

/** Perceptual distance ΔE in OKLab (≈ 0.02 is just noticeable; ≥ 0.1 reads as another colour). */
export function colourDistance(a: string, b: string, vision: Vision = 'typical'): number {
  const [p, q] = [oklab(a, vision), oklab(b, vision)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** OKLCH lightness, chroma and hue (degrees, 0..360) of a colour. */
export function oklch(hex: string): { l: number; c: number; h: number } {
  const [l, a, b] = oklab(hex);
  return { l, c: Math.hypot(a, b), h: ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360 };
}
