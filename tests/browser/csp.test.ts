// Content Security Policy: the built app declares a strict policy (no inline script, no eval, only
// its own origin) and runs under it on every screen — the Phaser board and the analysis Web Workers
// included — with no securitypolicyviolation event and no CSP console error. A positive control
// (an injected inline script) proves the policy is really enforced.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openPage } from './browser';
import { curveReady } from './game-helpers';

declare global {
  interface Window {
    __cspViolations?: string[];
    __inlineRan?: boolean;
  }
}

const RECORD_VIOLATIONS = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
  });
  try {
    localStorage.setItem('threshold.walkthrough.seen', '1');
  } catch {
    /* storage refused: the walkthrough then shows, which this test tolerates */
  }
};

describe('content security policy', () => {
  it('the built index declares the strict policy and has no inline script', () => {
    const html = readFileSync(`${inject('distDir')}/index.html`, 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // The dev server's relaxation (vite.config.ts, apply: 'serve') never reaches the build.
    expect(policy).toContain("style-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    // Every <script> has a src: nothing inline for the policy to have to allow.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('every screen, the Phaser board and the workers run without a violation', async () => {
    const { page, errors, close } = await openPage('#/choose');
    const workerErrors: string[] = [];
    page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && workerErrors.push(m.text())));
    try {
      await page.addInitScript(RECORD_VIOLATIONS);
      await page.reload();
      await page.waitForSelector('.scenario-card');
      // Play a scenario: the board scene (Phaser, canvas, textures) comes up.
      await page.click('[data-scenario="venezuela-planners"] button:has-text("Play")');
      await page.waitForSelector('#board canvas', { timeout: 30_000 });
      await page.keyboard.press('p');
      await page.keyboard.press('d');
      for (const id of ['setup', 'debrief', 'analysis', 'choose', 'play']) {
        await page.click(`#nav a[data-screen="${id}"]`);
        await page.waitForFunction((screen) => document.querySelector('#nav a[aria-current=page]')?.getAttribute('data-screen') === screen, id);
        await page.waitForTimeout(150);
      }
      // Analysis: wait until its Web Workers have computed something.
      await page.click('#nav a[data-screen="analysis"]');
      await curveReady(page);
      expect(page.workers().length).toBeGreaterThan(0);
      const violations = await page.evaluate(() => window.__cspViolations ?? null);
      expect(violations).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
      expect(workerErrors).toEqual([]);
      expect(errors).toEqual([]);

      // Positive control: an injected inline script is refused and reported.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.body.append(s);
      });
      await page.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
      expect(await page.evaluate(() => window.__inlineRan ?? false)).toBe(false);
      expect((await page.evaluate(() => window.__cspViolations!))[0]).toMatch(/script-src/);
    } finally {
      await close();
    }
  }, 120_000);
});
