import { bench, describe } from 'vitest';

import { seedCatalogue } from '../src/catalogue/seed-catalogue';
import { syntheticCatalogue } from '../src/catalogue/synthetic';
import type { Weights } from '../src/catalogue/types';
import { dominanceOf } from '../src/engine/analysis/dominance';
import { stabilityOf } from '../src/engine/analysis/stability';
import { sweepWeight } from '../src/engine/analysis/sweep';
import type { Method } from '../src/engine/methods';
import { compileStacks, type CompiledStacks } from '../src/engine/scale/compile';
import { fullSums, weightPlan } from '../src/engine/scale/score';
import { tiersFor, topK, type Tiers } from '../src/engine/scale/select';
import { focusOf } from '../src/engine/technology-scores';

/**
 * The sensitivity analyses (src/engine/analysis) beside the work a slider step already does:
 * - seed catalogue (432 stacks, default scenario): stabilityOf — the intervals of all six
 *   weights and the nearest reversal, what the sliders' bands redraw on every step — against
 *   one full rescore + top-1 (weightPlan + fullSums + topK(1)), per method; and one sweep;
 * - 10^6 stacks (?synthetic=10x6, seed 1): the same, and dominanceOf (once per catalogue,
 *   requirements and rank mode).
 * The last bench prints median ms per call. ANALYSIS_BENCH_BIG=0 skips 10^6.
 */

type BenchOptions = NonNullable<Parameters<typeof bench>[2]>;

interface Fixture {
  compiled: CompiledStacks;
  tiers: Tiers;
  base: Weights;
}

function fixture(catalogue: typeof seedCatalogue): Fixture {
  const scenario = catalogue.scenarios[0]!;
  const compiled = compileStacks(catalogue, scenario.requirements, focusOf(scenario));
  const tiers = tiersFor(compiled, { mode: 'fitFirst', showInvalid: false, filter: [] });
  return { compiled, tiers, base: scenario.weights };
}

/** A slider drag: the resource weight stepping through 0 … 5 in halves, one step per call. */
function sliderMoves(base: Weights): () => Weights {
  let step = 0;
  return () => ({ ...base, resource: (step++ % 11) / 2 });
}

const samples = new Map<string, number[]>();
let sink: unknown;

function timed(key: string, fn: () => unknown): () => void {
  return () => {
    const t = performance.now();
    sink = fn();
    const list = samples.get(key) ?? [];
    list.push(performance.now() - t);
    samples.set(key, list);
  };
}

function median(key: string): string {
  const list = [...(samples.get(key) ?? [])].sort((a, b) => a - b);
  if (list.length === 0) return '-';
  const mid = list.length >> 1;
  const m = list.length % 2 ? list[mid]! : (list[mid - 1]! + list[mid]!) / 2;
  return m < 1 ? `${(m * 1000).toFixed(0)} µs` : `${m.toFixed(1)} ms`;
}

const METHODS: Method[] = ['weightedSum', 'weightedProduct', 'topsis'];
const big = process.env.ANALYSIS_BENCH_BIG !== '0';
const seedRuns: BenchOptions = { time: 300 };
const bigRuns: BenchOptions = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };

const seed = fixture(seedCatalogue);
let million: Fixture | null = null;
const millionFixture = () =>
  (million ??= fixture(syntheticCatalogue({ options: 10, layers: 6, seed: 1 })));

function printSummary(): void {
  const lines = ['', 'Sensitivity analyses, median per call (fitFirst, invalid hidden):'];
  const sizes = big ? ['seed', '10^6'] : ['seed'];
  for (const size of sizes)
    for (const method of METHODS)
      lines.push(
        `  ${size.padEnd(5)} ${method.padEnd(16)} stability (6 weights) ${median(`${size}|${method}|stability`).padStart(9)}` +
          `   rescore + top-1 ${median(`${size}|${method}|baseline`).padStart(9)}` +
          `   sweep (5 × 101) ${median(`${size}|${method}|sweep`).padStart(9)}`,
      );
  if (big) lines.push(`  10^6  dominance (once per catalogue)   ${median('10^6|dominance')}`);
  console.log(lines.join('\n'));
}

for (const method of METHODS) {
  describe(`seed catalogue (432 stacks), ${method}`, () => {
    const a = sliderMoves(seed.base);
    const b = sliderMoves(seed.base);
    const c = sliderMoves(seed.base);
    bench(
      'baseline: one full rescore + top-1',
      timed(`seed|${method}|baseline`, () => {
        const plan = weightPlan(seed.compiled, a(), method);
        return topK(seed.compiled, fullSums(seed.compiled, plan), seed.tiers, 1);
      }),
      seedRuns,
    );
    bench(
      'stability intervals for all six weights per slider tick',
      timed(`seed|${method}|stability`, () => stabilityOf(seed.compiled, b(), seed.tiers, method)),
      seedRuns,
    );
    bench(
      'sweep of one weight (top 5, 101 values, crossings)',
      timed(`seed|${method}|sweep`, () =>
        sweepWeight(seed.compiled, c(), seed.tiers, method, 'performance'),
      ),
      {
        ...seedRuns,
        teardown: (_task, mode) => {
          if (!big && method === 'topsis' && mode === 'run') printSummary();
        },
      },
    );
  });
}

if (big)
  describe('10^6 stacks (?synthetic=10x6, seed 1)', () => {
    for (const method of METHODS) {
      const a = sliderMoves(seed.base);
      const b = sliderMoves(seed.base);
      const c = sliderMoves(seed.base);
      bench(
        `${method}: baseline: one full rescore + top-1`,
        timed(`10^6|${method}|baseline`, () => {
          const x = millionFixture();
          return topK(
            x.compiled,
            fullSums(x.compiled, weightPlan(x.compiled, a(), method)),
            x.tiers,
            1,
          );
        }),
        { ...bigRuns, setup: () => void millionFixture() },
      );
      bench(
        `${method}: stability intervals for all six weights`,
        timed(`10^6|${method}|stability`, () => {
          const x = millionFixture();
          return stabilityOf(x.compiled, b(), x.tiers, method);
        }),
        bigRuns,
      );
      bench(
        `${method}: sweep of one weight`,
        timed(`10^6|${method}|sweep`, () => {
          const x = millionFixture();
          return sweepWeight(x.compiled, c(), x.tiers, method, 'performance');
        }),
        bigRuns,
      );
    }
    bench(
      'dominance (sort-filter-skyline)',
      timed('10^6|dominance', () => {
        const x = millionFixture();
        return dominanceOf(x.compiled, x.tiers);
      }),
      {
        iterations: 3,
        time: 0,
        warmupIterations: 0,
        warmupTime: 0,
        teardown: (_task, mode) => {
          if (mode === 'run') printSummary();
        },
      },
    );
  });

export { sink };
