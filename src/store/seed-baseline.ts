import { type CatalogueDiff, diffCatalogues } from '../catalogue/diff';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Catalogue } from '../catalogue/types';
import { encodeCatalogueLink, type EncodeLinkResult } from './catalogue-link';

/**
 * The seed catalogue as the baseline the user's catalogue is compared with ("Changes against
 * the seed", the share link's patch, "differs from the seed's"). Features reach the seed only
 * through here, never to read facts from it.
 */
export const seedBaseline: Catalogue = seedCatalogue;

/** True when the catalogue is the seed's (the store's default, or a reset to it). */
export const isSeedCatalogue = (catalogue: Catalogue) => catalogue === seedCatalogue;

/** The share link's `catalogue=…` fragment of a user's catalogue (its patch against the seed's), or tooLarge. */
export const encodeShareCatalogue = (catalogue: Catalogue): Promise<EncodeLinkResult> =>
  encodeCatalogueLink(catalogue, seedCatalogue);

/** What a catalogue changes from the seed's. */
export const diffFromSeed = (catalogue: Catalogue): CatalogueDiff =>
  diffCatalogues(seedCatalogue, catalogue);
