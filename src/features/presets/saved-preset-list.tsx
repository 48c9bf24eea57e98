import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, useState, type FocusEvent, type ReactNode } from 'react';

import type { Preset } from '../../store/preset-storage';

/** From this many saved presets on, only the rows in view (and a few around) are rendered. */
export const WINDOW_FROM = 40;
/** A preset row's usual height in px (name, weight bar, one line of settings); rows are measured once shown. */
const ROW_ESTIMATE = 96;

export interface RowProps {
  /** Spread on the row's <li>: position and size in a windowed list, nothing in a plain one. */
  item: Record<string, unknown>;
}

/**
 * The saved presets as a list. A long list is windowed: a scroll box whose <ul> is as tall as
 * every row, with only the rows in view rendered (each a real <li> with its buttons, telling
 * assistive technology its place via aria-posinset / aria-setsize). The row holding focus stays
 * rendered when scrolled away, so an inline rename or delete confirmation is never lost.
 */
export function SavedPresetList({
  presets,
  label,
  renderRow,
}: {
  presets: Preset[];
  /** The list's accessible name. */
  label: string;
  renderRow: (preset: Preset, props: RowProps) => ReactNode;
}) {
  if (presets.length < WINDOW_FROM)
    return (
      <ul className="preset-list" aria-label={label}>
        {presets.map((p) => renderRow(p, { item: {} }))}
      </ul>
    );
  return <WindowedList presets={presets} label={label} renderRow={renderRow} />;
}

function WindowedList({
  presets,
  label,
  renderRow,
}: {
  presets: Preset[];
  label: string;
  renderRow: (preset: Preset, props: RowProps) => ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Parameters<typeof defaultRangeExtractor>[0]) => {
      const indexes = defaultRangeExtractor(range);
      if (pinned === null || pinned >= range.count || indexes.includes(pinned)) return indexes;
      return [...indexes, pinned].sort((a, b) => a - b);
    },
    [pinned],
  );
  // TanStack Virtual returns a mutable instance the React Compiler cannot memoise; nothing
  // here memoises values read from it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: presets.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => presets[index]!.id,
    overscan: 6,
    rangeExtractor,
    initialRect: { width: 480, height: 560 },
  });
  // Rows first measure 0 px (the <dialog> opens just after they mount): growing from 0 is no
  // reason to move the list, or it would open scrolled away from its first row.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) =>
    item.size > 0 && item.end <= (instance.scrollOffset ?? 0);
  const onFocus = (e: FocusEvent<HTMLUListElement>) => {
    const row = (e.target as HTMLElement).closest('[data-index]');
    if (row) setPinned(Number(row.getAttribute('data-index')));
  };
  return (
    <div className="preset-window" ref={scrollRef}>
      <ul
        className="preset-list preset-list-windowed"
        aria-label={label}
        style={{ height: virtualizer.getTotalSize() }}
        onFocus={onFocus}
      >
        {virtualizer.getVirtualItems().map((v) =>
          renderRow(presets[v.index]!, {
            item: {
              ref: virtualizer.measureElement,
              'data-index': v.index,
              'aria-setsize': presets.length,
              'aria-posinset': v.index + 1,
              style: { transform: `translateY(${v.start}px)` },
            },
          }),
        )}
      </ul>
    </div>
  );
}
