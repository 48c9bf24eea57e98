import { bench, describe } from 'vitest';
import { formatCatalogueError } from '../src/catalogue/catalogue-errors';
import { scenarios } from '../src/catalogue/scenarios';
import { seedCatalogue } from '../src/catalogue/seed-catalogue';
import type { Weights } from '../src/catalogue/types';
import { validateCatalogue } from '../src/catalogue/validate';
import {
  assessStacks,
  prepareCatalogue,
  rankAssessed,
  type RankOptions,
} from '../src/engine/evaluate';
import { stackSpace } from '../src/engine/scale/compile';
import { focusOf } from '../src/engine/technology-scores';
import { TOP_ROWS } from '../src/store/scoring/client';
import type { ScoringRequest } from '../src/store/scoring/protocol';
import { rowsFor } from '../src/store/scoring/rows';
import { createScoringSession } from '../src/store/scoring/session';
import { benchRequirements, syntheticCatalogue } from './synthetic-catalogue';

// The store re-ranks on a weight change (rankAssessed) and re-assesses only on a
// requirement change (assessStacks). Each group compares the two on the same data.

const options: RankOptions = { mode: 'fitFirst', showInvalid: false };

/** A slider drag: the resource weight stepping through 0…10, one step per call. */
function sliderMoves(base: Weights): () => Weights {
  let step = 0;
  return () => ({ ...base, resource: step++ % 11 });
}

const edge = scenarios.find((s) => s.id === 'edge')!;
const seedPrepared = prepareCatalogue(seedCatalogue);
const seedAssessed = assessStacks(seedPrepared, edge.requirements);

// 10 · 10 · 10 · 10 · 10 · 1 technologies per layer = 10^5 stacks.
const synthetic = syntheticCatalogue([10, 10, 10, 10, 10, 1]);
const checked = validateCatalogue(synthetic);
if (!checked.ok)
  throw new Error(`synthetic catalogue: ${checked.errors.map(formatCatalogueError).join('; ')}`);
const syntheticPrepared = prepareCatalogue(synthetic);
if (syntheticPrepared.stacks.length !== 100_000) throw new Error('expected 10^5 stacks');
const syntheticAssessed = assessStacks(syntheticPrepared, benchRequirements);

describe('seed catalogue (432 stacks), one weight change', () => {
  const nextSeedWeights = sliderMoves(edge.weights);

  bench('full pipeline: assessStacks + rankAssessed (naive)', () => {
    rankAssessed(assessStacks(seedPrepared, edge.requirements), nextSeedWeights(), options);
  });

  bench('rankAssessed only (what the store does)', () => {
    rankAssessed(seedAssessed, nextSeedWeights(), options);
  });
});

describe('synthetic catalogue (10^5 stacks), one weight change', () => {
  const nextWeights = sliderMoves(edge.weights);

  bench(
    'full pipeline: assessStacks + rankAssessed (naive)',
    () => {
      rankAssessed(assessStacks(syntheticPrepared, benchRequirements), nextWeights(), options);
    },
    { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 },
  );

  bench(
    'rankAssessed only (what the store does)',
    () => {
      rankAssessed(syntheticAssessed, nextWeights(), options);
    },
    { iterations: 10, time: 1000, warmupIterations: 2 },
  );
});

// Why the seed keeps the synchronous path (src/store/scoring/start.ts): the worker's work for
// the same weight step — its session, the two structured clones a postMessage makes, and the
// rows the main thread builds for the stacks it names — against rankAssessed over the
// precomputed vectors. (A real round trip adds at least a task on each side on top.)
describe('seed catalogue (432 stacks): synchronous path vs the worker path', () => {
  const nextSeedWeights = sliderMoves(edge.weights);
  const focus = focusOf(edge);
  const session = createScoringSession();
  const context = {
    catalogue: seedCatalogue,
    requirements: edge.requirements,
    focus,
    space: stackSpace(seedCatalogue),
    technologies: new Map(seedCatalogue.technologies.map((t) => [t.id, t])),
    made: new Map(),
  };
  let seq = 0;
  const request = (weights: Weights): ScoringRequest => ({
    seq: ++seq,
    ...(seq === 1 ? { assessment: { key: 1, ...context } } : {}),
    key: 1,
    weights,
    mode: 'fitFirst',
    showInvalid: false,
    filter: [],
    top: TOP_ROWS,
    ids: [],
    window: null,
    sort: null,
  });
  session.handle(request(edge.weights));

  bench('synchronous: rankAssessed (what useRanking does for the seed)', () => {
    rankAssessed(seedAssessed, nextSeedWeights(), options);
  });

  bench('worker path: clone, session.handle, clone, rows for the top 100', () => {
    const sent = structuredClone(request(nextSeedWeights()));
    const reply = structuredClone(session.handle(sent));
    if (reply.type === 'ranked') rowsFor(context, reply.ranking.top);
  });
});
