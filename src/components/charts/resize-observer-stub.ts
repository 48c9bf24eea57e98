// Test-only: jsdom has no ResizeObserver and lays nothing out, so recharts' `responsive`
// charts would measure 0 × 0 and draw nothing. This stub reports a fixed size at once.

/** Installs a ResizeObserver that reports `width` × `height` for every observed element. */
export function stubResizeObserver(width = 800, height = 400): void {
  class FixedSizeObserver {
    constructor(private readonly callback: ResizeObserverCallback) {}
    observe(target: Element) {
      const entry = { target, contentRect: { width, height } } as unknown as ResizeObserverEntry;
      this.callback([entry], this as unknown as ResizeObserver);
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = FixedSizeObserver as unknown as typeof ResizeObserver;
}
