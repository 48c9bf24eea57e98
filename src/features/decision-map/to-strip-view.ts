import type { DecisionStrip, TopFit } from '../../engine/analysis/decision-map';
import { format } from '../../i18n/messages';
import { boundaryText, changedParts } from '../../components/boundary-words';
import { axisLabel, axisSpan, fitWords } from './axis-words';
import { axisView, edgeNote, placeOn, type AxisView, type ViewContext } from './to-map-view';

/** A stretch of the strip: its chart extent, values, #1 and fit. */
export interface Band {
  key: string;
  x1: number;
  x2: number;
  top: string | null;
  name: string;
  colour: string;
  fit: TopFit | null;
  hatched: boolean;
  /** Table twin row: from, to, #1, fit. */
  cells: [from: string, to: string, top: string, fit: string];
}

export interface StripView {
  axis: AxisView;
  bands: Band[];
  /** The distinct #1 stacks, in strip order, with their colours. */
  legend: { id: string; name: string; colour: string }[];
  /** The current value; at an end when off the strip or unlimited (`currentNote` says so). */
  current: number;
  currentNote: string | null;
  boundaries: { at: number; text: string }[];
  note: string;
  summary: string;
}

/** The strip as the panel draws it: bands, current value, boundaries in words. */
export function toStripView(strip: DecisionStrip, ctx: ViewContext): StripView {
  const { names, requirements, colours, lang, m } = ctx;
  const { axis } = strip;
  const bands = strip.segments.map((s, i): Band => {
    const name = s.top === null ? m.none : names.stack(s.top);
    const next = strip.segments[i + 1];
    return {
      key: String(s.from),
      x1: s.from,
      // Bands meet where the next begins, so the drawn strip has no gaps.
      x2: next ? next.from : s.to,
      top: s.top,
      name,
      colour: s.top === null ? 'transparent' : (colours.get(s.top) ?? 'var(--text-faint)'),
      fit: s.fit ?? null,
      hatched: s.fit === 'mismatch' || s.fit === 'invalid',
      cells: [
        axisSpan(axis.axis, s.from, s.from, lang, m),
        axisSpan(axis.axis, s.to, s.to, lang, m),
        name,
        fitWords(s.fit, m),
      ],
    };
  });
  const currentNote = edgeNote([axis], ctx, m.currentOffStrip);
  const boundaries = strip.boundaries.map((b) => {
    const changed = b.changed.length > 0 ? b.changed.map((c) => c.to) : changedParts(b.from, b.to);
    return { at: b.at, text: boundaryText(b.axis, b.at, changed, names, lang) };
  });
  const legend = [
    ...new Map(bands.flatMap((b) => (b.top === null ? [] : [[b.top, b]]))).values(),
  ].map((b) => ({ id: b.top!, name: b.name, colour: b.colour }));
  return {
    axis: axisView(axis, lang, m),
    bands,
    legend,
    current: placeOn(axis, requirements).at,
    currentNote,
    boundaries,
    note: strip.exact ? m.exact : format(m.sampled, { nx: bands.length, ny: 1 }),
    summary: format(m.stripSummary, {
      axis: axisLabel(axis.axis, lang),
      segments: bands.length,
      names: bands.map((b) => `${b.cells[0]} – ${b.cells[1]}: ${b.name}`).join('; '),
    }),
  };
}
