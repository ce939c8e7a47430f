// One Content-Security-Policy, several copies: src/app/content-policy.ts is the source, and index.html's
// <meta> tag, the dev and preview servers' header (vite.config.ts), the generated dist/_headers and the
// examples in docs/hosting.md must all say the same. The header form is the meta policy plus
// frame-ancestors (which a meta tag cannot carry). The worker imports its lockdown first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devPolicy, directives, FRAME_ANCESTORS, HEADER_POLICY, headersFile, PAGE_POLICY } from '../../src/app/content-policy';
import config from '../../vite.config';

const CSP = 'Content-Security-Policy';

describe('one content policy', () => {
  it("index.html's meta tag carries the page policy exactly", () => {
    const html = readFileSync('index.html', 'utf8');
    const metas = [...html.matchAll(/http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);
    expect(metas).toEqual([PAGE_POLICY]);
  });

  it('the header form is the page policy plus frame-ancestors, and nothing looser', () => {
    const page = directives(PAGE_POLICY);
    expect(directives(HEADER_POLICY)).toEqual({ ...page, 'frame-ancestors': FRAME_ANCESTORS });
    expect(page['frame-ancestors']).toBeUndefined();
    expect(HEADER_POLICY).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval/);
    for (const name of ['script-src', 'worker-src', 'connect-src']) expect(directives(HEADER_POLICY)[name], name).toBe("'self'");
  });

  it('the preview server sends the header policy and the dev server its style-relaxed form', () => {
    expect(config.preview?.headers?.[CSP]).toBe(HEADER_POLICY);
    expect(config.server?.headers?.[CSP]).toBe(devPolicy(HEADER_POLICY));
    expect(directives(devPolicy(HEADER_POLICY))).toEqual({ ...directives(HEADER_POLICY), 'style-src': "'self' 'unsafe-inline'" });
  });

  it('the _headers file applies the header policy to every path', () => {
    const lines = headersFile()
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['/*', `  ${CSP}: ${HEADER_POLICY}`]);
  });

  it('every policy written out in docs/hosting.md is the header policy', () => {
    const doc = readFileSync('docs/hosting.md', 'utf8');
    const written = [...doc.matchAll(/"(default-src [^"]*)"|Content-Security-Policy: (default-src .*)$/gm)].map((m) => m[1] ?? m[2]);
    expect(written.length).toBeGreaterThanOrEqual(3);
    for (const policy of written) expect(policy).toBe(HEADER_POLICY);
  });

  it("the worker's first import is its lockdown", () => {
    const source = readFileSync('src/app/worker.ts', 'utf8');
    const imports = [...source.matchAll(/^import\b[^;]*;/gm)].map((m) => m[0]);
    expect(imports[0]).toBe("import './worker-lockdown';");
  });
});
