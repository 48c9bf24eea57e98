/**
 * Which ranking columns stay put, which the user may hide, and how the table lays out at a
 * width. Pure: the table (ranking-table.tsx) and the Columns menu read it.
 */

/** Pinned to the start: the row's identity (compare box, rank, stack) never scrolls away. */
export const PINNED_START = ['compare', 'rank', 'stack'] as const;
/** Pinned to the end: the verdict (total score, requirement fit) never scrolls away. */
export const PINNED_END = ['total', 'fit'] as const;

/** The columns no one can hide: the pinned ones. */
const LOCKED: ReadonlySet<string> = new Set<string>([...PINNED_START, ...PINNED_END]);

/** TanStack's pinning state for the ranking table; constant, so it is one object. */
export const COLUMN_PINNING = {
  start: [...PINNED_START] as string[],
  end: [...PINNED_END] as string[],
};

/** True when the user may hide the column (the score columns); identity and verdict stay. */
export function canHide(columnId: string): boolean {
  return !LOCKED.has(columnId);
}

/**
 * TanStack's visibility state for the columns: false for each hidden column the table has
 * and may hide; ids of other catalogues and locked columns are ignored.
 */
export function columnVisibility(
  hidden: readonly string[],
  columnIds: readonly string[],
): Record<string, boolean> {
  const wanted = new Set(hidden);
  return Object.fromEntries(
    columnIds.filter((id) => canHide(id) && wanted.has(id)).map((id) => [id, false]),
  );
}

/** How the table draws: every column at ease, tighter columns, or one card per stack. */
export type TableLayout = 'full' | 'compact' | 'cards';

/** Below this scroll-box width (px) the columns tighten: the seed's table is ~990 px at ease. */
export const COMPACT_BELOW = 1040;
/** Below this width the pinned columns alone (~610 px compact) leave no room: cards. */
export const CARDS_BELOW = 700;

/** The layout for a scroll box `width` px wide (0, before layout, counts as wide). */
export function tableLayout(width: number): TableLayout {
  if (width <= 0 || width >= COMPACT_BELOW) return 'full';
  return width < CARDS_BELOW ? 'cards' : 'compact';
}
