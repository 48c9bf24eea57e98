import { useLayoutEffect, type RefObject } from 'react';

import { fitBounds, fitFont } from './fit-font';

/** True when the element's content spills out of its box (the 1 px allows for rounding). */
const spills = (el: Element) =>
  el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;

/** The area or one of its parts (title, body) spills: a wide table can hide in the area's padding. */
const overflows = (area: HTMLElement) => spills(area) || [...area.children].some(spills);

/** Writes the largest fitting font size of fitBounds(base) into the area's inline style. */
function fitArea(area: HTMLElement, base: number): void {
  const { min, max } = fitBounds(base);
  const size = fitFont(min, max, (s) => {
    area.style.fontSize = `${s}px`;
    return !overflows(area);
  });
  area.style.fontSize = `${size}px`;
}

/** A mutation inside a chart's SVG: the chart redrawing itself at a new size, not new content. */
const inChart = (record: MutationRecord) => {
  const node = record.target;
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest('svg') != null;
};

/**
 * Sizes the type of `area` (a slide) between fitBounds(base) so that its content fills it
 * without spilling out: the largest size that fits, else the smallest (the area then scrolls).
 * Re-fits before paint when `slide` or `base` changes, and on the next frame when the area is
 * resized or its text changes (a live re-rank). Writes the area's inline font-size; never
 * re-renders.
 */
export function useFitFont(area: RefObject<HTMLElement | null>, base: number, slide: string) {
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    let frame = 0;
    const fit = () => {
      frame = 0;
      fitArea(el, base);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(fit);
    };
    fit();
    const resize = new ResizeObserver(schedule);
    resize.observe(el);
    for (const child of el.children) resize.observe(child);
    const mutation = new MutationObserver((records) => {
      if (records.some((r) => !inChart(r))) schedule();
    });
    mutation.observe(el, { subtree: true, childList: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutation.disconnect();
    };
  }, [area, base, slide]);
}
