import { cases } from './cases';
import { compatibility } from './compatibility';
import { decisionMatrix } from './decision-matrix';
import { dimensions } from './dimensions';
import { layers } from './layers';
import { scenarios } from './scenarios';
import { sections } from './sections';
import { compatibilityMatrix, schemeComparison } from './seed-tables';
import { orchestration } from './technologies/orchestration';
import { networks } from './technologies/network';
import { policies } from './technologies/policy';
import { ociRuntimes, runtimes } from './technologies/runtime';
import { storage } from './technologies/storage';
import type { Catalogue } from './types';

/** The whole catalogue built from the seed document (chapter 17). */
export const seedCatalogue: Catalogue = {
  sections,
  layers,
  technologies: [
    ...orchestration,
    ...runtimes,
    ...ociRuntimes,
    ...storage,
    ...networks,
    ...policies,
  ],
  dimensions,
  scenarios,
  cases,
  compatibility,
  decisionMatrix,
  schemeComparison,
  compatibilityMatrix,
};
