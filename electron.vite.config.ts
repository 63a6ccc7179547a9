import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PRODUCTION_CSP } from './electron/main/security';

/** The built page carries its CSP itself, so it holds wherever it is served from. */
function cspMeta(): Plugin {
  return {
    name: 'deskbook-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${PRODUCTION_CSP}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        // The db worker is its own entry: the main thread spawns out/main/coreWorker.js,
        // and Core spawns the jobs worker out/main/readWorker.js for read-only tasks.
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          coreWorker: resolve(__dirname, 'electron/app/coreWorker.ts'),
          readWorker: resolve(__dirname, 'electron/app/readWorker.ts'),
        },
        external: ['better-sqlite3-multiple-ciphers'],
        output: {
          // External requires are hoisted to the top of their chunk; in a chunk of its own the
          // reflect-metadata polyfill is required before @peculiar/x509 (its tsyringe needs it).
          manualChunks: (id) =>
            id.endsWith('/electron/lan/reflectMetadata.ts') ? 'reflectMetadata' : undefined,
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
      chunkSizeWarningLimit: 2000,
    },
    plugins: [react(), cspMeta()],
  },
});
