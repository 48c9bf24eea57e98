import type { Names } from '../../catalogue/names';
import type { Catalogue, Language, Weights } from '../../catalogue/types';
import { combineWeights, type GroupMean } from '../../engine/analysis/group';
import { format } from '../../i18n/messages';
import { formatNumber, formatPoints, formatScore } from '../../i18n/numbers';
import { MAX_LINK_LENGTH } from '../../store/url-codec';
import type { groupReviewMessages } from './messages';
import type { ReviewLine, ReviewerTop } from '../../store/review-links';

type Strings = (typeof groupReviewMessages)['en'];

/** The sentence for one pasted line; never repeats anything of the line but its number. */
export function lineText(line: ReviewLine, reviewer: number, lang: Language, m: Strings): string {
  switch (line.status) {
    case 'ok':
      return format(m.ok, { line: line.line, reviewer });
    case 'partial':
      return format(m.partial, { line: line.line, reviewer, n: line.ignored });
    case 'tooLong':
      return format(m.tooLong, { line: line.line, max: formatNumber(MAX_LINK_LENGTH, lang) });
    default:
      return format(m[line.status], { line: line.line });
  }
}

export interface GroupReviewView {
  lines: { line: number; text: string; tone: 'ok' | 'warning' }[];
  reviewers: string[];
  /** Dimension rows: name, each reviewer's share, the combined share and weight. */
  weightRows: { id: string; name: string; shares: string[]; combined: string; weight: string }[];
  tops: { reviewer: string; stack: string; score: string }[];
  spreadRows: { id: string; name: string; min: string; max: string; sd: string; zeros: string }[];
  /** True when some reviewer gave some dimension no weight (the spread table then says who). */
  anyZeros: boolean;
  /** "The reviewers disagree most on …", or that they agree. */
  summary: string;
  /** Shown under the tops when every reviewer has the same #1. */
  sameTop: boolean;
  /** The weights "Apply" sets; null without a readable link. */
  applyWeights: Weights | null;
  applied: boolean;
}

interface GroupReviewInput {
  lines: readonly ReviewLine[];
  tops: readonly (ReviewerTop | null)[];
  catalogue: Catalogue;
  weights: Weights;
  mean: GroupMean;
  lang: Language;
  names: Names;
  m: Strings;
}

const percent = (share: number, lang: Language) => `${formatPoints(share * 100, lang, 1)}%`;

/** Everything the group-review panel shows, from the read lines and their reviewers' #1. */
export function toGroupReview(input: GroupReviewInput): GroupReviewView {
  const { lines, tops, catalogue, weights, mean, lang, names, m } = input;
  const dims = catalogue.dimensions;
  let count = 0;
  const lineRows = lines.map((line) => {
    const reviewer = line.inputs ? ++count : 0;
    return {
      line: line.line,
      text: lineText(line, reviewer, lang, m),
      tone: line.status === 'ok' ? ('ok' as const) : ('warning' as const),
    };
  });
  const read = lines.flatMap((l) => (l.inputs ? [l.inputs] : []));
  const reviewers = read.map((_, i) => format(m.reviewer, { n: i + 1 }));
  const combined = combineWeights(
    read.map((inputs) => dims.map((d) => inputs.weights[d.id] ?? 0)),
    mean,
  );
  const name = (d: number) => dims[d]!.name[lang];
  const weightRows = combined
    ? dims.map((d, i) => ({
        id: d.id,
        name: name(i),
        shares: combined.reviewerShares.map((s) => percent(s[i]!, lang)),
        combined: percent(combined.shares[i]!, lang),
        weight: formatNumber(combined.weights[i]!, lang, 2),
      }))
    : [];
  const spreadRows = combined
    ? combined.spread.map((s) => ({
        id: dims[s.dimension]!.id,
        name: name(s.dimension),
        min: percent(s.min, lang),
        max: percent(s.max, lang),
        sd: percent(s.sd, lang),
        zeros: s.zeros === 0 ? '' : format(m.zerosCount, { n: s.zeros }),
      }))
    : [];
  const first = combined?.spread[0];
  const summary = !first
    ? ''
    : first.sd > 1e-12
      ? format(m.disagreeMost, {
          dimension: name(first.dimension),
          min: percent(first.min, lang),
          max: percent(first.max, lang),
        })
      : m.allAgree;
  const topRows = tops.map((top, i) => ({
    reviewer: reviewers[i]!,
    stack: top ? names.stack(top.stackId) : m.noTop,
    score: top ? formatScore(top.total, lang) : '',
  }));
  const applyWeights = combined
    ? Object.fromEntries(dims.map((d, i) => [d.id, combined.weights[i]!]))
    : null;
  return {
    lines: lineRows,
    reviewers,
    weightRows,
    tops: topRows,
    spreadRows,
    anyZeros: spreadRows.some((r) => r.zeros !== ''),
    summary,
    sameTop: tops.length > 1 && tops.every((t) => t !== null && t.stackId === tops[0]?.stackId),
    applyWeights,
    applied: applyWeights !== null && dims.every((d) => weights[d.id] === applyWeights[d.id]),
  };
}
