import type { ReactNode } from 'react';

/** The card a chart's custom tooltip content renders: a title and its lines. */
export function TooltipCard({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      {children}
    </div>
  );
}
