import type { ReactNode, Ref } from 'react';

import './charts.css';

interface ChartFrameProps {
  /** What the chart shows, read out instead of its SVG. */
  label: string;
  /** CSS height (a number is pixels); the width follows the container. */
  height: number | string;
  className?: string;
  /** The frame element, for charts that size themselves from it. */
  ref?: Ref<HTMLDivElement>;
  /** One recharts chart spread with CHART_PROPS. */
  children: ReactNode;
}

/**
 * The box every recharts chart renders into: a fixed height (so recharts never measures 0)
 * and one image with a summary for assistive technology; the data is in the table twin.
 */
export function ChartFrame({ label, height, className, ref, children }: ChartFrameProps) {
  return (
    <div
      ref={ref}
      className={`chart-frame ${className ?? ''}`}
      role="img"
      aria-label={label}
      style={{ height }}
    >
      {children}
    </div>
  );
}
