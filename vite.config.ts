// Vite build for the browser game: Phaser in its own chunk, relative base so dist/ runs from any folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { devPolicy, HEADER_POLICY, headersFile, PAGE_POLICY } from './src/app/content-policy.ts';
import { offlinePlugin } from './src/app/offline-plugin.ts';

/**
 * The Content-Security-Policy from its one source (src/app/content-policy.ts): index.html's <meta>
 * must carry it exactly (else the build and the dev server stop), and each build writes the header
 * form to dist/_headers for static hosts (docs/hosting.md). Written after the bundle, so the offline
 * service worker does not precache it (hosts consume _headers and do not serve it).
 */
function contentPolicyPlugin(): Plugin {
  return {
    name: 'threshold-content-policy',
    transformIndexHtml: {
      order: 'pre',
      handler(html: string) {
        const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
        if (meta !== PAGE_POLICY) throw new Error(`index.html's Content-Security-Policy <meta> differs from PAGE_POLICY in src/app/content-policy.ts:\n  meta:   ${meta}\n  policy: ${PAGE_POLICY}`);
        return html;
      },
    },
    writeBundle(options) {
      if (options.dir) writeFileSync(join(options.dir, '_headers'), headersFile());
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: 'assets',
  plugins: [
    offlinePlugin('assets'),
    contentPolicyPlugin(),
    {
      // The dev server injects imported CSS as <style> elements, which the page's strict policy
      // blocks; `npm start` alone allows inline styles. The built app (npm run build, and every
      // browser test) keeps style-src 'self' and is checked under it in tests/browser/csp.test.ts.
      name: 'threshold-dev-csp',
      apply: 'serve',
      transformIndexHtml: (html: string) => html.replace(PAGE_POLICY, devPolicy(PAGE_POLICY)),
    },
  ],
  // The header form of the policy on every response, the workers' scripts included (a dedicated
  // worker takes its policy from its script's headers, never from the page's <meta>).
  server: { host: '127.0.0.1', headers: { 'Content-Security-Policy': devPolicy(HEADER_POLICY) } },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': HEADER_POLICY } },
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
