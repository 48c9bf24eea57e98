/** Placeholder until the feature lands. */
export function CatalogueView() {
  return null;
}
