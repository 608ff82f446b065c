// Builds the report command line (src/cli/report.ts) to out/cli/report.js for plain Node.
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: resolve('src/cli/report.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'zod', 'lowdb'],
      output: { entryFileNames: 'report.js', format: 'es' },
    },
  },
});
