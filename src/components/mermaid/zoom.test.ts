import { describe, expect, it } from 'vitest';

import {
  clampZoom,
  DIAGRAM_FONT_PX,
  fitZoom,
  keepCentre,
  MAX_ZOOM,
  MIN_TEXT_PX,
  MIN_ZOOM,
  naturalSize,
  stepZoom,
  zoomPercent,
} from './zoom';

describe('zoom limits', () => {
  it('never lets a label go below 12 px', () => {
    expect(MIN_ZOOM * DIAGRAM_FONT_PX).toBe(MIN_TEXT_PX);
    expect(MIN_ZOOM).toBe(0.75);
    expect(clampZoom(0.1)).toBe(0.75);
    expect(clampZoom(9)).toBe(MAX_ZOOM);
    expect(clampZoom(1.1)).toBe(1.1);
    expect(clampZoom(Number.NaN)).toBe(1);
  });

  it('steps between fixed levels, from wherever fit left the zoom', () => {
    expect(stepZoom(1, 'in')).toBe(1.25);
    expect(stepZoom(1, 'out')).toBe(0.75);
    expect(stepZoom(0.75, 'out')).toBe(0.75);
    expect(stepZoom(3, 'in')).toBe(3);
    expect(stepZoom(1.1, 'in')).toBe(1.25);
    expect(stepZoom(1.1, 'out')).toBe(1);
    expect(stepZoom(2.9, 'in')).toBe(3);
  });
});

describe('fitZoom', () => {
  const tree = { width: 800, height: 2000 };
  it('fits a panel by width, never below readable text', () => {
    expect(fitZoom(tree, { width: 1000, height: 0 }, 'width')).toBe(1.25);
    expect(fitZoom(tree, { width: 700, height: 0 }, 'width')).toBe(0.875);
    expect(fitZoom(tree, { width: 300, height: 0 }, 'width')).toBe(0.75);
  });

  it('fits the full-screen view by both sides', () => {
    expect(fitZoom({ width: 1000, height: 200 }, { width: 1500, height: 900 }, 'both')).toBe(1.5);
    expect(fitZoom({ width: 400, height: 200 }, { width: 1600, height: 1000 }, 'both')).toBe(3);
    expect(fitZoom(tree, { width: 1900, height: 1000 }, 'both')).toBe(0.75);
  });

  it('keeps zoom 1 for an empty diagram', () => {
    expect(fitZoom({ width: 0, height: 0 }, { width: 500, height: 500 }, 'both')).toBe(1);
  });
});

describe('naturalSize', () => {
  it('reads the viewBox of the root element first', () => {
    expect(
      naturalSize('<svg id="m" width="100%" viewBox="0.5 0 803.25 2015" style="x"><g/></svg>'),
    ).toEqual({ width: 803.25, height: 2015 });
  });

  it('falls back to the width and height attributes, else null', () => {
    expect(naturalSize('<svg width="640" height="120"><svg viewBox="0 0 1 1"/></svg>')).toEqual({
      width: 640,
      height: 120,
    });
    expect(naturalSize('<svg width="100%"></svg>')).toBeNull();
    expect(naturalSize('<div></div>')).toBeNull();
  });
});

describe('keepCentre and zoomPercent', () => {
  it('keeps the point at the centre of the view in place', () => {
    // centre at 100 + 200 = 300 → 600 at twice the zoom → scroll 400
    expect(keepCentre(100, 400, 1, 2)).toBe(400);
    expect(keepCentre(0, 400, 2, 1)).toBe(0);
    expect(keepCentre(50, 400, 0, 1)).toBe(50);
  });

  it('writes the zoom as a percentage', () => {
    expect(zoomPercent(0.75)).toBe('75%');
    expect(zoomPercent(1.234)).toBe('123%');
  });
});
