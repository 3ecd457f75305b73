import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const path = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

// Main and preload are bundled whole (zod included): the packaged app needs no node_modules at run time,
// and a sandboxed preload cannot load modules at all, so it must be one CommonJS file.
export default defineConfig({
  main: {
    build: {
      outDir: path('./out/main'),
      externalizeDeps: false,
      sourcemap: false,
      rollupOptions: {
        input: { index: path('./electron/main/index.ts') },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: path('./out/preload'),
      externalizeDeps: false,
      isolatedEntries: true,
      sourcemap: false,
      rollupOptions: {
        input: { index: path('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: path('./renderer'),
    base: './',
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      outDir: path('./out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      sourcemap: false,
      rollupOptions: { input: { index: path('./renderer/index.html') } },
    },
  },
});
