import { test } from '@playwright/test';

/**
 * Slider input → next frame, measured in the page: set a weight slider's value, dispatch
 * `input` (React re-ranks and re-renders the table synchronously for this discrete event),
 * then wait for the next animation frame. Chrome's INP ignores slider drags, so we time it
 * ourselves. Baseline in the same run: the same dispatch with an unchanged value (no state
 * change) — the cost of the frame itself. Prints figures; asserts nothing about time.
 */
test('slider input to next frame', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('slider', { name: 'Performance' }).waitFor();
  const result = await page.evaluate(async () => {
    const slider = [...document.querySelectorAll<HTMLInputElement>('input[type=range]')].find(
      (el) =>
        el.getAttribute('aria-label') === 'Performance' ||
        el.labels?.[0]?.textContent?.includes('Performance'),
    )!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () =>
      new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const measure = async (value: string) => {
      await frame();
      const t0 = performance.now();
      setValue.call(slider, value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const rendered = performance.now();
      const painted = await frame();
      return { handler: rendered - t0, frame: painted - t0 };
    };
    const changed: { handler: number; frame: number }[] = [];
    const unchanged: { handler: number; frame: number }[] = [];
    const values = ['0', '0.5', '1', '1.5', '2', '2.5', '3', '3.5', '4', '4.5', '5'];
    for (let round = 0; round < 6; round++) {
      for (const v of values) changed.push(await measure(v));
      for (let i = 0; i < values.length; i++) unchanged.push(await measure(slider.value));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
    const rows = document.querySelectorAll('tbody tr').length;
    return {
      samples: changed.length,
      rows,
      handlerMedian: median(changed.map((c) => c.handler)),
      handlerP95: p95(changed.map((c) => c.handler)),
      frameMedian: median(changed.map((c) => c.frame)),
      frameP95: p95(changed.map((c) => c.frame)),
      baselineHandlerMedian: median(unchanged.map((c) => c.handler)),
      baselineFrameMedian: median(unchanged.map((c) => c.frame)),
    };
  });
  console.log(
    [
      `slider → re-rank + re-render (seed catalogue, ${result.rows} table rows, ${result.samples} moves):`,
      `  input handler incl. React commit: median ${result.handlerMedian.toFixed(2)} ms, p95 ${result.handlerP95.toFixed(2)} ms`,
      `  input → next frame:               median ${result.frameMedian.toFixed(2)} ms, p95 ${result.frameP95.toFixed(2)} ms`,
      `  baseline (same value, no change): handler ${result.baselineHandlerMedian.toFixed(2)} ms, frame ${result.baselineFrameMedian.toFixed(2)} ms`,
      `  handler cost vs one 16.7 ms frame: ${((result.handlerMedian / 16.7) * 100).toFixed(0)} %`,
    ].join('\n'),
  );
});
