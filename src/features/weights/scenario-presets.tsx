/** Placeholder until the feature lands. */
export function ScenarioPresets() {
  return null;
}
