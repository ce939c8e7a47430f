// Worker lockdown: the first module the analysis worker (src/app/worker.ts) evaluates. A dedicated
// worker does not inherit the page's <meta> Content-Security-Policy (it takes its policy from the
// headers its script is served with, and a static host may send none), so the worker enforces the
// policy's intent itself, by construction, before any analysis code runs:
//   - no code from strings: eval, the Function / AsyncFunction / GeneratorFunction /
//     AsyncGeneratorFunction constructors (the globals and the `constructor` of their prototypes, so
//     `(function () {}).constructor('…')` fails too), setTimeout / setInterval with a string, and
//     WebAssembly (code from bytes);
//   - no network and no channel out but postMessage to the page: fetch, XMLHttpRequest, WebSocket,
//     WebSocketStream, EventSource, WebTransport, importScripts, BroadcastChannel, caches (Cache.add
//     fetches), FontFace and fonts (a font URL is fetched), navigator.sendBeacon if present, and
//     nested Worker / SharedWorker (a new worker would start without this lockdown).
// Each is replaced by a function (or, for caches and fonts, a getter) that throws a LockdownError,
// defined non-writable and non-configurable on the global and on every object of its prototype chain
// that holds it, so later code can neither restore nor reach the original. postMessage, onmessage,
// MessageChannel, performance and timers with a function (all the worker uses) stay as they are.
// Not reachable from here: import() and static import are syntax. The worker bundle has no import()
// (tests/browser/worker-policy.test.ts reads the built chunk), and where the host sends the header
// policy (docs/hosting.md) its script-src 'self' refuses an import from another host.

/** What a blocked API throws. */
export class LockdownError extends Error {
  constructor(what: string) {
    super(`${what} is blocked in the Threshold analysis worker: it runs no code from strings and makes no network request (src/app/worker-lockdown.ts)`);
    this.name = 'LockdownError';
  }
}

/** A function that throws for `what`, called or constructed. */
function blocker(what: string, prototype?: object): (...args: unknown[]) => never {
  // A plain function (not an arrow), so `new` reaches the throw instead of "not a constructor".
  const f = function blocked(): never {
    throw new LockdownError(what);
  };
  // Keeps `x instanceof Function` (and the like) true for real functions.
  if (prototype) Object.defineProperty(f, 'prototype', { value: prototype, writable: false });
  return Object.freeze(f);
}

function fix(target: object, name: string, descriptor: PropertyDescriptor): void {
  Object.defineProperty(target, name, { ...descriptor, enumerable: false, configurable: false });
}

const fixed = (value: unknown): PropertyDescriptor => ({ value, writable: false });

/** Replace `name` on `owner` and on every object of its prototype chain that has it as its own property. */
function lockChain(owner: object, name: string, descriptor: PropertyDescriptor): void {
  for (let o: object | null = Object.getPrototypeOf(owner); o; o = Object.getPrototypeOf(o)) {
    if (Object.getOwnPropertyDescriptor(o, name)?.configurable) fix(o, name, descriptor);
  }
  fix(owner, name, descriptor);
}

// Code from strings ----------------------------------------------------------------------------------
const functionPrototypes: Array<[string, object]> = [
  ['Function', Object.getPrototypeOf(() => undefined)],
  ['AsyncFunction', Object.getPrototypeOf(async () => undefined)],
  [
    'GeneratorFunction',
    Object.getPrototypeOf(function* () {
      yield 0;
    }),
  ],
  [
    'AsyncGeneratorFunction',
    Object.getPrototypeOf(async function* () {
      yield 0;
    }),
  ],
];
for (const [name, prototype] of functionPrototypes) {
  const stub = blocker(`the ${name} constructor`, prototype);
  fix(prototype, 'constructor', fixed(stub));
  if (name === 'Function') lockChain(globalThis, 'Function', fixed(stub));
}
lockChain(globalThis, 'eval', fixed(blocker('eval')));

for (const name of ['setTimeout', 'setInterval'] as const) {
  const native = globalThis[name] as (handler: unknown, ...rest: unknown[]) => number;
  const safe = (handler: unknown, ...rest: unknown[]): number => {
    if (typeof handler !== 'function') throw new LockdownError(`${name} with a string`);
    return Reflect.apply(native, globalThis, [handler, ...rest]);
  };
  lockChain(globalThis, name, fixed(Object.freeze(safe)));
}

if (typeof WebAssembly === 'object') {
  const names = Object.getOwnPropertyNames(WebAssembly);
  lockChain(globalThis, 'WebAssembly', fixed(Object.freeze(Object.fromEntries(names.map((n) => [n, blocker(`WebAssembly.${n}`)])))));
}

// Network and other channels -------------------------------------------------------------------------
const CALLABLE = ['fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport', 'importScripts', 'BroadcastChannel', 'FontFace', 'Worker', 'SharedWorker'];
for (const name of CALLABLE) lockChain(globalThis, name, fixed(blocker(name)));

const ACCESSORS = ['caches', 'fonts'];
for (const name of ACCESSORS) {
  if (!(name in globalThis)) continue;
  const get = Object.freeze(() => {
    throw new LockdownError(name);
  });
  lockChain(globalThis, name, { get, set: undefined });
}

if (typeof navigator === 'object' && 'sendBeacon' in navigator) lockChain(navigator, 'sendBeacon', fixed(blocker('navigator.sendBeacon')));
