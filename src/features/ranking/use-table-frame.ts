import { useLayoutEffect, useRef, useState } from 'react';

import { tableLayout, type TableLayout } from './column-layout';

/** The width of a header cell of the table, 0 when the column is not drawn. */
function headWidth(table: HTMLTableElement, className: string): number {
  return table.querySelector<HTMLElement>(`thead .${className}`)?.offsetWidth ?? 0;
}

/**
 * The ranking table's scroll box and table: picks the layout for the box's width, keeps the
 * pinned columns edge to edge (their offsets follow the measured widths of the pinned columns
 * before them, which change with the language and the layout) and marks the edges that have
 * columns scrolled under the pinned ones, for their shadows. Re-renders when the layout changes.
 */
export function useTableFrame() {
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const [layout, setLayout] = useState<TableLayout>('full');

  useLayoutEffect(() => {
    const scroll = scrollRef.current;
    const table = tableRef.current;
    if (!scroll || !table) return;
    const measure = () => {
      setLayout(tableLayout(scroll.clientWidth));
      const compare = headWidth(table, 'col-compare');
      const rank = headWidth(table, 'col-rank');
      table.style.setProperty('--left-rank', `${compare}px`);
      table.style.setProperty('--left-stack', `${compare + rank}px`);
      table.style.setProperty('--right-total', `${headWidth(table, 'col-fit')}px`);
      edges();
    };
    // Which sides hide columns under the pinned ones: set on scroll, so no re-render.
    const edges = () => {
      const start = scroll.scrollLeft > 0;
      const end = scroll.scrollLeft + scroll.clientWidth < scroll.scrollWidth - 1;
      scroll.toggleAttribute('data-more-start', start);
      scroll.toggleAttribute('data-more-end', end);
    };
    measure();
    scroll.addEventListener('scroll', edges, { passive: true });
    if (typeof ResizeObserver === 'undefined') {
      return () => scroll.removeEventListener('scroll', edges);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(scroll);
    observer.observe(table);
    // The pinned heads are never hidden, so these cells live as long as the table.
    for (const head of table.querySelectorAll(
      'thead .col-compare, thead .col-rank, thead .col-fit',
    )) {
      observer.observe(head);
    }
    return () => {
      observer.disconnect();
      scroll.removeEventListener('scroll', edges);
    };
  }, []);

  return { scrollRef, tableRef, layout };
}
