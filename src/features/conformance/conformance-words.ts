import type { Names } from '../../catalogue/names';
import type { Language, LayerId, StackPattern } from '../../catalogue/types';
import { seedScoresMore } from '../../components/co-recommendation-words';
import { matchReason } from '../../components/match-words';
import { NEAR_TIE } from '../../engine/conformance';
import type { MatchStatus } from '../../engine/types';
import { format } from '../../i18n/messages';
import { conformanceMessages } from './messages';
import type { ConformanceRow, ConformanceSummary } from './to-conformance-rows';
import { formatNumber, formatScore } from '../../i18n/numbers';

type Strings = (typeof conformanceMessages)['en'];

/** Points of 100 with one decimal, e.g. 3.63 → "3.6". */
export const formatPoints = (points: number, lang: Language) => formatScore(points / 100, lang);

/** The near-tie margin in points, as the caption and reasons state it ("0.5"). */
export const nearTiePoints = (lang: Language) => formatScore(NEAR_TIE, lang);

/** The seed's stack scores more than #1 and ranks lower on fit (17.6.2): its gap is negative. */
export const scoresMore = (row: ConformanceRow): boolean =>
  row.gapPoints !== null && seedScoresMore(row.gapPoints / 100);

/** The verdict column's gap: "3.6 points behind #1", "4.8 points more than #1, lower on fit", or none when level. */
export function gapText(row: ConformanceRow, lang: Language): string | null {
  const m = conformanceMessages[lang];
  if (row.gapPoints === null) return null;
  if (scoresMore(row)) return format(m.gapMore, { gap: formatPoints(-row.gapPoints, lang) });
  return row.gapPoints > 0 ? format(m.gapBehind, { gap: formatPoints(row.gapPoints, lang) }) : null;
}

const plurals = new Map<Language, Intl.PluralRules>();
const isOne = (n: number, lang: Language) => {
  let rules = plurals.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en-US');
    plurals.set(lang, rules);
  }
  return rules.select(n) === 'one';
};

/** "6 of 8 agree with the book; 1 co-recommended; 1 differs" (plural-correct; "not in catalogue" only when there are any). */
export function summaryText(s: ConformanceSummary, lang: Language): string {
  const m = conformanceMessages[lang];
  const parts = [
    format(isOne(s.agrees, lang) ? m.summaryAgreeOne : m.summaryAgreeOther, {
      n: s.agrees,
      total: s.total,
    }),
    format(m.summaryCo, { n: s.coRecommended }),
    format(isOne(s.differs, lang) ? m.summaryDifferOne : m.summaryDifferOther, { n: s.differs }),
  ];
  if (s.absent > 0) parts.push(format(m.summaryAbsent, { n: s.absent }));
  return parts.join(m.summarySep);
}

/**
 * A stack pattern by name, layer by layer in the catalogue's layer order (`layers`); a layer
 * with alternatives reads "Calico / Cilium".
 */
export function patternName(
  pattern: StackPattern,
  lang: Language,
  names: Names,
  layers: readonly LayerId[],
): string {
  const m = conformanceMessages[lang];
  return layers
    .flatMap((layer) => {
      const ids = Object.hasOwn(pattern, layer) ? pattern[layer] : undefined;
      return ids && ids.length > 0 ? [ids.map(names.technology).join(m.idSep)] : [];
    })
    .join(' + ');
}

const FIT: Record<MatchStatus, 'fitMatch' | 'fitPartial' | 'fitMismatch'> = {
  match: 'fitMatch',
  partial: 'fitPartial',
  mismatch: 'fitMismatch',
};
const BOTH: Record<MatchStatus, 'bothMatch' | 'bothPartial' | 'bothMismatch'> = {
  match: 'bothMatch',
  partial: 'bothPartial',
  mismatch: 'bothMismatch',
};

function dimensionsText(row: ConformanceRow, m: Strings, lang: Language, names: Names): string {
  return row.decidedBy
    .map((d) =>
      format(m.dimensionPoints, {
        dimension: names.dimension(d.dimension, lang),
        points: formatPoints(d.points, lang),
      }),
    )
    .join(m.listSep);
}

function differsText(row: ConformanceRow, m: Strings, lang: Language, names: Names): string {
  const layers = row.layers
    .map((d) =>
      format(m.layerDiff, {
        layer: names.layer(d.layer, lang),
        app: names.technology(d.app),
        seed: names.technology(d.seed),
      }),
    )
    .join(m.itemSep);
  const sentences = layers ? [format(m.reasonLayers, { layers })] : [];
  const gap = formatPoints(row.gapPoints ?? 0, lang);
  const dimensions = dimensionsText(row, m, lang, names);
  if (row.fit && row.fit.top !== row.fit.seed) {
    // The seed's stack may score more and still rank lower: never a negative lead for #1.
    const more = scoresMore(row);
    sentences.push(
      format(more ? m.reasonTierMore : m.reasonTier, {
        gap: formatPoints(-(row.gapPoints ?? 0), lang),
        seedFit: m[FIT[row.fit.seed]],
        checks: row.failedChecks.map((c) => matchReason(c, lang, names)).join(m.listSep),
        topFit: m[FIT[row.fit.top]],
      }),
    );
    if ((row.gapPoints ?? 0) > 0 && dimensions) {
      sentences.push(format(m.reasonLead, { gap, dimensions }));
    }
  } else if (row.fit) {
    sentences.push(format(m.reasonScore, { fit: m[BOTH[row.fit.top]], gap, dimensions }));
  }
  return sentences.join(m.sentenceSep);
}

function coRecommendedText(row: ConformanceRow, m: Strings, lang: Language, names: Names): string {
  const n = row.leaders.length;
  const k = row.leadersFittingSeed;
  const fitting =
    k === n ? m.allFit : format(isOne(k, lang) ? m.someFitOne : m.someFitOther, { k });
  const values = {
    n,
    nearTie: nearTiePoints(lang),
    spread: formatPoints(row.spreadPoints, lang),
    fitting,
  };
  const layers = row.separatedBy
    .map((s) =>
      format(m.coLayer, {
        layer: names.layer(s.layer, lang),
        ids: s.ids.map(names.technology).join(m.idSep),
      }),
    )
    .join(m.itemSep);
  return format(layers ? m.reasonCo : m.reasonCoSame, { ...values, layers });
}

/** The reason for any difference between the seed's stack and the app's #1, in words. */
export function reasonText(row: ConformanceRow, lang: Language, names: Names): string {
  const m = conformanceMessages[lang];
  switch (row.verdict) {
    case 'agrees':
      return m.reasonNone;
    case 'absent':
      return m.reasonAbsent;
    case 'coRecommended':
      return coRecommendedText(row, m, lang, names);
    case 'differs':
      return differsText(row, m, lang, names);
  }
}

/** What the 17.8.1 global tree recommends for the row's inputs, the path it takes, and how it compares with the app's #1. */
export function treeText(
  row: ConformanceRow,
  lang: Language,
  names: Names,
  layerOrder: readonly LayerId[],
): { stack: string; path: string; fit: string } {
  const m = conformanceMessages[lang];
  const layers = row.tree.layers.map((l) => names.layer(l, lang)).join(m.listSep);
  const fit = {
    matches: m.treeMatches,
    amongLeaders: m.treeAmong,
    differs: format(m.treeDiffers, { layers }),
  }[row.tree.fit];
  return {
    stack: patternName(row.tree.pattern, lang, names, layerOrder),
    path: format(m.treePath, { path: row.tree.path.result[lang] }),
    fit,
  };
}

/** Consecutive sweep sizes with the same verdict, e.g. 3 … 1000 "differs". */
function segments(sweep: ConformanceRow['sweep']) {
  const out: { from: number; to: number; check: ConformanceRow['sweep'][number] }[] = [];
  for (const check of sweep) {
    const last = out[out.length - 1];
    if (last && last.check.verdict === check.verdict) last.to = check.nodes;
    else out.push({ from: check.nodes, to: check.nodes, check });
  }
  return out;
}

/**
 * How the verdict holds across cluster sizes: "Across cluster sizes: agrees at 1 node; differs
 * at 3–1,000 nodes (the seed's stack: sqlite supports at most 1 node; 3 required)." Null when
 * the row was not swept.
 */
export function sweepText(row: ConformanceRow, lang: Language, names: Names): string | null {
  if (row.sweep.length === 0) return null;
  const m = conformanceMessages[lang];
  const nodes = (from: number, to: number) =>
    from === to
      ? format(isOne(from, lang) ? m.sweepNode : m.sweepNodes, { n: formatNumber(from, lang) })
      : format(m.sweepRange, { from: formatNumber(from, lang), to: formatNumber(to, lang) });
  const parts = segments(row.sweep);
  if (parts.length === 1) {
    const only = parts[0]!;
    return format(m.sweepSame, {
      verdict: m[`sweep_${only.check.verdict}`],
      nodes: nodes(only.from, only.to),
    });
  }
  const text = parts
    .map((p) => {
      const because =
        p.check.verdict === 'agrees' ? [] : p.check.failing.map((f) => matchReason(f, lang, names));
      const phrase = format(m.sweepPart, {
        verdict: m[`sweep_${p.check.verdict}`],
        nodes: nodes(p.from, p.to),
      });
      return because.length > 0
        ? format(m.sweepBecause, { part: phrase, reasons: [...new Set(because)].join(m.listSep) })
        : phrase;
    })
    .join(m.sweepSep);
  return format(m.sweepAcross, { parts: text });
}
