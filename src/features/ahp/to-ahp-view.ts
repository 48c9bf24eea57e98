import type { Dimension, Language, Weights } from '../../catalogue/types';
import {
  ahp,
  isJudgement,
  JUDGEMENTS,
  judgementsFromWeights,
  nearestJudgement,
  pairsOf,
  weightsFromPriorities,
  type AhpMethod,
} from '../../engine/analysis/ahp';
import { format } from '../../i18n/messages';
import { formatNumber, formatPoints } from '../../i18n/numbers';
import type { ahpMessages } from './messages';

type Strings = (typeof ahpMessages)['en'];

/** The judgements the form shows: the stored ones when they fit n dimensions, else all "equal". */
export function formJudgements(
  stored: readonly number[],
  n: number,
): { judgements: number[]; fresh: boolean } {
  const count = pairsOf(n).length;
  if (stored.length === count && stored.every(isJudgement))
    return { judgements: [...stored], fresh: false };
  return { judgements: new Array<number>(count).fill(1), fresh: true };
}

/** The judgement list with one pair's judgement replaced (a new array). */
export function withJudgement(judgements: readonly number[], index: number, k: number): number[] {
  return judgements.map((old, i) => (i === index ? k : old));
}

/** The matrix entry as Saaty prints it: "5" or "1/5". */
export function ratioText(k: number): string {
  return k >= 1 ? String(k) : `1/${-k}`;
}

/** A judgement in words for a pair: which dimension is how much more important, and its value. */
export function judgementText(k: number, rowName: string, columnName: string, m: Strings): string {
  if (k === 1) return m.equal;
  const key = `scale${Math.abs(k)}` as keyof Strings;
  return format(m[key], { name: k > 1 ? rowName : columnName, value: ratioText(k) });
}

export interface PairField {
  index: number;
  /** Element id of the control. */
  id: string;
  /** "Cost vs Performance". */
  label: string;
  value: number;
  /** Every judgement of the scale with its words, 1/9 … 9. */
  options: { value: number; label: string }[];
}

export interface PriorityRow {
  id: string;
  name: string;
  priority: number;
  /** "32.1%". */
  percent: string;
  applyWeight: string;
  currentWeight: string;
}

export interface AhpView {
  /** No stored judgements (or none that fit): the form shows "equal" everywhere. */
  fresh: boolean;
  judgements: number[];
  fields: PairField[];
  rows: PriorityRow[];
  figures: { label: string; value: string }[];
  verdict: { tone: 'ok' | 'warning' | 'info'; text: string };
  /** The slider weights "Apply" sets, by dimension id. */
  applyWeights: Weights;
  /** True when the sliders already hold applyWeights. */
  applied: boolean;
  /** The judgements nearest the current sliders ("start from current weights"). */
  fromSliders: number[];
}

interface AhpViewInput {
  stored: readonly number[];
  dimensions: readonly Dimension[];
  weights: Weights;
  method: AhpMethod;
  lang: Language;
  m: Strings;
}

// λmax, CI and CR with exactly three decimals (formatPoints is the fixed-decimals formatter).
const three = (x: number, lang: Language) => formatPoints(x, lang, 3);

/** The "most inconsistent" sentence: the pair, the judgement given, what the others imply. */
function worstText(
  result: ReturnType<typeof ahp>,
  fields: PairField[],
  names: string[],
  lang: Language,
  m: Strings,
): string {
  const worst = result.worst;
  if (!worst) return '';
  const [i, j] = worst.pair;
  const times = worst.implied >= 1 ? worst.implied : 1 / worst.implied;
  const shown = formatNumber(times, lang, 2);
  const values = {
    pair: fields[worst.index]!.label,
    chosen: judgementText(worst.judgement, names[i]!, names[j]!, m),
    nearest: judgementText(nearestJudgement(worst.implied), names[i]!, names[j]!, m),
  };
  // Implied ratios that print as 1 read as "about equally important", not "1 times".
  if (shown === formatNumber(1, lang)) return format(m.worstEqual, values);
  return format(m.worst, {
    ...values,
    name: worst.implied >= 1 ? names[i]! : names[j]!,
    times: shown,
  });
}

/** Everything the AHP panel shows, from the stored judgements and the current sliders. */
export function toAhpView({ stored, dimensions, weights, method, lang, m }: AhpViewInput): AhpView {
  const n = dimensions.length;
  const names = dimensions.map((d) => d.name[lang]);
  const { judgements, fresh } = formJudgements(stored, n);
  const fields = pairsOf(n).map(([i, j], index) => ({
    index,
    id: `ahp-pair-${i}-${j}`,
    label: format(m.pair, { a: names[i]!, b: names[j]! }),
    value: judgements[index]!,
    options: JUDGEMENTS.map((k) => ({
      value: k,
      label: judgementText(k, names[i]!, names[j]!, m),
    })),
  }));
  const result = ahp(judgements, n, method);
  const apply = weightsFromPriorities(result.priorities);
  const current = dimensions.map((d) => weights[d.id] ?? 0);
  const rows = dimensions.map((d, i) => ({
    id: d.id,
    name: names[i]!,
    priority: result.priorities[i]!,
    percent: `${formatPoints(result.priorities[i]! * 100, lang, 1)}%`,
    applyWeight: formatNumber(apply[i]!, lang, 2),
    currentWeight: formatNumber(current[i]!, lang, 2),
  }));
  const figures = [
    { label: m.lambdaMax, value: three(result.lambdaMax, lang) },
    { label: m.ci, value: three(result.ci, lang) },
    {
      label: format(m.ri, { n }),
      value: result.ri === null ? m.none : formatNumber(result.ri, lang, 2),
    },
    { label: m.cr, value: result.cr === null ? m.none : three(result.cr, lang) },
  ];
  const cr = result.cr === null ? '' : three(result.cr, lang);
  const verdict: AhpView['verdict'] =
    result.cr === null
      ? { tone: 'info', text: format(m.noRi, { n }) }
      : result.consistent
        ? { tone: 'ok', text: format(m.consistent, { cr }) }
        : {
            tone: 'warning',
            text: `${format(m.inconsistent, { cr })} ${worstText(result, fields, names, lang, m)}`.trim(),
          };
  return {
    fresh,
    judgements,
    fields,
    rows,
    figures,
    verdict,
    applyWeights: Object.fromEntries(dimensions.map((d, i) => [d.id, apply[i]!])),
    applied: current.every((w, i) => w === apply[i]),
    fromSliders: judgementsFromWeights(current),
  };
}
