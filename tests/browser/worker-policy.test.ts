// The analysis workers' own policy. A dedicated worker ignores the page's <meta> Content-Security-
// Policy, so (1) the worker locks itself down by construction (src/app/worker-lockdown.ts, its first
// module) and (2) the server sends the header form with every response, the worker's script included
// (vite.config.ts, dist/_headers, docs/hosting.md). The probe is a module worker started from the
// page as the app starts its pool (`new Worker(url, { type: 'module' })`): it imports the built
// worker chunk exactly as shipped, then tries to run code from strings and to reach another host,
// and finally answers a real query. It runs once served with the header and once with no header at
// all (a static host that cannot send headers, e.g. GitHub Pages). Two controls without the lockdown
// show what the test would see if it were missing: with no header, eval runs and requests leave
// (the issue), and with the header alone, the browser refuses them.
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SummaryQuery } from '../../src/analysis/queries';
import { runQuery } from '../../src/analysis/service';
import { HEADER_POLICY } from '../../src/app/content-policy';
import { baseUrl, newContext, recordErrors } from './browser';
import { curveReady, shippedScenario } from './game-helpers';

const OFF_SITE = 'example.com';
const LOCKED = /^LockdownError: .+ is blocked in the Threshold analysis worker/;

/** Runs inside the worker (serialized into the probe module): every attempt and how it ended. */
async function probes(options: { realSockets: boolean }): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  // biome-ignore lint/suspicious/noExplicitAny: probing globals the types do not describe
  const g = globalThis as any;
  async function attempt(name: string, f: () => unknown): Promise<void> {
    try {
      await f();
      out[name] = 'ran';
    } catch (e) {
      out[name] = `${(e as Error)?.name}: ${(e as Error)?.message}`;
    }
  }
  const wasmHeader = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);
  // biome-ignore lint/security/noGlobalEval: the point of the probe
  await attempt('eval', () => eval('1'));
  await attempt('indirect eval', () => g.eval('1'));
  await attempt('new Function', () => new g.Function('return 1')());
  await attempt('function constructor', () => (() => 1).constructor('return 1')());
  await attempt('AsyncFunction', () => Object.getPrototypeOf(async () => 1).constructor('return 1')());
  await attempt('GeneratorFunction', () =>
    Object.getPrototypeOf(function* () {
      yield 1;
    }).constructor('yield 1')(),
  );
  await attempt('AsyncGeneratorFunction', () =>
    Object.getPrototypeOf(async function* () {
      yield 1;
    }).constructor('yield 1')(),
  );
  await attempt('Reflect.construct Function', () => Reflect.construct(g.Function, ['return 1']));
  await attempt('setTimeout string', () => g.setTimeout('self.__fromString = 1', 0));
  await attempt('setInterval string', () => g.clearInterval(g.setInterval('self.__fromString = 1', 1000)));
  await attempt('WebAssembly.compile', () => WebAssembly.compile(wasmHeader));
  await attempt('fetch', () => fetch('https://example.com/fetch'));
  await attempt('XMLHttpRequest', () => {
    const x = new XMLHttpRequest();
    x.open('GET', 'https://example.com/xhr', false);
    x.send();
  });
  await attempt('EventSource', () => new EventSource('https://example.com/sse').close());
  if (options.realSockets) {
    await attempt('WebSocket', () => new WebSocket('wss://example.com/ws').close());
    if ('WebTransport' in g) await attempt('WebTransport', () => new g.WebTransport('https://example.com/wt').close());
  }
  await attempt('importScripts', () => g.importScripts('https://example.com/script.js'));
  await attempt('FontFace', () => new g.FontFace('probe', 'url(https://example.com/font.woff2)').load());
  await attempt('caches', () => g.caches.open('probe'));
  await attempt('BroadcastChannel', () => new BroadcastChannel('probe').close());
  await attempt('nested Worker', () => new g.Worker('./nested-probe.js', { type: 'module' }).terminate());
  // Later code cannot put anything back.
  await attempt('restore by assignment', () => {
    g.fetch = () => 1;
  });
  await attempt('restore by defineProperty', () => Object.defineProperty(g, 'eval', { value: (x: unknown) => x }));
  await attempt('restore by delete', () => delete g.Function);
  await attempt('restore constructor', () => {
    Object.getPrototypeOf(() => 1).constructor = () => 1;
  });
  await attempt('fetch after restore attempts', () => fetch('https://example.com/again'));
  // What the worker needs still works.
  out['setTimeout function'] = await new Promise<string>((resolve) => g.setTimeout(() => resolve('ran'), 0));
  out['instanceof Function'] = typeof g.Function === 'function' ? String((() => 1) instanceof g.Function) : 'Function deleted';
  return out;
}

const BLOCKED = [
  'eval',
  'indirect eval',
  'new Function',
  'function constructor',
  'AsyncFunction',
  'GeneratorFunction',
  'AsyncGeneratorFunction',
  'Reflect.construct Function',
  'setTimeout string',
  'setInterval string',
  'WebAssembly.compile',
  'fetch',
  'XMLHttpRequest',
  'EventSource',
  'WebSocket',
  'importScripts',
  'FontFace',
  'caches',
  'BroadcastChannel',
  'nested Worker',
  'fetch after restore attempts',
];

let context: BrowserContext;
let page: Page;
let errors: string[];
/** Requests that reached the network stage (routed, then aborted: nothing really leaves the test). */
const offSite: string[] = [];
/** Every request the context saw. */
const requests: string[] = [];
let workerChunk: string;
const served: Record<string, string | undefined> = {};

/** Serve a probe module at assets/<name>.js; `lockdown` imports the shipped worker chunk first. */
async function serveProbe(name: string, lockdown: boolean, policy: string | undefined, realSockets: boolean): Promise<string> {
  const url = `${baseUrl()}assets/${name}.js`;
  const body = `${lockdown ? `import './${workerChunk}';\n` : ''}const probes = ${String(probes)};\nprobes(${JSON.stringify({ realSockets })}).then(\n  (results) => postMessage({ type: 'probe', results }),\n  (error) => postMessage({ type: 'probe', results: { failed: String(error) } }),\n);\n`;
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', headers: policy ? { 'Content-Security-Policy': policy } : {}, body }));
  return url;
}

/** Start the probe as the app starts its workers; then, if given, send it one query. */
function runProbe(url: string, query: SummaryQuery | null): Promise<{ results: Record<string, string>; answer: unknown }> {
  return page.evaluate(
    async ({ url, query }) => {
      const worker = new Worker(url, { type: 'module' });
      const next = () =>
        new Promise<{ type: string; results?: Record<string, string>; result?: unknown }>((resolve, reject) => {
          worker.onmessage = (e) => e.data.type !== 'progress' && resolve(e.data);
          worker.onerror = (e) => reject(new Error(`worker error: ${e.message}`));
        });
      const probed = await next();
      let answer: unknown = null;
      if (query) {
        const reply = next();
        worker.postMessage({ type: 'run', id: 1, query });
        answer = await reply;
      }
      worker.terminate();
      return { results: probed.results!, answer };
    },
    { url, query },
  );
}

beforeAll(async () => {
  workerChunk = readdirSync(`${inject('distDir')}/assets`).find((f) => /^worker-.*\.js$/.test(f))!;
  context = await newContext({ serviceWorkers: 'block' });
  context.on('request', (r) => requests.push(r.url()));
  context.on('response', (r) => {
    if (r.url().endsWith(workerChunk) || r.url() === baseUrl()) served[r.url() === baseUrl() ? 'page' : 'worker'] = r.headers()['content-security-policy'];
  });
  await context.route(`https://${OFF_SITE}/**`, (route) => {
    offSite.push(route.request().url());
    return route.abort();
  });
  await context.routeWebSocket(`wss://${OFF_SITE}/**`, (ws) => {
    offSite.push(ws.url());
    return ws.close();
  });
  page = await context.newPage();
  errors = recordErrors(page);
  await page.goto(baseUrl());
  await page.waitForSelector('#main h2');
});

afterAll(async () => {
  await context?.close();
});

describe('the analysis worker has a policy of its own', () => {
  it('the built worker chunk locks itself down first and loads no other script', () => {
    const code = readFileSync(`${inject('distDir')}/assets/${workerChunk}`, 'utf8');
    const lockdown = code.indexOf('is blocked in the Threshold analysis worker');
    expect(lockdown).toBeGreaterThan(0);
    expect(lockdown).toBeLessThan(code.indexOf('onmessage'));
    // No chunk to load at run time: neither import() nor importScripts nor a static import.
    expect(code).not.toMatch(/\bimport\s*\(|\bimportScripts\s*\(|(^|[;}\s])import\s*[{*"'`]/);
  });

  it('the server sends the header policy, frame-ancestors included, with the page and the worker script', async () => {
    const response = await context.request.get(`${baseUrl()}assets/${workerChunk}`);
    expect(response.headers()['content-security-policy']).toBe(HEADER_POLICY);
    expect((await context.request.get(baseUrl())).headers()['content-security-policy']).toBe(HEADER_POLICY);
    expect(HEADER_POLICY).toMatch(/frame-ancestors \*$/);
  });

  for (const [variant, policy] of [
    ['served with the header policy', HEADER_POLICY],
    ['served with no header (a static host such as GitHub Pages)', undefined],
  ] as const) {
    it(`${variant}: eval, Function and every way out throw, no request leaves, and the query still runs`, async () => {
      const url = await serveProbe(`lockdown-probe-${policy ? 'header' : 'bare'}`, true, policy, true);
      const query: SummaryQuery = { kind: 'summary', scenario: shippedScenario('venezuela-planners'), seed: 'lockdown', runs: 60 };
      const before = requests.length;
      const { results, answer } = await runProbe(url, query);
      for (const name of BLOCKED) expect(results[name], name).toMatch(LOCKED);
      for (const name of ['restore by assignment', 'restore by defineProperty', 'restore by delete', 'restore constructor']) expect(results[name], name).toMatch(/^TypeError: /);
      expect(results['setTimeout function']).toBe('ran');
      expect(results['instanceof Function']).toBe('true');
      expect(offSite).toEqual([]);
      expect(requests.slice(before).filter((u) => u.includes(OFF_SITE))).toEqual([]);
      expect(answer).toEqual({ type: 'result', id: 1, result: runQuery(query), ms: expect.any(Number) });
    });
  }

  it('control, no lockdown and no header: eval runs and requests leave (what a meta tag alone allows)', async () => {
    const url = await serveProbe('control-bare', false, undefined, false);
    const { results } = await runProbe(url, null);
    expect(results.eval).toBe('ran');
    expect(results['new Function']).toBe('ran');
    expect(offSite.some((u) => u.startsWith(`https://${OFF_SITE}/fetch`))).toBe(true);
    offSite.length = 0;
  });

  it('control, the header alone (no lockdown): the browser refuses eval and the off-site fetch', async () => {
    const url = await serveProbe('control-header', false, HEADER_POLICY, false);
    const { results } = await runProbe(url, null);
    expect(results.eval).toMatch(/^EvalError: /);
    expect(results['new Function']).toMatch(/^EvalError: /);
    expect(results.fetch).toMatch(/^TypeError: /);
    expect(offSite).toEqual([]);
  });

  it("the app's own pool computes the Analysis screen under the lockdown and the header", async () => {
    const before = errors.length;
    await page.goto(`${baseUrl()}#/analysis`);
    await curveReady(page);
    expect(served.worker).toBe(HEADER_POLICY);
    expect(served.page).toBe(HEADER_POLICY);
    expect(errors.slice(before)).toEqual([]);
  });
});
