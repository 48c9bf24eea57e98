/** Placeholder until the feature lands. */
export function RecommendationPanel() {
  return null;
}
