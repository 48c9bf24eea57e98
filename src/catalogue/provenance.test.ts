import { describe, expect, it } from 'vitest';
// The vendored seed (docs/seed/chapter-17.zh.md), read through Vite's `?raw` so the app's
// tsconfig needs no Node types; the path is relative to this file.
import seedMarkdown from '../../docs/seed/chapter-17.zh.md?raw';
import { seedCatalogue } from './seed-catalogue';
import {
  normaliseSeed,
  occursAsToken,
  printedFigures,
  printedStars,
  seedSections,
  type SeedSection,
} from './seed-text';
import { COMPATIBILITY_COLUMNS, COMPATIBILITY_MARK, SCHEME_COLUMNS } from './seed-tables';
import type {
  CompatibilityCell,
  CompatibilityMatrixRow,
  Derivation,
  Fact,
  Level,
  PolicySupport,
  Reading,
  SchemeRow,
  Technology,
} from './types';

/**
 * Provenance (issue 7, item 5): everything with a seed badge is either printed by the seed —
 * then its `quote` occurs in its section — or a reading with a rationale and existing sections.
 *
 * Strictness: a section's text is its OWN text, from its heading to the next heading of any
 * level; a parent section (17.2.4) does not contain its subsections' tables. A quote must be a
 * whole token there (no "1" inside "10", no "⭐⭐⭐" inside "⭐⭐⭐⭐⭐"). A technology fact's quote
 * must stand in prose or be a whole cell of that technology's own table row, never only in
 * another technology's row. Figures, stars, levels and texts must say the fact's value.
 */
const sections = seedSections(seedMarkdown);

/** Table-row labels that name a technology differently from its `name`. */
const ROW_NAMES: Record<string, string[]> = { 'external-db': ['外部 db'] };
const LEVEL_WORD: Record<Level, string> = {
  veryLow: '极低',
  low: '低',
  medium: '中等',
  high: '高',
  veryHigh: '极高',
};
const POLICY_WORD: Record<PolicySupport, string> = {
  none: '❌',
  basic: '基础支持',
  full: '完整支持',
  l7: 'L7',
};

/** The technologies a row's first cell names: "**Docker + runc**" → docker, runc. */
const rowNames = (label: string) =>
  label
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .split(/\s*\+\s*|\//)
    .map((n) => n.trim().toLowerCase());

const namesTech = (row: string[], tech: Technology) => {
  const names = rowNames(row[0] ?? '');
  return [tech.name.toLowerCase(), ...(ROW_NAMES[tech.id] ?? [])].some((n) => names.includes(n));
};

function readingProblems(at: string, reading: Reading, source: string): string[] {
  const out: string[] = [];
  if (!reading.rationale.zh.trim() || !reading.rationale.en.trim())
    out.push(`${at}: a reading without a zh and en rationale`);
  for (const s of reading.rests)
    if (!sections.has(s)) out.push(`${at}: reading rests on §${s}, not a section of the seed`);
  if (!reading.rests.includes(source))
    out.push(`${at}: its source §${source} is not among the sections the reading rests on`);
  return out;
}

/** Whether a quote says the fact's value: its figure, star count, level word or text. */
function valueProblem(fact: Fact, quote: string): string | null {
  const figures = printedFigures(quote);
  switch (fact.kind) {
    case 'number':
      return figures.some(
        (f) =>
          f.min === fact.value &&
          f.max === fact.value &&
          f.orMore === Boolean(fact.orMore) &&
          f.approx === Boolean(fact.approx),
      )
        ? null
        : `does not print ${fact.approx ? '~' : ''}${fact.value}${fact.orMore ? '+' : ''} ${fact.unit}`;
    case 'range':
      return figures.some(
        (f) =>
          f.min === fact.min &&
          f.max === fact.max &&
          f.orMore === Boolean(fact.orMore) &&
          !f.approx,
      )
        ? null
        : `does not print ${fact.min}–${fact.max}${fact.orMore ? '+' : ''} ${fact.unit}`;
    case 'stars':
      return printedStars(quote) === fact.value ? null : `does not print ${fact.value} ⭐`;
    case 'level':
      return quote.startsWith(LEVEL_WORD[fact.value]) ? null : `does not say ${fact.value}`;
    case 'policySupport':
      return quote.includes(POLICY_WORD[fact.value]) ? null : `does not say ${fact.value}`;
    case 'text':
    case 'unknown': {
      const zh = normaliseSeed(fact.value.zh);
      return zh.includes(quote) || quote.includes(zh) ? null : `does not say "${fact.value.zh}"`;
    }
    case 'bool':
      return null;
  }
}

function factProblems(tech: Technology, key: string, fact: Fact): string[] {
  const at = `${tech.id}.${key} (§${fact.source})`;
  const section = sections.get(fact.source);
  if (!section) return [`${at}: §${fact.source} is not a section of the seed`];
  const out = fact.reading ? readingProblems(at, fact.reading, fact.source) : [];
  if (!fact.reading && !fact.quote) out.push(`${at}: neither a quote nor a reading`);
  if (!fact.quote) return out;
  const quote = normaliseSeed(fact.quote);
  if (!occursAsToken(section.text, quote)) {
    out.push(`${at}: quote "${fact.quote}" is not in §${fact.source}`);
    return out;
  }
  const inOwnRow = section.rows.some((r) => namesTech(r, tech) && r.includes(quote));
  // A reading may apply another row's words (containerd reads the "Docker + runc" row).
  if (!fact.reading && !inOwnRow && !occursAsToken(section.prose, quote))
    out.push(`${at}: quote "${fact.quote}" is in §${fact.source} only outside ${tech.name}'s row`);
  const problem = valueProblem(fact, quote);
  if (problem) out.push(`${at}: quote "${fact.quote}" ${problem}`);
  return out;
}

/** A derivation's quote is in the first of its sections; a reading has a rationale. */
function derivationProblems(at: string, d: Derivation): string[] {
  const out = d.sections
    .filter((s) => !sections.has(s))
    .map((s) => `${at}: §${s} is not a section of the seed`);
  if (d.reading) {
    if (!d.why.zh.trim() || !d.why.en.trim()) out.push(`${at}: a reading without a zh and en why`);
    return out;
  }
  const first = d.sections[0] ?? '';
  if (!d.quote) out.push(`${at}: neither a quote nor a reading`);
  else if (!occursAsToken(sections.get(first)?.text ?? '', normaliseSeed(d.quote)))
    out.push(`${at}: quote "${d.quote}" is not in §${first}`);
  return out;
}

const section = (id: string): SeedSection => {
  const s = sections.get(id);
  if (!s) throw new Error(`§${id} is not in the seed file`);
  return s;
};
const rowOf = (id: string, label: string) => section(id).rows.find((r) => r[0] === label);

describe('reading the seed file', () => {
  it('finds every section the catalogue cites, each with its own text only', () => {
    expect(seedCatalogue.sections.map((s) => s.id).filter((id) => !sections.has(id))).toEqual([]);
    // 17.2.4's own text ends where 17.2.4.1 begins: the maturity tables are not in it.
    expect(section('17.2.4').text).not.toContain('110K+');
    expect(section('17.2.4.1').text).toContain('110K+');
    expect(rowOf('17.3.3', 'sqlite')).toEqual([
      'sqlite',
      '1',
      '极低（单文件）',
      '0.1ms（本地调用）',
      '❌ 单点',
      '边缘单节点',
    ]);
  });

  it('joins wrapped lines: a CJK line break is no space, others are one space', () => {
    expect(section('17.6.1').text).toContain('| 性能敏感场景权重高 |');
    expect(section('17.6.3').text).toContain('离线能力 > 成熟度');
  });

  it('matches quotes as whole tokens and reads figures in the fact’s unit', () => {
    expect(occursAsToken('| 10ms | 1 |', '1')).toBe(true);
    expect(occursAsToken('| 10ms |', '1')).toBe(false);
    expect(occursAsToken('| ⭐⭐⭐⭐⭐ |', '⭐⭐⭐')).toBe(false);
    expect(printedFigures('110K+')).toEqual([
      { min: 110000, max: 110000, orMore: true, approx: false },
    ]);
    expect(printedFigures('1-2s')).toEqual([
      { min: 1000, max: 2000, orMore: false, approx: false },
    ]);
    expect(printedFigures('~512MB 控制平面')).toEqual([
      { min: 512, max: 512, orMore: false, approx: true },
    ]);
    expect(printedFigures('1-10000+')).toEqual([
      { min: 1, max: 10000, orMore: true, approx: false },
    ]);
    expect(printedFigures('0.9-10MB')).toEqual([
      { min: 0.9, max: 10, orMore: false, approx: false },
    ]);
    expect(printedStars('⭐⭐⭐⭐')).toBe(4);
  });
});

describe('provenance: printed by the seed, or a reading', () => {
  it('every technology fact quotes the cell or sentence of its section that holds its value, or is a reading', () => {
    const facts = seedCatalogue.technologies.flatMap((tech) =>
      Object.entries(tech.facts).map(([key, fact]) => ({ tech, key, fact })),
    );
    expect(facts.length).toBeGreaterThan(150);
    expect(facts.flatMap(({ tech, key, fact }) => factProblems(tech, key, fact))).toEqual([]);
  });

  it('every compatibility rule quotes its section or is a reading with a rationale', () => {
    const problems = seedCatalogue.compatibility.flatMap((rule) => {
      const at = `rule ${rule.id} (§${rule.source})`;
      const out = rule.reading ? readingProblems(at, rule.reading, rule.source) : [];
      if (!rule.reading && !rule.quote) out.push(`${at}: neither a quote nor a reading`);
      if (rule.quote && !occursAsToken(section(rule.source).text, normaliseSeed(rule.quote)))
        out.push(`${at}: quote "${rule.quote}" is not in §${rule.source}`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it('every scenario weight, requirement and focus derivation quotes its first section or is a reading', () => {
    const problems = seedCatalogue.scenarios.flatMap((s) => [
      ...Object.entries(s.weightDerivation).flatMap(([dim, d]) =>
        derivationProblems(`scenario ${s.id} weight ${dim}`, d),
      ),
      ...Object.entries(s.requirementDerivation).flatMap(([req, d]) =>
        derivationProblems(`scenario ${s.id} requirement ${req}`, d),
      ),
      ...Object.entries(s.focus).flatMap(([dim, f]) =>
        derivationProblems(`scenario ${s.id} focus ${dim}`, f.derivation),
      ),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('printed tables match the seed cell by cell', () => {
  it('17.6.1: every dimension’s 说明 is printed', () => {
    const missing = seedCatalogue.dimensions.filter(
      (d) => !section('17.6.1').text.includes(`| ${d.seedNote} |`),
    );
    expect(missing.map((d) => `${d.id}: "${d.seedNote}"`)).toEqual([]);
  });

  it('17.2.2: every scheme’s 成熟度 stars', () => {
    const wrong = seedCatalogue.scenarios.flatMap((s) => {
      if (!s.schemeMaturity) return [];
      const row = rowOf('17.2.2', s.schemeMaturity.scheme);
      const printed = row ? printedStars(row.at(-1) ?? '') : null;
      return printed === s.schemeMaturity.stars
        ? []
        : [`${s.id}: ${s.schemeMaturity.scheme} → ${printed}`];
    });
    expect(wrong).toEqual([]);
  });

  it('17.6.1: every dimension’s 评估指标 is printed (the model’s reading badge quotes it)', () => {
    const missing = seedCatalogue.dimensions.filter(
      (d) => !section('17.6.1').text.includes(`| ${d.indicators.zh} |`),
    );
    expect(missing.map((d) => `${d.id}: "${d.indicators.zh}"`)).toEqual([]);
  });

  it('17.2.2: every cell of the scheme comparison (组合方案对比), headers and ⭐ included', () => {
    const columns = Object.keys(SCHEME_COLUMNS) as (keyof SchemeRow)[];
    const schemes = seedCatalogue.schemeComparison ?? [];
    const cells = (r: SchemeRow) =>
      columns.map((c) => (c === 'maturityStars' ? '⭐'.repeat(r.maturityStars) : r[c].zh));
    // The header and every printed scheme, no more and no fewer.
    expect(section('17.2.2').rows).toEqual([
      columns.map((c) => SCHEME_COLUMNS[c].zh),
      ...schemes.map(cells),
    ]);
    expect(schemes.map((r) => rowOf('17.2.2', r.scheme.zh)?.[2])).toEqual([
      'Docker + runc',
      'WasmEdge + crun',
      'WasmEdge + crun',
      'Docker（中心）+ WasmEdge（边缘）',
      'WasmEdge + GPU Plugin',
    ]);
  });

  it('17.7.3: every cell of the compatibility matrix (兼容性矩阵), marks and words, headers included', () => {
    const columns = Object.keys(COMPATIBILITY_COLUMNS) as (keyof CompatibilityMatrixRow)[];
    const cell = (c: CompatibilityCell) => `${COMPATIBILITY_MARK[c.mark]} ${c.words.zh}`;
    const expected = [
      ...columns.map((c) => COMPATIBILITY_COLUMNS[c].zh),
      ...(seedCatalogue.compatibilityMatrix ?? []).flatMap((r) =>
        columns.map((c) => (c === 'combination' ? r.combination : cell(r[c]))),
      ),
    ];
    // The file wraps this table's rows mid-line, so its cells are read from the section's
    // text: everything from the header to the argument below it, split at the bars.
    const text = section('17.7.3').text;
    const printed = text
      .slice(text.indexOf('| 技术组合 |'), text.indexOf('兼容性论证'))
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '' && !/^-+$/.test(c));
    expect(printed).toEqual(expected);
    expect(printed).toHaveLength(25);
  });

  it('17.5.9: every case summary row (技术栈核心, 成熟度, 特色)', () => {
    const wrong = seedCatalogue.cases.flatMap((c) => {
      if (!c.summary) return [];
      const row = rowOf('17.5.9', c.summary.label);
      const ok =
        row?.[1] === c.summary.core &&
        printedStars(row[2] ?? '') === c.summary.maturityStars &&
        row[5] === c.summary.feature.zh;
      return ok ? [] : [`${c.id}: ${JSON.stringify(row)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('17.6.3: every decision-matrix row (stars, printed total, verdict)', () => {
    const verdict = { recommended: '✅ 推荐', optional: '⚠️ 可选', notRecommended: '❌ 不推荐' };
    const wrong = seedCatalogue.decisionMatrix.flatMap((m) => {
      const row = rowOf('17.6.3', m.label);
      const printed = [m.stars.resource, m.stars.startTime, m.stars.offline, m.stars.maturity];
      const ok =
        row !== undefined &&
        printed.every((n, i) => printedStars(row[i + 1] ?? '') === n) &&
        row[5] === String(m.printedTotal) &&
        row[6] === verdict[m.printedVerdict];
      return ok ? [] : [`${m.label}: ${JSON.stringify(row)}`];
    });
    expect(wrong).toEqual([]);
  });
});
