// Imports 'zod/v4', not 'zod': vite.config.ts resolves every `import … from 'zod'` to this file.
import z from 'zod/v4';

/**
 * zod, configured before any schema exists. zod 4 compiles object parsers with `new Function`
 * and probes for eval support when an object schema is created — which the app's CSP
 * (`script-src 'self'`, no 'unsafe-eval') blocks and reports as a violation. Jitless parsing
 * gives the same results without eval. vite.config.ts aliases the bare 'zod' import here (in
 * the app, its workers and unit tests), so the setting runs before any module that builds a
 * schema, whatever chunk the bundler puts it in: an import in main.tsx would not, as chunks
 * shared with lazy code evaluate before the entry's own modules.
 */
z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
