/** Placeholder until the feature lands. */
export function StackDrawer() {
  return null;
}
