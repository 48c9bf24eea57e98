/** Placeholder until the feature lands. */
export function PresetsButton() {
  return null;
}
