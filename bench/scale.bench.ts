import { cpus, loadavg } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bench, describe } from 'vitest';
import { syntheticCatalogue } from '../src/catalogue/synthetic';
import type { Catalogue, Weights } from '../src/catalogue/types';
import {
  assessStacks,
  prepareCatalogue,
  rankAssessed,
  type AssessedStack,
  type RankOptions,
} from '../src/engine/evaluate';
import { normaliseWeights, totalScore } from '../src/engine/rank';
import {
  compiledBytes,
  compileStacks,
  idAt,
  type CompiledStacks,
} from '../src/engine/scale/compile';
import { fullSums, updateSums, weightPlan, type RunningSums } from '../src/engine/scale/score';
import { fullOrder, tiersFor, topK, windowOf, type Tiers } from '../src/engine/scale/select';
import { benchRequirements } from './synthetic-catalogue';

/**
 * The scale kernel (src/engine/scale) against the naive path — an array of AssessedStack
 * objects, a full rescore and a full sort, as rankAssessed does — at 10³ … 10⁶ stacks, in the
 * same run. Per size three groups, so vitest's "x times faster than" is the ratio:
 * - full score: every stack's weighted sum;
 * - delta update: one weight moves one step (a slider), the sums follow;
 * - top-k: the first K rows of the ranking after a weight step.
 * The last bench prints a summary: median ms per call and ratios (vitest's own ratios are of
 * means), build times and memory.
 *
 * The scoring worker never holds the naive objects, and at 10⁶ (3 GB of them) their garbage
 * collection would land in the kernel's timings: each size builds them once, for its first
 * naive bench, and drops them before the kernel's top-k benches; every kernel bench starts
 * after a full collection and an idle process (see kernelSetup). SCALE_BENCH_MAX=5 stops at
 * 10⁵.
 */

/** The rows the table shows. */
const K = 50;
const options: RankOptions = { mode: 'fitFirst', showInvalid: false };

type BenchOptions = NonNullable<Parameters<typeof bench>[2]>;

interface Size {
  label: string;
  /** The synthetic catalogue: `options` technologies in each of `layers` layers. */
  options: number;
  layers: number;
  n: number;
  runs: BenchOptions;
}

// Each size is the app's `?synthetic=<options>x<layers>` catalogue (src/catalogue/synthetic.ts),
// so the browser can show the same stacks.
const fewRuns: BenchOptions = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };
const ALL_SIZES: Size[] = [
  { label: '10^3', options: 10, layers: 3, n: 1e3, runs: { time: 300 } },
  { label: '10^4', options: 10, layers: 4, n: 1e4, runs: { time: 300 } },
  {
    label: '10^5',
    options: 10,
    layers: 5,
    n: 1e5,
    runs: { iterations: 8, time: 0, warmupIterations: 2, warmupTime: 0 },
  },
  { label: '10^6', options: 10, layers: 6, n: 1e6, runs: fewRuns },
];
const maxExponent = Number(process.env.SCALE_BENCH_MAX ?? 6);
const SIZES = ALL_SIZES.filter((s) => s.n <= 10 ** maxExponent);

/** A garbage collection, so heap figures hold only live objects (exposed at run time). */
const gc: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

function settledMemory(): NodeJS.MemoryUsage {
  gc();
  gc();
  return process.memoryUsage();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Build {
  compileMs: number;
  naiveMs: number;
  /** compiledBytes: the dimension, compatibility and fit arrays. */
  kernelArrays: number;
  /** heapUsed + arrayBuffers growth over compileStacks + tiersFor, after gc. */
  kernelMeasured: number;
  /** heapUsed growth over the Stack and AssessedStack objects, after gc. */
  naiveHeap: number;
}

/** Everything one size's benches use. Only one size is held at a time. */
interface Fixture {
  size: Size;
  catalogue: Catalogue;
  base: Weights;
  compiled: CompiledStacks;
  tiers: Tiers;
  running: RunningSums;
  /** The naive objects: held only while the naive benches run. */
  assessed: AssessedStack[] | null;
  build: Build;
}

let held: Fixture | null = null;
const builds = new Map<string, Build>();

/** The compiled stacks of a size (dropping any other size's fixture). */
function compiledFixture(size: Size): Fixture {
  if (held?.size === size) return held;
  held = null;
  const catalogue = syntheticCatalogue({ options: size.options, layers: size.layers });
  const base = catalogue.scenarios[0]!.weights;
  const m0 = settledMemory();
  const t = performance.now();
  const compiled = compileStacks(catalogue, benchRequirements);
  const tiers = tiersFor(compiled, { ...options, filter: [] });
  const compileMs = performance.now() - t;
  const m1 = settledMemory();
  if (compiled.size !== size.n) throw new Error(`expected ${size.n} stacks, got ${compiled.size}`);
  held = {
    size,
    catalogue,
    base,
    compiled,
    tiers,
    running: fullSums(compiled, weightPlan(compiled, base)),
    assessed: null,
    build: {
      compileMs,
      naiveMs: Number.NaN,
      kernelArrays: compiledBytes(compiled),
      kernelMeasured: m1.heapUsed - m0.heapUsed + (m1.arrayBuffers - m0.arrayBuffers),
      naiveHeap: Number.NaN,
    },
  };
  builds.set(size.label, held.build);
  return held;
}

/** Setup of a naive bench: the AssessedStack objects, built (and checked) if not held. */
function naiveSetup(size: Size): void {
  const x = compiledFixture(size);
  if (x.assessed) return;
  const first = Number.isNaN(x.build.naiveMs);
  const m0 = first ? settledMemory() : null;
  const t = performance.now();
  const assessed = assessStacks(prepareCatalogue(x.catalogue), benchRequirements);
  const naiveMs = performance.now() - t;
  if (assessed.length !== size.n) throw new Error(`expected ${size.n} stacks`);
  x.assessed = assessed;
  if (!first) return;
  x.build.naiveMs = naiveMs;
  x.build.naiveHeap = settledMemory().heapUsed - m0!.heapUsed;
  // The kernel's top K must be the reference ranking's first K (ids, ranks, totals), or the
  // groups would time different work.
  const fast = topK(x.compiled, fullSums(x.compiled, weightPlan(x.compiled, x.base)), x.tiers, K);
  const reference = rankAssessed(assessed, x.base, options).slice(0, K);
  const same =
    fast.length === reference.length &&
    fast.every(
      (row, i) =>
        idAt(x.compiled, row.index) === reference[i]!.stack.id &&
        row.rank === reference[i]!.rank &&
        row.total === reference[i]!.total,
    );
  if (!same) throw new Error(`${size.label}: topK differs from rankAssessed's first ${K}`);
}

/** Set by a naive bench: the heap has garbage (and maybe a collection in flight). */
let churned = false;

/**
 * Waits until the process is idle — no garbage-collector thread sweeping or unmapping — so
 * that none of it lands in the next timings: 100 ms slices until one uses under 10 ms of CPU.
 */
async function settle(maxMs = 15_000): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < maxMs) {
    const cpu = process.cpuUsage();
    await sleep(100);
    const used = process.cpuUsage(cpu);
    if (used.user + used.system < 10_000) return;
  }
}

/**
 * Setup of a kernel bench: the naive objects dropped (unless `keepNaive`), the garbage
 * collected, the process idle. Only the delta update keeps them: it allocates nothing, so
 * after a full collection they cost it nothing (a probe at 10⁶: updateSums 1.5–3.3 ms with
 * them held, 1.8–3.4 ms with them dropped), and keeping them saves a second naive build.
 */
async function kernelSetup(size: Size, keepNaive = false): Promise<void> {
  const x = compiledFixture(size);
  if (x.assessed && !keepNaive) {
    x.assessed = null;
    churned = true;
  }
  if (churned) {
    gc();
    gc();
    churned = false;
  }
  await settle();
}

/** A slider drag: the resource weight stepping through 0…10, one step per call. */
function sliderMoves(): () => Weights {
  let step = 0;
  return () => ({ ...held!.base, resource: step++ % 11 });
}

/** The naive full score: every object's totalScore under the normalised weights. */
function naiveScores(weights: Weights): { id: string; total: number }[] {
  const w = normaliseWeights(weights);
  return held!.assessed!.map((a) => ({ id: a.stack.id, total: totalScore(a.dimensions, w) }));
}

// Our own per-call timings (timed runs only, not warm-up), for the summary table: wall clock,
// and for the big sizes also the process's CPU time, which other processes on a busy machine
// do not inflate (it does count the garbage collector's helper threads).
const samples = new Map<string, number[]>();
let recording = false;
/** Calls to leave out: tinybench calls a sync bench once, untimed, to see if it is async. */
let skip = 0;
let sink: unknown;
const loadAtStart = loadavg();

type Path = 'naive' | 'kernel' | 'fullOrder' | 'topKOnly';
type Op = 'full' | 'delta' | 'topk';
type Clock = 'wall' | 'cpu';

/** Sizes run a fixed few iterations; their benches are async (no untimed probe call). */
const fixed = (size: Size) => size.runs.iterations !== undefined && size.runs.time === 0;

function record(key: string, ms: number): void {
  const list = samples.get(key) ?? [];
  list.push(ms);
  samples.set(key, list);
}

function timed(size: Size, op: Op, path: Path, fn: () => unknown): () => void {
  const key = `${size.label}|${op}|${path}`;
  if (!fixed(size))
    return () => {
      const t = performance.now();
      sink = fn();
      const ms = performance.now() - t;
      if (skip > 0) skip--;
      else if (recording) record(`wall|${key}`, ms);
    };
  // An async function skips the probe call (which at 10⁶ would be a 5 s rankAssessed); its
  // await adds about a microsecond, so the small sizes, timed in microseconds, stay sync.
  return async () => {
    const cpu = process.cpuUsage();
    const t = performance.now();
    sink = fn();
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    if (recording) {
      record(`wall|${key}`, ms);
      record(`cpu|${key}`, (used.user + used.system) / 1000);
    }
  };
}

/** The median ms per call: one garbage-collection pause among 3 timed calls leaves it be. */
function median(clock: Clock, size: Size, op: Op, path: Path): number | null {
  const list = samples.get(`${clock}|${size.label}|${op}|${path}`);
  if (!list || list.length === 0) return null;
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const pad = (s: string, n: number) => s.padStart(n);
const ms = (x: number | null) => (x === null ? '-' : x < 1 ? x.toFixed(3) : x.toFixed(1));
const ratio = (a: number | null, b: number | null) =>
  a === null || b === null || b === 0 || Number.isNaN(a) ? '-' : `${(a / b).toFixed(1)}×`;
const mb = (bytes: number) => (Number.isNaN(bytes) ? '-' : `${(bytes / 2 ** 20).toFixed(1)} MB`);
const row = (cells: [string, number][]) => cells.map(([s, n]) => pad(s, n)).join(' ');

function timingTable(clock: Clock, sizes: Size[]): string[] {
  const lines = [
    row([
      ['stacks', 7],
      ['full naive', 11],
      ['kernel', 8],
      ['ratio', 7],
      ['delta naive', 12],
      ['kernel', 8],
      ['ratio', 7],
      ['top-k naive', 12],
      ['kernel', 8],
      ['ratio', 7],
      ['fullOrder', 10],
      ['topK only', 10],
    ]),
  ];
  for (const size of sizes) {
    const m = (op: Op, path: Path) => median(clock, size, op, path);
    lines.push(
      row([
        [size.label, 7],
        [ms(m('full', 'naive')), 11],
        [ms(m('full', 'kernel')), 8],
        [ratio(m('full', 'naive'), m('full', 'kernel')), 7],
        [ms(m('delta', 'naive')), 12],
        [ms(m('delta', 'kernel')), 8],
        [ratio(m('delta', 'naive'), m('delta', 'kernel')), 7],
        [ms(m('topk', 'naive')), 12],
        [ms(m('topk', 'kernel')), 8],
        [ratio(m('topk', 'naive'), m('topk', 'kernel')), 7],
        [ms(m('topk', 'fullOrder')), 10],
        [ms(m('topk', 'topKOnly')), 10],
      ]),
    );
  }
  return lines;
}

function printSummary(): void {
  const links = SIZES.map((s) => `${s.options}x${s.layers}`).join(', ');
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const lines: string[] = [
    '',
    `Scale kernel vs naive, K = ${K}. Catalogues ?synthetic=${links} (seed 17), benchRequirements,`,
    'fitFirst, invalid stacks hidden. Median wall-clock ms per call (timed runs):',
    ...timingTable('wall', SIZES),
    'full: naive = totalScore per object into {id,total}[]; kernel = weightPlan + fullSums.',
    'delta: naive = the same full rescore; kernel = weightPlan + updateSums (one weight moved).',
    `top-k: naive = rankAssessed(…).slice(0, ${K}); kernel = weightPlan + updateSums + topK(${K});`,
    `  fullOrder = weightPlan + fullOrder + windowOf(0, ${K}) (the kernel's full sort);`,
    `  topK only = topK(${K}) on sums already up to date.`,
  ];
  const big = SIZES.filter(fixed);
  if (big.length > 0)
    lines.push(
      '',
      'The same calls, median CPU ms (process.cpuUsage: user + system, all threads of the process):',
      ...timingTable('cpu', big),
    );
  lines.push(
    '',
    'Build (once per catalogue + requirements) and memory:',
    row([
      ['stacks', 7],
      ['compile ms', 11],
      ['naive ms', 9],
      ['compiled arrays', 16],
      ['kernel measured', 16],
      ['naive objects', 14],
      ['ratio', 7],
    ]),
  );
  for (const size of SIZES) {
    const b = builds.get(size.label);
    if (!b) continue;
    lines.push(
      row([
        [size.label, 7],
        [b.compileMs.toFixed(0), 11],
        [Number.isNaN(b.naiveMs) ? '-' : b.naiveMs.toFixed(0), 9],
        [mb(b.kernelArrays), 16],
        [mb(b.kernelMeasured), 16],
        [mb(b.naiveHeap), 14],
        [ratio(b.naiveHeap, b.kernelArrays), 7],
      ]),
    );
  }
  lines.push(
    'compile = compileStacks + tiersFor; naive = prepareCatalogue (Stack objects) + assessStacks.',
    'compiled arrays = compiledBytes (6 Float64Array dimensions + compat + fit: 50 B/stack);',
    'kernel measured = heapUsed + arrayBuffers growth over compile (after gc); naive objects =',
    'heapUsed growth over the Stack + AssessedStack objects (after gc). On top of the compiled',
    'arrays a ranking holds tiers (1 B/stack) and running sums (8 B/stack); the lazy full order',
    'adds its keys (8 B/listed stack).',
    `Node ${process.version}, heap limit ${mb(getHeapStatistics().heap_size_limit)}, ${cpus().length} CPUs, ` +
      `load average (1/5/15 min) ${load(loadAtStart)} at the start, ${load(loadavg())} now.`,
  );
  console.log(lines.join('\n'));
}

for (const size of SIZES) {
  const last = size === SIZES[SIZES.length - 1];
  const group = (title: string) =>
    `${size.label} stacks (${size.options}x${size.layers}): ${title}`;
  const naive: BenchOptions = {
    ...size.runs,
    setup: (_task, mode) => {
      naiveSetup(size);
      churned = true;
      recording = mode === 'run';
      skip = fixed(size) ? 0 : 1;
    },
  };
  const kernelWith = (keepNaive: boolean): BenchOptions => ({
    ...size.runs,
    setup: async (_task, mode) => {
      await kernelSetup(size, keepNaive);
      recording = mode === 'run';
      skip = fixed(size) ? 0 : 1;
    },
  });
  const kernel = kernelWith(false);
  const compiled = () => held!.compiled;

  // Bench order: kernel, naive (built) | naive, kernel (kept) | naive, kernel… (dropped).
  describe(group('full score'), () => {
    const kernelWeights = sliderMoves();
    const naiveWeights = sliderMoves();
    bench(
      'kernel: fullSums over typed arrays',
      timed(size, 'full', 'kernel', () =>
        fullSums(compiled(), weightPlan(compiled(), kernelWeights())),
      ),
      kernel,
    );
    bench(
      'naive: totalScore per AssessedStack → {id,total}[]',
      timed(size, 'full', 'naive', () => naiveScores(naiveWeights())),
      naive,
    );
  });

  describe(group('delta update (one weight step)'), () => {
    const naiveWeights = sliderMoves();
    const kernelWeights = sliderMoves();
    bench(
      'naive: full rescore',
      timed(size, 'delta', 'naive', () => naiveScores(naiveWeights())),
      naive,
    );
    bench(
      'kernel: updateSums',
      timed(size, 'delta', 'kernel', () => {
        const x = held!;
        x.running = updateSums(x.compiled, x.running, weightPlan(x.compiled, kernelWeights()));
        return x.running;
      }),
      kernelWith(true),
    );
  });

  describe(group(`top ${K} after a weight step`), () => {
    const naiveWeights = sliderMoves();
    const kernelWeights = sliderMoves();
    const orderWeights = sliderMoves();
    bench(
      `naive: rankAssessed (full rescore + full sort), first ${K}`,
      timed(size, 'topk', 'naive', () =>
        rankAssessed(held!.assessed!, naiveWeights(), options).slice(0, K),
      ),
      naive,
    );
    bench(
      `kernel: updateSums + topK(${K})`,
      timed(size, 'topk', 'kernel', () => {
        const x = held!;
        x.running = updateSums(x.compiled, x.running, weightPlan(x.compiled, kernelWeights()));
        return topK(x.compiled, x.running, x.tiers, K);
      }),
      kernel,
    );
    bench(
      `kernel: topK(${K}) only, sums up to date`,
      timed(size, 'topk', 'topKOnly', () => {
        const x = held!;
        return topK(x.compiled, x.running, x.tiers, K);
      }),
      kernel,
    );
    bench(
      `kernel: fullOrder (sort of packed keys) + windowOf(0, ${K})`,
      timed(size, 'topk', 'fullOrder', () => {
        const x = held!;
        const plan = weightPlan(x.compiled, orderWeights());
        return windowOf(x.compiled, plan, fullOrder(x.compiled, plan, x.tiers), 0, K);
      }),
      {
        ...kernel,
        teardown: (_task, mode) => {
          if (last && mode === 'run') printSummary();
        },
      },
    );
  });
}

export { sink };
