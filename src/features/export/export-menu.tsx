/** Placeholder until the feature lands. */
export function ExportMenu() {
  return null;
}
