import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Dimension, FactKey, FactValue } from '../../catalogue/types';
import { scoreTechnologies } from '../../engine/aggregate';
import { coverageLine } from './coverage-words';
import { factCoverage, typedFacts } from './fact-coverage';
import { emptyRow, rowValue } from './fact-row';
import { formMessages } from './form-messages';

const seed = seedCatalogue;
const others = seed.technologies;
const startTime: FactValue = { kind: 'range', min: 100, max: 300, unit: 'ms' };
const names = namesOf(seed);

describe('factCoverage', () => {
  it('a technology with a start time only: scored on Performance, left out of the rest', () => {
    expect(factCoverage(seed.dimensions, { startTime }, others)).toEqual([
      {
        kind: 'none',
        dimension: 'resource',
        aggregation: 'mean',
        facts: [
          'controlPlaneMemory',
          'memoryFootprint',
          'imageSize',
          'resourceUse',
          'policyMemory',
        ],
      },
      {
        kind: 'scored',
        dimension: 'performance',
        aggregation: 'mean',
        facts: ['startTime'],
        imputed: [],
      },
      {
        kind: 'capacity',
        dimension: 'scale',
        has: [],
        lacks: ['nodeRange', 'podDensity'],
        whenNone: { nodes: 10000, podsPerNode: 1 },
      },
      {
        kind: 'none',
        dimension: 'availability',
        aggregation: 'min',
        facts: ['highAvailability', 'offline'],
      },
      {
        kind: 'none',
        dimension: 'cost',
        aggregation: 'mean',
        facts: ['bundledComponents', 'podDensity', 'resourceUse', 'configEase'],
      },
      {
        kind: 'none',
        dimension: 'maturity',
        aggregation: 'min',
        facts: ['maturityStars', 'productionStars', 'communityStars'],
      },
    ]);
  });

  it('follows the facts as they are added; a figure of the wrong kind does not count', () => {
    const facts: Partial<Record<FactKey, FactValue>> = {
      startTime,
      memoryFootprint: { kind: 'range', min: 15, max: 400, unit: 'MB' },
      podDensity: { kind: 'number', value: 300, unit: 'pods/node' },
      // A node range must be a range to cap the nodes (aggregate.ts, nodeCap).
      nodeRange: { kind: 'number', value: 500, unit: 'nodes' },
      // A text gives no figure; "no figure" (unknown) scores the worst known one.
      highAvailability: { kind: 'text', value: { en: 'depends', zh: '' } },
      maturityStars: { kind: 'unknown', value: { en: '-', zh: '-' } },
    };
    const coverage = factCoverage(seed.dimensions, facts, others);
    expect(coverage.map((c) => [c.dimension, c.kind])).toEqual([
      ['resource', 'scored'],
      ['performance', 'scored'],
      ['scale', 'capacity'],
      ['availability', 'none'],
      ['cost', 'scored'],
      ['maturity', 'scored'],
    ]);
    expect(coverage[0]).toMatchObject({ facts: ['memoryFootprint'] });
    expect(coverage[2]).toMatchObject({ has: ['podDensity'], lacks: ['nodeRange'] });
    expect(coverage[4]).toMatchObject({ facts: ['podDensity'] });
    expect(coverage[5]).toMatchObject({ facts: ['maturityStars'], imputed: ['maturityStars'] });
  });

  it('"no figure" counts as missing when no other technology has a figure for it', () => {
    const maturity = seed.dimensions.filter((d) => d.id === 'maturity');
    const unknown: FactValue = { kind: 'unknown', value: { en: '-', zh: '-' } };
    expect(factCoverage(maturity, { maturityStars: unknown }, [])[0]!.kind).toBe('none');
  });

  it('a capacity dimension of one factor reads that factor alone', () => {
    const density: Dimension = {
      ...seed.dimensions.find((d) => d.id === 'scale')!,
      id: 'density',
      metrics: [{ fact: 'podDensity', rule: 'higherLog' }],
    };
    expect(factCoverage([density], {}, others)).toEqual([
      {
        kind: 'capacity',
        dimension: 'density',
        has: [],
        lacks: ['podDensity'],
        whenNone: { nodes: 10000, podsPerNode: 1 },
      },
    ]);
  });

  it('agrees with the engine: left out exactly where the engine scores a technology null', () => {
    const table = scoreTechnologies(seed);
    for (const tech of seed.technologies) {
      const coverage = factCoverage(seed.dimensions, tech.facts, others);
      for (const c of coverage) {
        if (c.kind === 'capacity') continue;
        expect([tech.id, c.dimension, c.kind === 'none']).toEqual([
          tech.id,
          c.dimension,
          table.get(tech.id)![c.dimension]!.score === null,
        ]);
      }
    }
  });

  it('reads rows as typed: an empty figure is no figure yet; a fact listed twice, its first row', () => {
    const row = emptyRow(seed, 'startTime', 'r');
    expect(rowValue(row)).toBeNull();
    expect(rowValue({ ...row, min: '100', max: '300' })).toEqual(startTime);
    expect(typedFacts([row])).toEqual({});
    const twice = [
      { ...row, min: '100', max: '300' },
      { ...row, rowId: 's', min: '1', max: '2' },
    ];
    expect(typedFacts(twice)).toEqual({ startTime });
  });
});

describe('coverageLine', () => {
  const coverage = factCoverage(
    seed.dimensions,
    { startTime, podDensity: { kind: 'number', value: 300, unit: 'pods/node' } },
    others,
  );

  it('says, in English, how a missing figure counts', () => {
    const lines = coverage.map((c) => coverageLine(c, names, 'en', formMessages.en));
    expect(lines).toEqual([
      {
        text: 'Resource: no figure (it reads Control-plane memory, Memory footprint, Image size, Resource use, Memory use). Left out of Resource: a stack scores the mean of its other technologies there (0 if none has a figure).',
        missing: true,
      },
      { text: 'Performance: scored on Start time.', missing: false },
      {
        text: 'Scale (nodes × pods per node): no node range (a From–To range): the stack’s other technologies cap its nodes (10,000 if none has one); its pod density counts if it is the stack’s lowest.',
        missing: true,
      },
      {
        text: 'Availability: no figure (it reads High availability, Offline operation). Left out of Availability: a stack scores the lowest of its other technologies there (0 if none has a figure), so this one is never its weakest link.',
        missing: true,
      },
      { text: 'Cost: scored on Pod density.', missing: false },
      {
        text: 'Maturity: no figure (it reads Maturity, Production validation, Community activity). Left out of Maturity: a stack scores the lowest of its other technologies there (0 if none has a figure), so this one is never its weakest link.',
        missing: true,
      },
    ]);
    const podsMissing = factCoverage(
      seed.dimensions.filter((d) => d.id === 'scale'),
      { nodeRange: { kind: 'range', min: 1, max: 500, unit: 'nodes' } },
      others,
    )[0]!;
    expect(coverageLine(podsMissing, names, 'en', formMessages.en).text).toBe(
      'Scale (nodes × pods per node): its node range caps the stack’s nodes; no pod density (a number): the lowest of the other technologies counts (1 pod per node if none has one).',
    );
  });

  it('in Chinese', () => {
    const zh = (i: number) => coverageLine(coverage[i]!, names, 'zh', formMessages.zh).text;
    expect(zh(1)).toBe('性能：按启动时间计分。');
    expect(zh(2)).toBe(
      '规模（节点数 × 每节点 Pod 数）：无节点数范围（“从–到”范围）：由技术栈的其他技术限制节点数（都没有时按 10,000 个节点计）；其 Pod 密度为技术栈最低时计入。',
    );
    expect(zh(3)).toBe(
      '可用性：无数值（读取高可用、离线能力）。不计入可用性：技术栈在此按其他技术的最低分计（都没有数值时为 0），因此它不会成为最弱一环。',
    );
    const imputed = factCoverage(
      seed.dimensions.filter((d) => d.id === 'maturity'),
      { maturityStars: { kind: 'unknown', value: { en: '-', zh: '-' } } },
      others,
    )[0]!;
    expect(coverageLine(imputed, names, 'zh', formMessages.zh).text).toBe(
      '成熟度：按成熟度评分计分。成熟度评分（无数值）按其他技术的最低数值计。',
    );
    expect(coverageLine(imputed, names, 'en', formMessages.en).text).toBe(
      'Maturity: scored on Maturity. Maturity (no figure) counts as the lowest figure of the other technologies.',
    );
  });
});
