import type { LocalizedText, ProductionCase } from '../../catalogue/types';

/** A case's cells from the 17.5.9 summary table. */
export interface CaseSummaryCells {
  /**
   * The maturity in the notation of the app's other star tables (★★★★☆ for the seed's
   * ⭐⭐⭐⭐): ★ renders without an emoji font, ⭐ does not.
   */
  stars: string;
  starCount: number;
  /** The row's name and 技术栈核心 cell, as printed. */
  label: string;
  core: string;
  feature: LocalizedText;
}

/** The 17.5.9 cells of a case, or null when 17.5.9 has no row for it. */
export function caseSummaryCells(c: ProductionCase): CaseSummaryCells | null {
  if (!c.summary) return null;
  const { label, core, maturityStars, feature } = c.summary;
  const stars = '★'.repeat(maturityStars) + '☆'.repeat(5 - maturityStars);
  return { stars, starCount: maturityStars, label, core, feature };
}
