import { defineConfig } from 'vite';

// The build goes straight into the folder the Go server embeds
// (server/dashboard). `make dashboard` clears the old build first; Vite is
// told not to, because that folder also holds the committed BUILD.md.
export default defineConfig({
  base: '/',
  build: {
    outDir: '../server/dashboard/dist',
    emptyOutDir: false,
    assetsDir: 'assets',
    sourcemap: false,
    // Everything inline would need 'unsafe-inline' in the CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` against a server started with `make run`.
    proxy: { '/graphql': 'http://127.0.0.1:8080' },
  },
});
