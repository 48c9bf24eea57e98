/** Placeholder until the feature lands. */
export function RequirementsPanel() {
  return null;
}
