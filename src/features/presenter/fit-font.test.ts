import { describe, expect, it } from 'vitest';

import { fitBounds, fitFont } from './fit-font';

describe('fitBounds', () => {
  it('lets a slide grow to 1.35 × the base and shrink to half of it', () => {
    expect(fitBounds(30)).toEqual({ min: 15, max: 40.5 });
  });

  it('never shrinks below 12 px, and never lets the floor pass the ceiling', () => {
    expect(fitBounds(20)).toEqual({ min: 12, max: 27 });
    expect(fitBounds(8)).toEqual({ min: 10.8, max: 10.8 });
  });
});

describe('fitFont', () => {
  // A slide whose content fits up to `limit` px; counts the layouts it takes.
  const slide = (limit: number) => {
    const tried: number[] = [];
    const fits = (size: number) => {
      tried.push(size);
      return size <= limit;
    };
    return { fits, tried };
  };

  it('takes the largest size when it fits, with one measurement', () => {
    const s = slide(100);
    expect(fitFont(12, 29.28, s.fits)).toBe(29.25);
    expect(s.tried).toEqual([29.25]);
  });

  it('finds the largest fitting size to a quarter pixel by bisection', () => {
    const s = slide(21.3);
    expect(fitFont(12, 29.28, s.fits)).toBe(21.25);
    expect(s.tried.length).toBeLessThanOrEqual(8);
  });

  it('keeps the smallest size when nothing fits (the slide then scrolls)', () => {
    expect(fitFont(12, 24, slide(5).fits)).toBe(12);
  });

  it('returns the size itself when the range is one size', () => {
    expect(fitFont(14, 14, slide(5).fits)).toBe(14);
  });

  it('honours a coarser step', () => {
    expect(fitFont(10, 20, slide(17.9).fits, 1)).toBe(17);
  });
});
