import type { Language } from '../../catalogue/types';
import type { FitCounts } from '../../engine/row-filters';
import { format } from '../../i18n/messages';
import type { rankingMessages } from './messages';
import { formatNumber } from '../../i18n/numbers';

type Words = (typeof rankingMessages)['en'];

/** What the ranking's status line counts: rows shown, stacks ranked, rows the filter passes. */
export interface StatusCounts extends FitCounts {
  shown: number;
  total: number;
  /** Rows that pass the technology filter; null when no filter is set. */
  filtered: number | null;
}

/**
 * The ranking's status line, numbers grouped as the app writes them elsewhere:
 * "Showing 50 of 6,432 stacks · 12 match · 30 partial · 6,390 fail".
 */
export function statusLine(c: StatusCounts, m: Words, lang: Language): string {
  const n = (value: number) => formatNumber(value, lang);
  return [
    format(m.summary, { shown: n(c.shown), total: n(c.total) }),
    ...(c.filtered !== null ? [format(m.filtered, { count: n(c.filtered) })] : []),
    format(m.countMatch, { n: n(c.match) }),
    format(m.countPartial, { n: n(c.partial) }),
    format(m.countMismatch, { n: n(c.mismatch) }),
    ...(c.invalid > 0 ? [format(m.countInvalid, { n: n(c.invalid) })] : []),
  ].join(' · ');
}
