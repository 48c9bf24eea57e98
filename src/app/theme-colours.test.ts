/// <reference types="node" />
// The theme's colours, read from theme.css itself, measured against WCAG AA
// and for meaning: status colours readable and apart from the dimension colours; dimension
// colours never red or green (a higher score is always better); palettes colour-blind safe.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { colourDistance, contrastRatio, oklch, type Vision } from '../components/colour-math';

// Read from disk: Vitest hands CSS modules (even `?raw`) to tests as empty strings.
const themeCss = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');

type Tokens = Record<string, string>;

/** The `--name: #hex;` declarations of the first rule whose selector is exactly `selector`. */
function tokensOf(css: string, selector: string): Tokens {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );
}

const light = tokensOf(themeCss, ':root');
const THEMES: Record<'light' | 'dark', Tokens> = {
  light,
  // The dark rule overrides; what it leaves out is the light value.
  dark: { ...light, ...tokensOf(themeCss, ":root[data-theme='dark']") },
};

const DIMENSIONS = ['resource', 'performance', 'scale', 'availability', 'cost', 'maturity'];
const SIX = [1, 2, 3, 4, 5, 6];
const STATUSES = ['ok', 'warn', 'bad'] as const;

const pick = (tokens: Tokens, names: string[]) =>
  names.map((name) => {
    const value = tokens[name];
    if (!value) throw new Error(`theme.css has no ${name}`);
    return [name, value] as const;
  });

/** Every pair whose distance under `vision` is below `min`, as "a/b 0.071" (empty when none). */
function tooClose(
  colours: ReadonlyArray<readonly [string, string]>,
  min: number,
  vision: Vision,
): string[] {
  const close: string[] = [];
  colours.forEach(([a, x], i) =>
    colours.slice(i + 1).forEach(([b, y]) => {
      const d = colourDistance(x, y, vision);
      if (d < min) close.push(`${a}/${b} ${d.toFixed(3)}`);
    }),
  );
  return close;
}

/** A hue that reads as red or green (OKLCH hue bands), unless the colour is nearly grey. */
function redOrGreen(hex: string): boolean {
  const { c, h } = oklch(hex);
  return c > 0.05 && (h < 45 || h > 352 || (h > 110 && h < 168));
}

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const t = THEMES[theme];
  const surface = t['--surface']!;
  const dims = pick(
    t,
    DIMENSIONS.map((d) => `--dim-${d}`),
  );
  const series = pick(
    t,
    SIX.map((i) => `--series-${i}`),
  );
  const extras = pick(
    t,
    SIX.map((i) => `--extra-${i}`),
  );

  it('status words pass AA as text (4.5:1) on their own background and on the panel', () => {
    for (const s of STATUSES) {
      const text = t[`--${s}`]!;
      expect(
        contrastRatio(text, t[`--${s}-soft`]!),
        `--${s} on --${s}-soft`,
      ).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(text, surface), `--${s} on --surface`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('dimension, series and extra colours pass AA for graphics (3:1) on the panel surface', () => {
    for (const [name, value] of [...dims, ...series, ...extras]) {
      expect(contrastRatio(value, surface), `${name} ${value}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('never draws a dimension in red or green', () => {
    for (const [name, value] of [...dims, ...extras]) {
      expect(redOrGreen(value), `${name} ${value} ${JSON.stringify(oklch(value))}`).toBe(false);
    }
    // The measure itself: the status colours are red and green, the old cost red was.
    expect(redOrGreen(t['--bad']!)).toBe(true);
    expect(redOrGreen(t['--ok']!)).toBe(true);
    expect(redOrGreen('#dc2626')).toBe(true);
  });

  it('keeps the six dimensions and the six series apart, also for colour-blind viewers', () => {
    for (const palette of [dims, series]) {
      expect(tooClose(palette, 0.1, 'typical')).toEqual([]);
      expect(tooClose(palette, 0.065, 'protan')).toEqual([]);
      expect(tooClose(palette, 0.065, 'deutan')).toEqual([]);
      expect(tooClose(palette, 0.05, 'tritan')).toEqual([]);
    }
  });

  it('keeps status colours and added-item colours apart from the dimension colours', () => {
    const status = pick(
      t,
      STATUSES.map((s) => `--${s}`),
    );
    const across = (others: ReadonlyArray<readonly [string, string]>) =>
      others.flatMap(([a, x]) =>
        dims
          .filter(([, y]) => colourDistance(x, y) < 0.1)
          .map(([b, y]) => `${a}/${b} ${colourDistance(x, y).toFixed(3)}`),
      );
    expect(across(status)).toEqual([]);
    expect(across(extras)).toEqual([]);
    expect(tooClose(extras, 0.1, 'typical')).toEqual([]);
  });
});

describe('colour arithmetic', () => {
  it('gives the WCAG contrast of known pairs', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
  });

  it('sees red and green alike as a deuteranope does, and apart otherwise', () => {
    expect(colourDistance('#d62728', '#2ca02c')).toBeGreaterThan(0.3);
    expect(colourDistance('#d62728', '#2ca02c', 'deutan')).toBeLessThan(0.1);
  });
});
