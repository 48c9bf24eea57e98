/**
 * Props every recharts chart of the app takes. The chart fills its ChartFrame, whose CSS
 * height sizes it (recharts 3 `responsive`: no ResponsiveContainer, no zero-size warning).
 * The keyboard layer is off because the frame is one role="img" and each chart has a table
 * twin that keyboard and screen-reader users read instead.
 */
export const CHART_PROPS = {
  responsive: true,
  accessibilityLayer: false,
  style: { width: '100%', height: '100%' },
} as const;

/** Tooltip props: no sliding animation (it lags behind a live weight drag), above the plot. */
export const TOOLTIP_PROPS = {
  isAnimationActive: false,
  wrapperStyle: { zIndex: 5, outline: 'none' },
} as const;

// Recharts 3 writes a text's fill into its inline style (grey unless given), which CSS cannot
// override: text colours are passed as props, as CSS variables, so both themes apply.

/** Text colour of chart labels. */
export const TEXT_FILL = 'var(--text)';

/** Axis tick text large enough for a projector. */
export const AXIS_TICK = { fontSize: 14, fill: TEXT_FILL } as const;

/** Secondary tick text (grid values). */
export const MINOR_TICK = { fontSize: 12, fill: 'var(--text-muted)' } as const;
