import type { Language } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import type { RadarChartText } from './radar-messages';
import type { RadarModel } from './to-radar-series';

/** What the reader chose to see of the compared stacks. */
export interface RadarChoice {
  /** Stack ids switched off in the legend (ids no longer compared are ignored). */
  hidden: ReadonlySet<string>;
  /** Only the dimensions on which the shown stacks differ. */
  differencesOnly: boolean;
}

/** What "differences only" did. */
export type DifferencesOutcome =
  | { kind: 'off' }
  /** Fewer than two stacks shown: nothing to compare, every dimension stays. */
  | { kind: 'needTwo' }
  /** The shown stacks score the same everywhere: every dimension stays. */
  | { kind: 'none' }
  /** Every dimension differs: all stay. */
  | { kind: 'all' }
  | { kind: 'some'; kept: number; total: number; same: readonly string[] };

export interface RadarSelection {
  /** The model with only the shown stacks and the kept dimensions, series keys and colours unchanged. */
  model: RadarModel;
  /** Ids of the stacks on the chart, in legend order. */
  shown: string[];
  differences: DifferencesOutcome;
}

/**
 * Whether the given series differ on each dimension of the model, as displayed: scores that
 * round to the same tenth of a point count as equal.
 */
export function differingDimensions(model: RadarModel, seriesIds: readonly string[]): boolean[] {
  const series = model.series.filter((s) => seriesIds.includes(s.stackId));
  return model.data.map(
    (_, d) => new Set(series.map((s) => Math.round(s.values[d]! * 10))).size > 1,
  );
}

/**
 * The part of the radar the reader chose: the stacks not hidden (all of them if every one is
 * hidden), and with differencesOnly the dimensions on which those stacks differ (all of them
 * when fewer than two stacks are shown or none differ).
 */
export function selectRadar(model: RadarModel, choice: RadarChoice): RadarSelection {
  const visible = model.series.filter((s) => !choice.hidden.has(s.stackId));
  const series = visible.length > 0 ? visible : model.series;
  const shown = series.map((s) => s.stackId);
  const all = { ...model, series };
  if (!choice.differencesOnly) return { model: all, shown, differences: { kind: 'off' } };
  if (series.length < 2) return { model: all, shown, differences: { kind: 'needTwo' } };
  const differs = differingDimensions(model, shown);
  const kept = differs.filter(Boolean).length;
  if (kept === 0) return { model: all, shown, differences: { kind: 'none' } };
  if (kept === differs.length) return { model: all, shown, differences: { kind: 'all' } };
  const keep = <T>(items: readonly T[]) => items.filter((_, d) => differs[d]);
  return {
    model: {
      ...model,
      data: keep(model.data),
      series: series.map((s) => ({ ...s, values: keep(s.values) })),
    },
    shown,
    differences: {
      kind: 'some',
      kept,
      total: differs.length,
      same: model.data.filter((_, d) => !differs[d]).map((d) => d.name),
    },
  };
}

/**
 * The hidden set after the legend item of `stackId` is pressed: shown ↔ hidden, except that the
 * last stack shown stays (a chart of nothing helps nobody). Ids no longer compared are dropped.
 */
export function toggleSeries(
  hidden: ReadonlySet<string>,
  stackId: string,
  model: RadarModel,
): Set<string> {
  const ids = model.series.map((s) => s.stackId);
  const next = new Set([...hidden].filter((id) => ids.includes(id)));
  if (next.has(stackId)) next.delete(stackId);
  else if (ids.some((id) => id !== stackId && !next.has(id))) next.add(stackId);
  return next;
}

/** The sentence that says what "differences only" shows, or null when it is off. */
export function differencesNote(
  outcome: DifferencesOutcome,
  m: RadarChartText,
  lang: Language,
): string | null {
  switch (outcome.kind) {
    case 'off':
      return null;
    case 'needTwo':
      return m.differencesNeedTwo;
    case 'none':
      return m.differencesNone;
    case 'all':
      return m.differencesAll;
    case 'some': {
      const list = new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' });
      return format(m.differencesSome, {
        n: outcome.kept,
        total: outcome.total,
        same: list.format(outcome.same),
      });
    }
  }
}
