// Vite plugins for the single-file build (`npm run build:single`, scripts/build-single.ts): the whole
// app in one HTML file that runs from disk (file://) with no server.
//
// - The analysis pool's worker factory (src/app/worker-factory.ts) is swapped for
//   src/app/worker-factory-inline.ts, which carries the worker's bundle inside the page as a string
//   and starts each worker from a blob: URL (a browser will not load a worker from a file:// URL).
// - After the bundle is made (one script: code splitting is off, so the lazy board and the teacher
//   guide are inside it; one style sheet), the script and the style sheet are written into
//   index.html as inline <script type="module"> and <style>, the favicon as a data: URL, and the
//   file is renamed threshold.html. Anything else left in the bundle stops the build: the file must
//   need nothing beside it.
// - The page's Content-Security-Policy <meta> is replaced by singleFilePolicy(): the inline script
//   and style are allowed by their SHA-256 hashes (computed here, after the last change to their
//   text), never by 'unsafe-inline'; workers only from blob:; no connections at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const SINGLE_FILE_NAME = 'threshold.html';

/** A CSP hash source for an inline element's exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The single file's policy. Nothing may load from anywhere (default-src 'none', connect-src 'none');
 * the one inline script and the one inline style run because their hashes are listed; the analysis
 * workers start from blob: URLs the page makes; images only from data: and blob: (the favicon, the
 * QR code, exported PNGs).
 */
export function singleFilePolicy(scriptHashes: readonly string[], styleHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    'worker-src blob:',
    `style-src ${styleHashes.join(' ')}`,
    'img-src data: blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Make a script's text safe inside <script>…</script>: "</script" would end the element and "<!--"
 * would switch the HTML parser into its escaped state. `<\/` and `\x3C` mean the same characters in
 * JavaScript strings, template literals and regular expressions (with or without the u flag).
 */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

/** Make a style sheet's text safe inside <style>…</style> (CSS escape of "<"). */
export function escapeInlineStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '\\3C/$1');
}

const SCRIPT_TAG = /<script\b[^>]*\bsrc="\.\/([^"]+)"[^>]*><\/script>/g;
const STYLE_TAG = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"[^>]*>/g;
const ICON_TAG = /(<link\b[^>]*\brel="icon"[^>]*\bhref=")([^"]+)(")/;
const POLICY_META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
/** A <link> to a file of its own that is left after the above (a web app manifest, touch icons). */
const OTHER_LINK = /\s*<link\b[^>]*\bhref="(?!data:|#)(?:\.\/)?([^"]+)"[^>]*>/g;
/** Any reference to another file that would be left in the page. */
const FILE_REFERENCE = /\s(?:src|href)="(?!data:|blob:|#|https?:)([^"]*)"/;

export interface BundleFiles {
  /** A bundle file's text, removed from the bundle; throws when there is none. */
  take(file: string): string;
  /** Remove a file from the bundle if it is there. */
  drop(file: string): void;
}

/**
 * index.html as Vite wrote it → the single file's HTML: its script and style sheet inline, the
 * favicon a data: URL, links the file cannot use dropped (a file opened from disk cannot be
 * installed, so no manifest), and the policy <meta> rewritten with the inline texts' hashes.
 */
export function singleFileHtml(source: string, files: BundleFiles, icon: Buffer): string {
  const scriptHashes: string[] = [];
  const styleHashes: string[] = [];
  let html = source.replace(SCRIPT_TAG, (_tag, file: string) => {
    const code = escapeInlineScript(files.take(file));
    scriptHashes.push(hashSource(code));
    return `<script type="module">${code}</script>`;
  });
  html = html.replace(STYLE_TAG, (_tag, file: string) => {
    const css = escapeInlineStyle(files.take(file));
    styleHashes.push(hashSource(css));
    return `<style>${css}</style>`;
  });
  if (scriptHashes.length !== 1) throw new Error(`single-file build: expected one script, found ${scriptHashes.length}`);
  html = html.replace(ICON_TAG, (_m, before: string, _href: string, after: string) => `${before}data:image/svg+xml;base64,${icon.toString('base64')}${after}`);
  html = html.replace(OTHER_LINK, (_tag, file: string) => {
    files.drop(file);
    return '';
  });
  if (!POLICY_META.test(html)) throw new Error('single-file build: index.html has no Content-Security-Policy <meta>');
  html = html.replace(POLICY_META, (_m, before: string, _old: string, after: string) => `${before}${singleFilePolicy(scriptHashes, styleHashes)}${after}`);
  const left = FILE_REFERENCE.exec(html);
  if (left) throw new Error(`single-file build: the page still refers to another file: ${left[1]}`);
  return html;
}

export interface SingleFileOptions {
  /** The favicon's file (inlined as a data: URL). */
  favicon: string;
}

export function singleFilePlugins(options: SingleFileOptions): Plugin[] {
  const swapFactory: Plugin = {
    name: 'threshold-single-worker-factory',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]src[\\/]app[\\/][^\\/]+\.ts$/.test(importer)) return null;
      if (source === './worker-factory' || source === './worker-factory.ts') return resolve(dirname(importer), 'worker-factory-inline.ts');
      return null;
    },
  };
  const inline: Plugin = {
    name: 'threshold-single-file',
    enforce: 'post',
    apply: 'build',
    // order 'post': after Vite's own generateBundle work (the preload markers of inlined dynamic
    // imports are filled in there), so the text hashed here is the text shipped.
    generateBundle: {
      order: 'post',
      handler(_output, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('single-file build: no index.html in the bundle');
        delete bundle['index.html'];
        const files: BundleFiles = {
          take(file) {
            const item = bundle[file];
            if (!item) throw new Error(`single-file build: index.html refers to ${file}, which is not in the bundle`);
            delete bundle[file];
            return item.type === 'chunk' ? item.code : String(item.source);
          },
          drop(file) {
            delete bundle[file];
          },
        };
        const html = singleFileHtml(String(page.source), files, readFileSync(options.favicon));
        const left = Object.keys(bundle);
        if (left.length > 0) throw new Error(`single-file build: files left outside the HTML: ${left.join(', ')}`);
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
      },
    },
  };
  return [swapFactory, inline];
}
