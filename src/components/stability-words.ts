import type { Names } from '../catalogue/names';
import type { Language } from '../catalogue/types';
import type { Reversal, Stability, StabilityInterval } from '../engine/analysis/stability';
import { defineMessages, format } from '../i18n/messages';
import { formatNumber } from '../i18n/numbers';

/** How sure the #1 is under the weights, in words: shared by the panel, the presenter and the ADR. */
export const stabilityMessages = defineMessages({
  en: {
    up: 'Above {at} for {dimension} (share {share} %), {replacement} replaces {top} at #1.',
    down: 'Below {at} for {dimension} (share {share} %), {replacement} replaces {top} at #1.',
    none: 'No single weight moved within 0 … 5 changes the #1: {top} stays first.',
    empty: 'No stack is ranked, so there is no #1 to test.',
    holds: '#1 stays #1 from {low} to {high}',
    holdsAll: '#1 stays #1 over the whole range',
    approximate: 'found by sampling',
    range: '{low} – {high}',
    wholeRange: 'the whole range',
  },
  zh: {
    up: '{dimension}高于 {at}（占比 {share}%）时，{replacement} 取代 {top} 成为第 1。',
    down: '{dimension}低于 {at}（占比 {share}%）时，{replacement} 取代 {top} 成为第 1。',
    none: '在 0 … 5 内单独调整任一权重都不会改变第 1 名：{top} 保持第 1。',
    empty: '没有参与排名的技术栈，因此无从检验第 1 名。',
    holds: '在 {low} 至 {high} 之间第 1 名不变',
    holdsAll: '在整个范围内第 1 名不变',
    approximate: '通过采样求得',
    range: '{low} – {high}',
    wholeRange: '整个范围',
  },
});

const weight = (x: number, lang: Language) => formatNumber(x, lang, 2);

// Interval ends are shown to hundredths, rounded inwards, so what the words claim holds: the #1
// stays from the lower end rounded up to the upper end rounded down; a change "above" a point
// is stated at the point rounded up, "below" at the point rounded down. (The slack absorbs the
// binary representation of a value already in hundredths, such as 1.87.)
/** A lower end (or a point the weight must exceed) in hundredths, rounded up. */
export const lowEnd = (x: number) => Math.ceil(x * 100 - 1e-7) / 100 || 0;
/** An upper end (or a point the weight must stay below) in hundredths, rounded down. */
export const highEnd = (x: number) => Math.floor(x * 100 + 1e-7) / 100 || 0;
const percent = (share: number, lang: Language) => formatNumber(share * 100, lang, 0);

/** The nearest rank reversal as one sentence. */
export function reversalText(reversal: Reversal, names: Names, lang: Language): string {
  const m = stabilityMessages[lang];
  const at = reversal.direction === 'up' ? lowEnd(reversal.at) : highEnd(reversal.at);
  return format(reversal.direction === 'up' ? m.up : m.down, {
    at: weight(at, lang),
    dimension: names.dimension(reversal.dimension, lang),
    share: percent(reversal.share, lang),
    replacement: names.stack(reversal.replacement),
    top: names.stack(reversal.top),
  });
}

/** What the stability analysis says about the #1 in one sentence. */
export function stabilityVerdict(stability: Stability, names: Names, lang: Language): string {
  const m = stabilityMessages[lang];
  if (stability.top === null) return m.empty;
  const text = stability.nearest
    ? reversalText(stability.nearest, names, lang)
    : format(m.none, { top: names.stack(stability.top) });
  return stability.exact ? text : `${text} (${m.approximate})`;
}

const holdsEverywhere = (interval: StabilityInterval, maxWeight: number) =>
  interval.low <= 0 && interval.high >= maxWeight && !interval.below && !interval.above;

/** One weight's interval: "#1 stays #1 from 1.5 to 4.2". */
export function intervalText(interval: StabilityInterval, lang: Language, maxWeight = 5): string {
  const m = stabilityMessages[lang];
  if (holdsEverywhere(interval, maxWeight)) return m.holdsAll;
  return format(m.holds, {
    low: weight(lowEnd(interval.low), lang),
    high: weight(highEnd(interval.high), lang),
  });
}

/** One weight's interval in a table under a "#1 holds" heading: "1.5 – 4.2", "the whole range". */
export function rangeText(interval: StabilityInterval, lang: Language, maxWeight = 5): string {
  const m = stabilityMessages[lang];
  if (holdsEverywhere(interval, maxWeight)) return m.wholeRange;
  return format(m.range, {
    low: weight(lowEnd(interval.low), lang),
    high: weight(highEnd(interval.high), lang),
  });
}
