import { describe, expect, it } from 'vitest';

import {
  boxesOverlap,
  estimateTextWidth,
  radarGeometry,
  segmentHitsBox,
  type Box,
  type RadarGeometry,
} from './radar-geometry';

const EN = ['Resource', 'Performance', 'Scale', 'Availability', 'Cost', 'Maturity'];
const ZH = ['资源', '性能', '规模', '可用性', '成本', '成熟度'];
const SEVEN = [...EN, 'Developer experience'];

/** Everything that must hold for any geometry: inside the box, no label or value collisions. */
function collisions(g: RadarGeometry): string[] {
  const found: string[] = [];
  const inside = (b: Box) =>
    b.x >= 0 && b.y >= 0 && b.x + b.width <= g.width && b.y + b.height <= g.height;
  const spoke = (a: number) =>
    [
      g.cx,
      g.cy,
      g.cx + g.radius * Math.cos((a * Math.PI) / 180),
      g.cy - g.radius * Math.sin((a * Math.PI) / 180),
    ] as const;
  g.labels.forEach((l, i) => {
    const name = l.lines.map((x) => x.text).join(' ');
    if (!inside(l.box)) found.push(`${name} outside`);
    // Nearest point of the label to the centre lies outside the outer ring.
    const dx = Math.max(l.box.x - g.cx, 0, g.cx - (l.box.x + l.box.width));
    const dy = Math.max(l.box.y - g.cy, 0, g.cy - (l.box.y + l.box.height));
    if (Math.hypot(dx, dy) <= g.radius) found.push(`${name} touches the ring`);
    g.labels.slice(i + 1).forEach((o) => {
      if (boxesOverlap(l.box, o.box)) found.push(`${name} overlaps ${o.lines[0]!.text}`);
    });
  });
  g.ticks.forEach((t, i) => {
    if (g.angles.some((a) => segmentHitsBox(...spoke(a), t.box)))
      found.push(`${t.value} on a spoke`);
    const next = g.ticks[i + 1];
    if (next && boxesOverlap(t.box, next.box)) found.push(`${t.value} overlaps ${next.value}`);
  });
  return found;
}

describe('radarGeometry', () => {
  it.each([
    // the radar panel at 1920 (≈ 820 px inside the panel), at 1280 / 1024 and on a phone
    [820, EN],
    [820, ZH],
    [640, EN],
    [540, ZH],
    [300, EN],
    [300, ZH],
    [260, SEVEN],
    [820, SEVEN],
  ])('fits %i px with %j and no collisions', (width, labels) => {
    const g = radarGeometry({ width, labels, fontSize: 14, maxRadius: 240 });
    expect(collisions(g)).toEqual([]);
    expect(g.labels).toHaveLength(labels.length);
  });

  it('fills a wide box up to the largest radius and takes the height it needs', () => {
    const g = radarGeometry({ width: 820, labels: EN, fontSize: 14, maxRadius: 240 });
    expect(g.radius).toBe(240);
    expect(g.cx).toBe(410);
    // The ring (2 × 240), a gap (8) and a line (18) above and below it, 4 px padding each side.
    expect(g.height).toBe(540);
    expect(g.ticks.map((t) => t.value)).toEqual([20, 40, 60, 80]);
  });

  it('grows with the width until the cap, and a phone still gets a usable radius', () => {
    const radius = (width: number) =>
      radarGeometry({ width, labels: EN, fontSize: 14, maxRadius: 240 }).radius;
    expect(radius(300)).toBeGreaterThanOrEqual(60);
    expect(radius(300)).toBeLessThan(radius(540));
    expect(radius(540)).toBeLessThan(radius(820));
  });

  it('fits a fixed box: the height limits the radius and the chart is centred', () => {
    const g = radarGeometry({ width: 1200, height: 400, labels: ZH, fontSize: 24 });
    expect(g.height).toBe(400);
    expect(g.radius).toBeLessThan(200 - 24);
    expect(g.cx).toBe(600);
    expect(collisions(g)).toEqual([]);
  });

  it('sets the grid values between the first two spokes, not on the top one', () => {
    const g = radarGeometry({ width: 820, labels: EN, fontSize: 14, maxRadius: 240 });
    const sixty = g.ticks.find((t) => t.value === 60)!;
    // Along 60° (midway between the spokes at 90° and 30°), where the 60 ring (a hexagon of
    // radius 144) crosses that line: 144 × cos 30°.
    const r = 144 * Math.cos(Math.PI / 6);
    expect(sixty.x).toBeCloseTo(g.cx + r * Math.cos(Math.PI / 3), 6);
    expect(sixty.y).toBeCloseTo(g.cy - r * Math.sin(Math.PI / 3), 6);
    expect(sixty.x - g.cx).toBeGreaterThan(sixty.box.width / 2);
  });

  it('keeps every other value when the ring is small, and drops values that would touch a spoke', () => {
    const small = radarGeometry({ width: 820, labels: EN, fontSize: 14, maxRadius: 90 });
    expect(small.ticks.map((t) => t.value)).toEqual([40, 80]);
    // 20 would touch the spokes near the centre; 40, 60 and 80 have room.
    const medium = radarGeometry({ width: 820, labels: EN, fontSize: 14, maxRadius: 120 });
    expect(medium.ticks.map((t) => t.value)).toEqual([40, 60, 80]);
    const tiny = radarGeometry({ width: 820, labels: EN, fontSize: 14, maxRadius: 50 });
    expect(tiny.ticks).toEqual([]);
    expect(collisions(medium)).toEqual([]);
    expect(collisions(small)).toEqual([]);
  });

  it('wraps a long name once at the most balanced space, labels left and right of their spokes', () => {
    const g = radarGeometry({ width: 520, labels: SEVEN, fontSize: 14, maxRadius: 240 });
    expect(g.labels[6]!.lines.map((l) => l.text)).toEqual(['Developer', 'experience']);
    expect(g.labels[0]!.anchor).toBe('middle');
    expect(g.labels[1]!.anchor).toBe('start');
    expect(g.labels[6]!.anchor).toBe('end');
  });

  it('ellipsises a name too long for its place, so the ring keeps its size (issue 12)', () => {
    const hostile = [
      ...EN.slice(0, 5),
      'W'.repeat(80),
      `B["x"]\nclick B call alert(1)\n${'y '.repeat(2000)}`,
    ];
    const g = radarGeometry({ width: 520, labels: hostile, fontSize: 14, maxRadius: 240 });
    const plain = radarGeometry({ width: 520, labels: SEVEN, fontSize: 14, maxRadius: 240 });
    expect(g.radius).toBeGreaterThanOrEqual(plain.radius * 0.7);
    expect(collisions(g)).toEqual([]);
    const [long, multi] = [g.labels[5]!, g.labels[6]!].map((l) => l.lines.map((x) => x.text));
    expect(long).toHaveLength(1);
    expect(long![0]).toMatch(/^W+…$/);
    expect(multi!.length).toBeLessThanOrEqual(2);
    expect(multi!.join(' ')).not.toMatch(/\n/);
    expect(multi!.join(' ')).toMatch(/^B\["x"\] click B call/);
    for (const l of [g.labels[5]!, g.labels[6]!])
      expect(l.box.width).toBeLessThanOrEqual(Math.max(520 * 0.22, 14 * 10) + 1);
  });

  it('has no ticks for fewer than three axes', () => {
    expect(radarGeometry({ width: 400, labels: ['A', 'B'], fontSize: 14 }).ticks).toEqual([]);
  });
});

describe('geometry helpers', () => {
  it('estimates Chinese as a full em and Latin narrower', () => {
    expect(estimateTextWidth('成熟度', 10)).toBe(30);
    expect(estimateTextWidth('Cost', 10)).toBeCloseTo(21.6, 6);
  });

  it('tells whether a segment crosses a box', () => {
    const box = { x: 10, y: 10, width: 10, height: 10 };
    expect(segmentHitsBox(0, 0, 30, 30, box)).toBe(true);
    expect(segmentHitsBox(0, 0, 30, 0, box)).toBe(false);
    expect(segmentHitsBox(15, 0, 15, 5, box)).toBe(false);
    expect(boxesOverlap(box, { x: 19, y: 19, width: 5, height: 5 })).toBe(true);
    expect(boxesOverlap(box, { x: 20, y: 10, width: 5, height: 5 })).toBe(false);
  });
});
