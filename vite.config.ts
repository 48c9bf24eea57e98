import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { catalogueSchemaPlugin } from './scripts/catalogue-schema-plugin.ts';

// Mermaid is only ever loaded with `await import('mermaid')`, so Vite/Rolldown puts it
// (and its diagram/layout chunks) into lazy chunks, never into the entry chunk.
export default defineConfig({
  plugins: [react(), catalogueSchemaPlugin()],
  build: {
    target: 'es2022',
  },
  test: {
    // DOM tests opt in with a `// @vitest-environment jsdom` pragma.
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    passWithNoTests: false,
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
