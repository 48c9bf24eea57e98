import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bool, level, num, policySupport, range, stars, unknown } from '../catalogue/fact-builders';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { logPosition, normalise, representative } from './normalise';

const facts = (id: string) => seedCatalogue.technologies.find((t) => t.id === id)!.facts;

describe('logPosition', () => {
  it('places x on a log scale between low and high', () => {
    expect(logPosition(10, 1, 100)).toBeCloseTo(0.5, 6);
    expect(logPosition(1, 1, 1024)).toBe(0);
    expect(logPosition(32, 1, 1024)).toBeCloseTo(0.5, 6);
    expect(logPosition(1, 0.01, 10000)).toBeCloseTo(2 / 6, 6);
  });

  it('clamps outside the anchors', () => {
    expect(logPosition(0.5, 1, 1024)).toBe(0);
    expect(logPosition(4096, 1, 1024)).toBe(1);
  });
});

describe('representative', () => {
  it('is the figure of a number fact', () => {
    expect(representative(num(250, 'MB', '17.3.1'), 'lowerLog')).toBe(250);
    expect(representative(num(3000, 'pods/node', '17.3.2'), 'higherLog')).toBe(3000);
  });

  it('is the geometric mean of a range for lower-is-better', () => {
    expect(representative(range(6, 10, 'ms', '17.3.2'), 'lowerLog')).toBeCloseTo(Math.sqrt(60), 6);
    expect(representative(range(0.9, 10, 'MB', '17.3.2'), 'lowerLog')).toBeCloseTo(3, 6);
    expect(representative(range(2, 50, 'MB', '17.3.2'), 'lowerLog')).toBeCloseTo(10, 6);
  });

  it('is the upper end of a range for higher-is-better', () => {
    expect(representative(range(1, 1000, 'nodes', '17.3.1'), 'higherLog')).toBe(1000);
  });

  it('is null for facts without a figure', () => {
    expect(representative(stars(4, '17.3.3'), 'stars')).toBeNull();
    expect(representative(unknown('依赖数据库', 'depends', '17.3.3'), 'lowerLog')).toBeNull();
  });
});

describe('normalise, per rule, on seed facts', () => {
  it('lowerLog on MB: K3s control plane ~250 MB → 1 − log 250 / log 1024', () => {
    expect(normalise(facts('k3s').controlPlaneMemory!, 'lowerLog')).toBeCloseTo(
      1 - Math.log(250) / Math.log(1024),
      6,
    );
    // 512 = 2^9 of 2^10: exactly 0.1.
    expect(normalise(facts('kubernetes').controlPlaneMemory!, 'lowerLog')).toBeCloseTo(0.1, 6);
    expect(normalise(facts('opa-wasm').policyMemory!, 'lowerLog')).toBeCloseTo(0.9, 6);
  });

  it('lowerLog on ms: WasmEdge 6–10 ms → √60 ms → 1 − log(√60 / 0.01) / log(1e6)', () => {
    expect(normalise(facts('wasmedge').startTime!, 'lowerLog')).toBeCloseTo(
      1 - Math.log(Math.sqrt(60) / 0.01) / Math.log(1e6),
      6,
    );
    expect(normalise(facts('wasmedge').startTime!, 'lowerLog')).toBeCloseTo(0.518487, 6);
    // Docker 1–2 s → √2 s = 1414.2 ms.
    expect(normalise(facts('docker').startTime!, 'lowerLog')).toBeCloseTo(
      1 - (5 + Math.log10(Math.SQRT2)) / 6,
      6,
    );
    // sqlite 0.1 ms is 10× the 0.01 ms anchor: 1 − 1/6; OPA 10 ms: 1 − 3/6.
    expect(normalise(facts('sqlite').latency!, 'lowerLog')).toBeCloseTo(5 / 6, 6);
    expect(normalise(facts('opa').policyLatency!, 'lowerLog')).toBeCloseTo(0.5, 6);
  });

  it('higherLog: K3s 1–1000 nodes → 3/4; WasmEdge 3000 pods/node → log10(3000)/4', () => {
    expect(normalise(facts('k3s').nodeRange!, 'higherLog')).toBeCloseTo(0.75, 6);
    expect(normalise(facts('sqlite').nodeRange!, 'higherLog')).toBe(0);
    expect(normalise(facts('wasmedge').podDensity!, 'higherLog')).toBeCloseTo(
      Math.log10(3000) / 4,
      6,
    );
  });

  it('stars: n/5', () => {
    expect(normalise(facts('flannel').networkPerformance!, 'stars')).toBeCloseTo(0.6, 6);
    expect(normalise(facts('cilium').configEase!, 'stars')).toBeCloseTo(0.4, 6);
  });

  it('bool: 1 or 0', () => {
    expect(normalise(facts('k3s').bundledComponents!, 'bool')).toBe(1);
    expect(normalise(facts('sqlite').highAvailability!, 'bool')).toBe(0);
  });

  it('levelLower and levelHigher read the five-step ladder both ways', () => {
    expect(normalise(facts('sqlite').resourceUse!, 'levelLower')).toBe(1);
    expect(normalise(facts('external-db').resourceUse!, 'levelLower')).toBe(0.5);
    expect(normalise(facts('etcd').resourceUse!, 'levelLower')).toBe(0.25);
    expect(normalise(facts('etcd').resourceUse!, 'levelHigher')).toBe(0.75);
    expect(normalise(level('low', '17.3.3'), 'levelLower')).toBe(0.75);
    expect(normalise(level('veryHigh', '17.3.3'), 'levelLower')).toBe(0);
  });

  it('policySupport: none 0, basic 1/3, full 2/3, l7 1', () => {
    expect(normalise(policySupport('none', '17.3.3'), 'policySupport')).toBe(0);
    expect(normalise(facts('flannel').networkPolicy!, 'policySupport')).toBeCloseTo(1 / 3, 6);
    expect(normalise(facts('calico').networkPolicy!, 'policySupport')).toBeCloseTo(2 / 3, 6);
    expect(normalise(facts('cilium').networkPolicy!, 'policySupport')).toBe(1);
  });

  it('is null where the fact gives no figure or is of another kind', () => {
    expect(normalise(facts('external-db').latency!, 'lowerLog')).toBeNull();
    expect(normalise(facts('opa-wasm').githubStars!, 'lowerLog')).toBeNull();
    // A star count is a number fact in unit 'stars': no log anchors for it.
    expect(normalise(facts('kubernetes').githubStars!, 'higherLog')).toBeNull();
    expect(normalise(bool(true, '17.3.3'), 'stars')).toBeNull();
    expect(normalise(stars(5, '17.3.3'), 'bool')).toBeNull();
    expect(normalise(stars(5, '17.3.3'), 'levelLower')).toBeNull();
  });
});

describe('normalise is monotone (fast-check)', () => {
  const mb = fc.double({ min: 0.01, max: 1e6, noNaN: true });
  const nodes = fc.integer({ min: 1, max: 1_000_000 });

  it('less memory never scores lower', () => {
    fc.assert(
      fc.property(mb, mb, (a, b) => {
        const [less, more] = a <= b ? [a, b] : [b, a];
        const sLess = normalise(num(less, 'MB', '17.3.1'), 'lowerLog')!;
        const sMore = normalise(num(more, 'MB', '17.3.1'), 'lowerLog')!;
        return sLess >= sMore && sLess >= 0 && sLess <= 1 && sMore >= 0 && sMore <= 1;
      }),
    );
  });

  it('a smaller memory range never scores lower', () => {
    fc.assert(
      fc.property(mb, mb, mb, (lo, a, b) => {
        const [hi1, hi2] = a <= b ? [a, b] : [b, a];
        if (lo > hi1) return true;
        const s1 = normalise(range(lo, hi1, 'MB', '17.3.2'), 'lowerLog')!;
        const s2 = normalise(range(lo, hi2, 'MB', '17.3.2'), 'lowerLog')!;
        return s1 >= s2;
      }),
    );
  });

  it('more nodes never scores lower', () => {
    fc.assert(
      fc.property(nodes, nodes, (a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const sFewer = normalise(range(1, fewer, 'nodes', '17.3.1'), 'higherLog')!;
        const sMore = normalise(range(1, more, 'nodes', '17.3.1'), 'higherLog')!;
        return sMore >= sFewer && sMore <= 1 && sFewer >= 0;
      }),
    );
  });
});
