/** Placeholder until the feature lands. */
export function WeightsPanel() {
  return null;
}
