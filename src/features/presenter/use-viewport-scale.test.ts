import { describe, expect, it } from 'vitest';

import { controlZoom, presenterBase } from './use-viewport-scale';

describe('presenterBase', () => {
  it.each([
    [1024, 768, 20.48], // 4:3 projector: the width decides
    [1280, 720, 21.96],
    [1280, 800, 24.4], // laptop: the height decides
    [1920, 1080, 32.94],
    [3840, 2160, 65.88],
  ])('is 2 %% of the width or 3.05 %% of the height at %i × %i', (width, height, base) => {
    expect(presenterBase(width, height)).toBeCloseTo(base, 2);
  });

  it('stays between 15 px (a phone) and 80 px', () => {
    expect(presenterBase(390, 844)).toBe(15);
    expect(presenterBase(10000, 8000)).toBe(80);
  });
});

describe('controlZoom', () => {
  it('leaves native controls alone up to a laptop and zooms them with the type above', () => {
    expect(controlZoom(presenterBase(1024, 768))).toBe(1);
    expect(controlZoom(presenterBase(1280, 800))).toBe(1);
    expect(controlZoom(presenterBase(3840, 2160))).toBeCloseTo(2.7, 2);
  });
});
