// Vite build for the browser game: Phaser in its own chunk, relative base so dist/ runs from any folder.
import { defineConfig } from 'vite';
import { offlinePlugin } from './src/app/offline-plugin.ts';

export default defineConfig({
  base: './',
  publicDir: 'assets',
  plugins: [
    offlinePlugin('assets'),
    {
      // The dev server injects imported CSS as <style> elements, which the page's strict policy
      // blocks; `npm start` alone allows inline styles. The built app (npm run build, and every
      // browser test) keeps style-src 'self' and is checked under it in tests/browser/csp.test.ts.
      name: 'threshold-dev-csp',
      apply: 'serve',
      transformIndexHtml: (html: string) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
    },
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
});
