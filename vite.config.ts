// Vite build for the browser game: Phaser in its own chunk, relative base so dist/ runs from any folder.
import { defineConfig } from 'vite';
import { offlinePlugin } from './src/app/offline-plugin';

export default defineConfig({
  base: './',
  publicDir: 'assets',
  plugins: [offlinePlugin('assets')],
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
