/** Placeholder until the feature lands. */
export function RankingPanel() {
  return null;
}
