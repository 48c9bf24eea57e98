import fc from 'fast-check';
import { marked } from 'marked';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { toCatalogueFile, parseCatalogueFile } from '../../catalogue/catalogue-file';
import { csvToFacts, factsToCsv } from '../../catalogue/facts-csv';
import { HOSTILE_PAYLOADS, withTextEverywhere } from '../../catalogue/hostile-payloads';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Catalogue, Language } from '../../catalogue/types';
import { validateCatalogue } from '../../catalogue/validate';
import { toDecisionFlow } from '../../components/diagrams/to-decision-flow';
import { encodeLabel, readableLabel } from '../../components/mermaid/encode-label';
import { toMermaid } from '../../components/mermaid/flowchart';
import { defaultInputs, scenarioById, type Inputs } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
import { AXIS_RANGES } from '../../engine/analysis/decision-map';
import { toAdr, type AdrInput } from './to-adr';
import { BOM, toCsv } from './to-csv';
import { toStateJson } from './to-state-json';

// Every hostile payload through every free-text field of the seed catalogue, then through
// validation, the ranking and every text export. Each export is checked with a predicate for
// what an injection would leave behind, and the ADR's block structure against the same
// catalogue with harmless text.

const PAYLOADS = HOSTILE_PAYLOADS.map((x) => x.text);
/** Characters that mean something to HTML, Markdown, mermaid, CSV or a terminal. */
const SPECIAL = [...'<>&"\'`[]()!#*_~|\\%{};:=+-@\t\r\n\u0000\u001b\u0085\u2028\u202e\u2066\u200b'];
const hostileText = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({
    unit: fc.constantFrom(...SPECIAL, 'a', ' ', 'click', 'script', '-->', '%%'),
    maxLength: 40,
  }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const texts = fc.array(hostileText, { minLength: 1, maxLength: 24 });
const SCENARIOS = ['edge', 'hybrid', 'large-scale', 'serverless', 'ai-inference', 'default'];

/** The catalogue with text `i` of `pool` in its i-th free-text field (round robin). */
function hostileCatalogue(pool: string[], offset = 0): Catalogue {
  let i = offset;
  return withTextEverywhere(seedCatalogue, () => pool[i++ % pool.length]!);
}

/** The inputs of a preset of `catalogue`, as the store holds them after clicking it. */
function presetInputs(catalogue: Catalogue, id: string, language: Language): Inputs {
  const s = scenarioById(id, catalogue);
  return {
    ...defaultInputs(catalogue),
    weights: { ...s.weights },
    requirements: { ...s.requirements },
    scenarioId: s.id,
    baseScenarioId: s.id,
    language,
  };
}

const A = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const B = 'k3s+wasmedge+crun+etcd+calico+opa-wasm';
const interval = (dimension: string) => ({
  dimension,
  value: 2,
  low: 1,
  high: 4,
  valueShare: 0,
  lowShare: 0,
  highShare: 0,
  below: B,
  above: B,
});
/** What the "How sure?" analyses found, naming stacks and dimensions: its section writes them too. */
const CONFIDENCE: AdrInput['confidence'] = {
  stability: {
    top: A,
    intervals: seedCatalogue.dimensions.map((d) => interval(d.id)),
    nearest: {
      dimension: 'performance',
      direction: 'up',
      at: 3.25,
      share: 0.2,
      top: A,
      replacement: B,
      distance: 0.25,
    },
    exact: true,
  },
  dominance: { considered: 240, efficient: 28, exact: true, dominatedBy: {} },
  agreement: {
    current: 'weightedSum',
    compared: [A, B],
    methods: [
      { method: 'weightedSum', top: A, topK: [A, B], sameTop: true, tau: 1 },
      { method: 'topsis', top: B, topK: [B, A], sameTop: false, tau: -1 },
    ],
  },
  review: {
    tops: [A, B],
    combined: {
      mean: 'geometric',
      reviewerShares: [
        [0.5, 0.1, 0.1, 0.1, 0.1, 0.1],
        [0.1, 0.1, 0.1, 0.1, 0.5, 0.1],
      ],
      shares: [0.2639, 0.118, 0.118, 0.118, 0.2639, 0.118],
      weights: [5, 2.24, 2.24, 2.24, 5, 2.24],
      spread: [0, 4, 1, 2, 3, 5].map((dimension) => ({
        dimension,
        min: 0.1,
        max: 0.5,
        sd: 0.2,
        zeros: 0,
      })),
    },
  },
  strips: [
    {
      axis: AXIS_RANGES.nodes,
      segments: [],
      boundaries: [
        {
          axis: 'nodes',
          at: 1001,
          from: B,
          to: B.replace('k3s', 'kubernetes'),
          changed: [{ layer: 'orchestration', from: 'k3s', to: 'kubernetes' }],
        },
      ],
      exact: true,
    },
  ],
};
const SHARE_URL = 'https://example.org/matrix/?v=1&lang=en';
const JUDGEMENTS = [1, 1, 1, -3, 1, 1, 1, -3, 1, 1, -3, 1, -3, 1, 3];

function exportsOf(catalogue: Catalogue, scenario: string, lang: Language) {
  const inputs = { ...presetInputs(catalogue, scenario, lang), judgements: JUDGEMENTS };
  const ranking = rankFor(
    catalogue,
    inputs.requirements,
    inputs.weights,
    { mode: inputs.rankMode, showInvalid: true },
    scenarioById(scenario, catalogue),
  );
  const adr = toAdr({
    inputs,
    ranking,
    catalogue,
    shareUrl: SHARE_URL,
    date: new Date(2026, 10, 27),
    confidence: CONFIDENCE,
  });
  return { inputs, ranking, adr, csv: toCsv(ranking.slice(0, 25), catalogue, lang) };
}

/** A character at `i` is escaped when an odd number of backslashes precede it. */
function escapedAt(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

function unescaped(text: string, chars: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++)
    if (chars.includes(text[i]!) && !escapedAt(text, i))
      found.push(text.slice(Math.max(0, i - 20), i + 20));
  return found;
}

interface MarkdownParts {
  /** Lines outside code fences. */
  prose: string[];
  /** The code of each fenced block, with its info string. */
  fences: { info: string; lines: string[] }[];
  /** Each line's block kind: what a Markdown reader makes of the document's structure. */
  skeleton: string[];
}

function markdownParts(md: string): MarkdownParts {
  const prose: string[] = [];
  const fences: MarkdownParts['fences'] = [];
  const skeleton: string[] = [];
  let fence: { marker: string; info: string; lines: string[] } | null = null;
  for (const line of md.split('\n')) {
    if (fence) {
      if (line === fence.marker) {
        fences.push({ info: fence.info, lines: fence.lines });
        fence = null;
        skeleton.push('fence-end');
      } else {
        fence.lines.push(line);
        skeleton.push('code');
      }
      continue;
    }
    const open = /^(`{3,}|~{3,})(.*)$/.exec(line);
    if (open) {
      fence = { marker: open[1]!, info: open[2]!, lines: [] };
      skeleton.push(`fence ${open[2]}`);
      continue;
    }
    prose.push(line);
    const heading = /^(#{1,6})(\s|$)/.exec(line);
    if (heading) skeleton.push(`h${heading[1]!.length}`);
    else if (line.startsWith('|')) skeleton.push(`row ${unescaped(line, '|').length}`);
    else if (/^[-+*]\s/.test(line)) skeleton.push('item');
    else if (/^\d{1,9}[.)]\s/.test(line)) skeleton.push('numbered');
    else if (/^>/.test(line)) skeleton.push('quote');
    else if (/^\s*$/.test(line)) skeleton.push('blank');
    else if (/^(?:[-=*_]\s*){3,}$/.test(line) || /^=+\s*$/.test(line)) skeleton.push('rule');
    else skeleton.push('text');
  }
  expect(fence, 'every fence is closed').toBeNull();
  return { prose, fences, skeleton };
}

// What a mermaid flowchart from toMermaid may hold, line by line: the header, a node with a
// quoted label, a subgraph, a direction, an end, an edge with an optional quoted label, and
// the fixed style lines. A quoted label holds no quote, no newline and no `%%`.
const LABEL = '"[^"\\n]*"';
const ID = '[ng]_[A-Za-z0-9_]*';
const MERMAID_LINE = new RegExp(
  [
    '^flowchart (TD|LR)$',
    `^ +n_[A-Za-z0-9_]*(\\[${LABEL}\\]|\\{${LABEL}\\}|\\{\\{${LABEL}\\}\\}|\\(${LABEL}\\))$`,
    `^ +subgraph g_[A-Za-z0-9_]+\\[" "\\]$`,
    '^ +direction (TD|LR)$',
    '^ +end$',
    `^ +${ID} -->(\\|${LABEL}\\|)? ${ID}$`,
    '^ +classDef (taken|idle|alert|group) [a-z:#0-9,-]+$',
    `^ +class ${ID}(,${ID})* (taken|idle|alert|group)$`,
    '^ +linkStyle \\d+ [a-z:#0-9,-]+$',
  ].join('|'),
);

/** Problems of a mermaid source: lines outside the grammar, directives, comments, controls. */
function mermaidProblems(source: string): string[] {
  const problems = source.split('\n').filter((line) => !MERMAID_LINE.test(line));
  if (source.includes('%%')) problems.push('%% (a directive or comment)');
  if (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(source.replace(/\n/g, '')))
    problems.push('a control or format character');
  if (/\bclick\b/i.test(source.replace(/"[^"]*"/g, '""'))) problems.push('click outside a label');
  return problems;
}

const ALIGN = ['', ' align="left"', ' align="right"'];
/** The elements marked makes of the ADR's own Markdown, each with the attributes it may carry. */
const RENDERED = new Map<string, string[]>([
  ...['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'pre'].map(
    (tag): [string, string[]] => [tag, ['']],
  ),
  ...['table', 'thead', 'tbody', 'tr'].map((tag): [string, string[]] => [tag, ['']]),
  ['th', ALIGN],
  ['td', ALIGN],
  ['code', [' class="language-mermaid"']],
  // The share link: the one link of the record.
  ['a', [` href="${SHARE_URL}"`]],
]);

/**
 * Problems of the ADR as a GFM viewer shows it (marked, as GitHub: raw HTML passes through,
 * bare URLs, `www.` and e-mail addresses become links): any element other than the ones its
 * own Markdown makes, an attribute other than theirs, and any link but the one share link.
 */
function renderedProblems(adr: string): string[] {
  const html = marked.parse(adr, { async: false, gfm: true }) as string;
  const problems: string[] = [];
  let links = 0;
  for (const [tag, name, attributes] of html.matchAll(/<([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
    if (!RENDERED.get(name!)?.includes(attributes!)) problems.push(`rendered ${tag.slice(0, 120)}`);
    if (name === 'a') links++;
  }
  if (links !== 1) problems.push(`${links} links (only the share link)`);
  return problems;
}

/** Problems of an ADR: raw HTML, links, images, code spans, controls, broken mermaid. */
function adrProblems(adr: string): string[] {
  const { prose, fences } = markdownParts(adr);
  const problems: string[] = [];
  const shareLine = prose.lastIndexOf(`<${SHARE_URL}>`);
  prose.forEach((line, i) => {
    if (i === shareLine) return;
    if (line.includes('<')) problems.push(`raw < in: ${line.slice(0, 120)}`);
    for (const hit of unescaped(line, '[]`')) problems.push(`unescaped [ ] or \` near: ${hit}`);
    if (/&(?!amp;|lt;)/.test(line)) problems.push(`raw & in: ${line.slice(0, 120)}`);
  });
  if (/(?!\n)[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(adr))
    problems.push('a control or bidi character');
  problems.push(...renderedProblems(adr));
  for (const f of fences) {
    expect(f.info).toBe('mermaid');
    problems.push(...mermaidProblems(f.lines.join('\n')));
  }
  return problems;
}

const BENIGN = hostileCatalogue(['Benign text']);
const benignSkeletons = new Map<string, string[]>();
/** The ADR's block structure for the same inputs with harmless text (computed once per pair). */
function benignSkeleton(scenario: string, lang: Language): string[] {
  const key = `${scenario} ${lang}`;
  let skeleton = benignSkeletons.get(key);
  if (!skeleton) {
    skeleton = markdownParts(exportsOf(BENIGN, scenario, lang).adr).skeleton;
    benignSkeletons.set(key, skeleton);
  }
  return skeleton;
}

/** Cells of a CSV text (BOM dropped) that a spreadsheet would run as a formula. */
function formulaCells(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.flat().filter((cell) => /^[=+\-@\t\r\n]/.test(cell));
}

describe('hostile text in every field of a catalogue', () => {
  it('stays valid, and every export holds it inert', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        texts,
        fc.nat(50),
        fc.constantFrom(...SCENARIOS),
        fc.constantFrom<Language>('en', 'zh'),
        (pool, offset, scenario, lang) => {
          runs++;
          const result = validateCatalogue(hostileCatalogue(pool, offset));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const catalogue = result.catalogue;
          const { adr, csv, inputs } = exportsOf(catalogue, scenario, lang);

          // ADR: nothing injected, and the same blocks as with harmless text.
          expect(adrProblems(adr)).toEqual([]);
          expect(markdownParts(adr).skeleton).toEqual(benignSkeleton(scenario, lang));

          // CSV (the ranking and the facts): parses back, and no cell starts a formula; the
          // facts read back to the same technologies.
          expect(csv.startsWith(BOM)).toBe(true);
          expect(formulaCells(csv)).toEqual([]);
          const facts = factsToCsv(catalogue);
          expect(formulaCells(facts)).toEqual([]);
          const back = csvToFacts(facts, catalogue);
          expect(back.ok && back.technologies).toEqual(catalogue.technologies);

          // JSON: the state file and the catalogue file round-trip every string.
          const state = JSON.parse(toStateJson(inputs, '1.0.0', new Date(0), catalogue)) as {
            catalogue: Catalogue;
          };
          expect(state.catalogue).toEqual(catalogue);
          const file = parseCatalogueFile(toCatalogueFile(catalogue));
          expect(file.ok && file.catalogue).toEqual(catalogue);
        },
      ),
      { numRuns: 25 },
    );
    expect(runs).toBe(25);
  }, 60_000);

  it('every payload in every text field at once: the ADR and both CSVs hold it inert', () => {
    // One catalogue per payload (names cut to 80 characters); the presets and languages take
    // turns, the hybrid (every section, each tier's too) every third payload.
    PAYLOADS.forEach((payload, i) => {
      const result = validateCatalogue(hostileCatalogue([payload]));
      if (!result.ok)
        throw new Error(`${JSON.stringify(payload)}: ${JSON.stringify(result.errors[0])}`);
      const scenario = ['hybrid', 'edge', 'large-scale'][i % 3]!;
      const lang: Language = i % 2 === 0 ? 'zh' : 'en';
      const { adr, csv } = exportsOf(result.catalogue, scenario, lang);
      expect(adrProblems(adr), payload).toEqual([]);
      expect(markdownParts(adr).skeleton, payload).toEqual(benignSkeleton(scenario, lang));
      expect(formulaCells(csv), payload).toEqual([]);
      expect(formulaCells(factsToCsv(result.catalogue)), payload).toEqual([]);
    });
  }, 60_000);
});

describe('the source the user typed for a rule they entered', () => {
  /** The seed catalogue and a rule the user entered, with its typed source, that #1 of "edge" meets. */
  const withUserRule = (source: string): Catalogue => ({
    ...seedCatalogue,
    compatibility: [
      ...seedCatalogue.compatibility,
      {
        id: 'user-rule',
        severity: 'warning',
        when: ['k3s', 'wasmedge'],
        reason: { zh: '需核对。', en: 'Check this.' },
        source: 'user',
        entered: { source },
      },
    ],
  });

  it('is escaped in the ADR’s warnings like any catalogue text', () => {
    const benign = (['zh', 'en'] as const).map(
      (lang) => markdownParts(exportsOf(withUserRule('team runbook'), 'edge', lang).adr).skeleton,
    );
    // The payloads that attack HTML and Markdown (the other kinds run through every field above).
    const markup = HOSTILE_PAYLOADS.filter((x) => ['html', 'markdown', 'url'].includes(x.kind));
    markup.forEach(({ text: payload }, i) => {
      const source = payload.slice(0, 500);
      const lang: Language = i % 2 === 0 ? 'zh' : 'en';
      const { adr, ranking } = exportsOf(withUserRule(source), 'edge', lang);
      expect(ranking[0]!.stack.reasons.map((r) => r.ruleId)).toContain('user-rule');
      expect(adr).toContain(lang === 'zh' ? '需核对。（用户录入：' : 'Check this. (entered: ');
      expect(adrProblems(adr), payload).toEqual([]);
      expect(markdownParts(adr).skeleton, payload).toEqual(benign[i % 2]);
    });
    const { adr } = exportsOf(withUserRule('https://evil.example/phish'), 'edge', 'en');
    expect(adr).toContain('Check this. (entered: https\\://evil.example/phish)');
  }, 60_000);
});

describe('mermaid sources from hostile labels and ids', () => {
  const node = fc.record({
    id: fc.oneof(hostileText, fc.constantFrom('__proto__', 'constructor', 'end', 'click', 'style')),
    label: hostileText,
    shape: fc.constantFrom(
      'box' as const,
      'decision' as const,
      'round' as const,
      'hexagon' as const,
    ),
    emphasis: fc.constantFrom('taken' as const, 'idle' as const, 'alert' as const),
  });
  it('keep every label inside its quotes, with ids from [A-Za-z0-9_] (both encoders)', () => {
    fc.assert(
      fc.property(
        fc.array(node, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(hostileText, { nil: undefined })), {
          maxLength: 8,
        }),
        fc.boolean(),
        (nodes, links, readable) => {
          const edges = links.map(([a, b, label]) => ({
            from: nodes[a % nodes.length]!.id,
            to: nodes[b % nodes.length]!.id,
            label,
            emphasis: 'taken' as const,
          }));
          const chart = { direction: 'TD' as const, nodes, edges };
          const source = toMermaid(chart, readable ? readableLabel : encodeLabel);
          expect(mermaidProblems(source)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the decision flow of a hostile scenario name stays one node per step', () => {
    for (const payload of PAYLOADS) {
      const flow = toDecisionFlow(
        {
          scenario: payload,
          requirements: [payload],
          technologyCount: 3,
          counts: { match: 1, partial: 0, mismatch: 0 },
          best: [payload],
        },
        'en',
      );
      for (const encode of [encodeLabel, readableLabel])
        expect(mermaidProblems(toMermaid(flow, encode)), payload).toEqual([]);
    }
  });
});
