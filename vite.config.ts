import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { catalogueSchemaPlugin } from './scripts/catalogue-schema-plugin.ts';
import { pwaPlugin } from './scripts/pwa.ts';
import { securityHeaders } from './scripts/security-headers.ts';
import { securityHeadersPlugin } from './scripts/security-headers-plugin.ts';

// Mermaid is only ever loaded with `await import('mermaid')`, so Vite/Rolldown puts it
// (and its diagram/layout chunks) into lazy chunks, never into the entry chunk.
export default defineConfig({
  plugins: [react(), catalogueSchemaPlugin(), pwaPlugin(), securityHeadersPlugin()],
  resolve: {
    // zod configured (jitless: no eval under the CSP) before any schema is built: see the file.
    alias: [
      {
        find: /^zod$/,
        replacement: fileURLToPath(new URL('./src/catalogue/zod-config.ts', import.meta.url)),
      },
    ],
  },
  build: {
    target: 'es2022',
  },
  // The built app under the same policy as on a static host (the dev server has none: see
  // scripts/security-headers-plugin.ts).
  preview: {
    headers: securityHeaders(),
  },
  test: {
    // DOM tests opt in with a `// @vitest-environment jsdom` pragma.
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    passWithNoTests: false,
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
