// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const rootDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Architecture boundaries (core `no-restricted-imports`, `patterns`).
 *
 * Layers: catalogue <- engine <- store <- features <- app; components are shared UI.
 * NB: in flat config a later block's options for the same rule REPLACE earlier ones,
 * so every block below lists the complete set of patterns for its folder.
 */

/** An npm package and its subpaths, matched exactly (not `@testing-library/react`). */
const escapeRe = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const pkg = (/** @type {string} */ name) => `^${escapeRe(name)}(/.*)?$`;

/** Package restriction as a regex pattern. */
const noPackages = (/** @type {string[]} */ names, /** @type {string} */ message) =>
  names.map((name) => ({ regex: pkg(name), message }));

/** Folder restriction as gitignore-style group globs (`../engine` and `../engine/x`). */
const noFolder = (/** @type {string} */ folder, /** @type {string} */ message) => ({
  group: [`**/${folder}`, `**/${folder}/**`],
  message,
});

const UI_LIBS = ['react', 'react-dom', 'zustand', 'recharts', 'mermaid'];
const uiMsg = (/** @type {string} */ layer) =>
  `Architecture: src/${layer} is pure TypeScript and must not depend on UI/state libraries (react, react-dom, zustand, recharts, mermaid, @tanstack/*).`;

const tanstack = (/** @type {string} */ message) => ({ regex: '^@tanstack/', message });

const catalogueRules = [
  ...noPackages(UI_LIBS, uiMsg('catalogue')),
  tanstack(uiMsg('catalogue')),
  ...['engine', 'store', 'features', 'app', 'components'].map((f) =>
    noFolder(f, `Architecture: src/catalogue is the bottom layer and must not import src/${f}.`),
  ),
];

const engineRules = [
  ...noPackages(UI_LIBS, uiMsg('engine')),
  tanstack(uiMsg('engine')),
  ...['store', 'features', 'app', 'components'].map((f) =>
    noFolder(f, `Architecture: src/engine may import only src/catalogue, not src/${f}.`),
  ),
];

const storeMsg =
  'Architecture: src/store holds state only; no rendering libraries (react-dom, recharts, mermaid, @tanstack/*).';
const storeRules = [
  ...noPackages(['react-dom', 'recharts', 'mermaid'], storeMsg),
  tanstack(storeMsg),
  ...['features', 'app', 'components'].map((f) =>
    noFolder(f, `Architecture: src/store must not import src/${f}.`),
  ),
];

const featuresAppRule = noFolder(
  'app',
  'Architecture: src/features must not import src/app (the app composes features, not the reverse).',
);

const componentsRules = ['features', 'app'].map((f) =>
  noFolder(f, `Architecture: src/components are shared UI and must not import src/${f}.`),
);

/** One block per feature folder: no imports of sibling features. */
const featuresDir = path.join(rootDir, 'src', 'features');
const featureNames = fs.existsSync(featuresDir)
  ? fs
      .readdirSync(featuresDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];

const perFeatureBlocks = featureNames.map((feature) => {
  const others = featureNames.filter((n) => n !== feature);
  return {
    name: `architecture/features/${feature}`,
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            featuresAppRule,
            ...others.flatMap((other) => {
              const message = `Architecture: features are independent; src/features/${feature} must not import src/features/${other}. Move shared code to src/components, src/store or src/engine.`;
              return [
                { group: [`**/features/${other}`, `**/features/${other}/**`], message },
                // Sibling paths: ../<other>, ../<other>/x and, from nested folders, ../../<other>/x
                { regex: `^(\\.\\./)+${escapeRe(other)}(/|$)`, message },
              ];
            }),
          ],
        },
      ],
    },
  };
});

const restrict = (/** @type {string} */ name, /** @type {string[]} */ files, patterns) => ({
  name: `architecture/${name}`,
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

/**
 * The catalogue lives in the store (issue 8): features, shared components and the app read it
 * through store hooks, never from the seed modules. Tests may use the seed as a fixture. A
 * separate rule name (typescript-eslint's) so it adds to the folder blocks above instead of
 * replacing their options.
 */
const seedModules = [
  'seed-catalogue',
  'scenarios',
  'dimensions',
  'layers',
  'cases',
  'compatibility',
  'decision-matrix',
  'seed-tables',
  'sections',
  'technologies',
];
const noSeedModules = {
  name: 'architecture/catalogue-from-store',
  files: ['src/features/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `(^|/)catalogue/(${seedModules.map(escapeRe).join('|')})(/|$)`,
            message:
              'Architecture: read the catalogue from the store (useCatalogue / usePrepared / useNames in src/store/use-ranking.ts), not from the seed modules.',
          },
        ],
      },
    ],
  },
};

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage']),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    name: 'project/browser',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'project/node',
    files: ['*.{js,ts}', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'project/react-hooks',
    // .ts too: custom hooks (useXxx.ts) live outside .tsx files.
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  restrict('catalogue', ['src/catalogue/**/*.{ts,tsx}'], catalogueRules),
  restrict('engine', ['src/engine/**/*.{ts,tsx}'], engineRules),
  restrict('store', ['src/store/**/*.{ts,tsx}'], storeRules),
  restrict('features', ['src/features/**/*.{ts,tsx}'], [featuresAppRule]),
  ...perFeatureBlocks,
  restrict('components', ['src/components/**/*.{ts,tsx}'], componentsRules),
  noSeedModules,
]);
