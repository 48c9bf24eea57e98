/** Placeholder until the feature lands. */
export function SeedMatrixPanel() {
  return null;
}
