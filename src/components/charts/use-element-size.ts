import { useLayoutEffect, useState, type RefObject } from 'react';

/** An element's content-box size in px, 0 × 0 until it has been laid out. */
export interface ElementSize {
  width: number;
  height: number;
}

/**
 * The size of the element in `ref`, followed with a ResizeObserver; re-renders only when the
 * rounded size changes.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (width: number, height: number) =>
      setSize((old) => {
        const next = { width: Math.round(width), height: Math.round(height) };
        return old.width === next.width && old.height === next.height ? old : next;
      });
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (rect) update(rect.width, rect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
