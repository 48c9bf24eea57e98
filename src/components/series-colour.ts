/** The colour of the i-th compared stack (0-based), shared by the table, the radar and the bars. */
export function seriesColour(index: number): string {
  return `var(--series-${(index % 6) + 1})`;
}
