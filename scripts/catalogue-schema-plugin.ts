import fs from 'node:fs';
import path from 'node:path';

import { type Plugin, runnerImport } from 'vite';

import type * as JsonSchemaModule from '../src/catalogue/json-schema';

/** The module that generates the schema from the zod schema, relative to the project root. */
const SCHEMA_MODULE = 'src/catalogue/json-schema.ts';

/**
 * Writes public/catalogue.schema.json (the JSON Schema of a catalogue file, generated from the
 * zod schema in src/catalogue) when a dev server or a build starts, so the schema served next
 * to the app is always the one of this build. Generated, not committed (.gitignore).
 *
 * The generator is loaded with Vite's module runner at build start rather than imported here,
 * so the config bundle stays free of app sources (whose extensionless imports Vite's native
 * config loader warns about).
 */
export function catalogueSchemaPlugin(): Plugin {
  let root = '';
  let publicDir = '';
  return {
    name: 'catalogue-schema',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
    },
    async buildStart() {
      // Unit tests neither serve nor ship public/.
      if (!publicDir || process.env.VITEST) return;
      const { module } = await runnerImport<typeof JsonSchemaModule>(
        path.join(root, SCHEMA_MODULE),
        { configFile: false, root, logLevel: 'warn' },
      );
      const file = path.join(publicDir, module.CATALOGUE_SCHEMA_FILE);
      const text = module.catalogueJsonSchemaText();
      // Rewrite only on change: an unchanged file keeps its mtime and triggers no reload.
      const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      if (current === text) return;
      fs.mkdirSync(publicDir, { recursive: true });
      fs.writeFileSync(file, text);
      this.info(`wrote ${path.relative(root, file)}`);
    },
  };
}
