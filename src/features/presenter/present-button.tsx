/** Placeholder until the feature lands. */
export function PresentButton() {
  return null;
}
