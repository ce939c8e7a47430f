// UI fuzz in Chromium, in the spirit of PhET's ?fuzz: a seeded random clicker and typist does 5,000
// actions across every screen (click visible enabled controls, type random text and numbers into
// inputs, change selects, press random keys including the game shortcuts, switch screens, click the
// Phaser board). Zero page errors allowed. Actions run in batches inside the page with a seeded
// generator, so a failing seed replays: FUZZ_SEED=<seed> npx vitest run --project browser tests/browser/fuzz-ui.test.ts
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';

const SEED = process.env.FUZZ_SEED ?? 'ui-fuzz-1';
const ACTIONS = Number(process.env.FUZZ_ACTIONS ?? 5000);
const BATCH = 25;

declare global {
  interface Window {
    __fuzz?: { log: string[]; step(n: number): string[] };
  }
}

/** Installed in the page: a seeded generator and one random action per step, logged for replay. */
function installFuzzer(seed: string) {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(list: ArrayLike<T>): T => list[Math.floor(random() * list.length)];
  // Leaving the page, printing and new windows are not what this fuzz is about.
  window.print = () => {};
  window.open = () => null;
  window.alert = () => {};
  window.confirm = () => random() < 0.5;
  window.prompt = () => null;
  const SCREENS = ['choose', 'setup', 'play', 'debrief', 'analysis'];
  const KEYS = ['p', 'd', 'm', 'u', 'h', '?', '[', ']', '+', '-', '=', '_', 'Escape', 'Enter', ' ', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'x', '1'];
  const TEXT = ['', '0', '-1', '1e9', '10000', '0.5', 'NaN', 'abc', '<script>window.__pwned=1</script>', '9'.repeat(40), '1,000', ' 12 ', '-0', 'Infinity'];
  const visible = (el: Element) => {
    const r = (el as HTMLElement).getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const controls = () =>
    [...document.querySelectorAll('button, a[href], input, select, textarea, summary, [role=button], [role=tab], [tabindex="0"]')].filter((el) => {
      const e = el as HTMLInputElement;
      if (e.disabled || !visible(el)) return false;
      if (el.tagName === 'A' && (!(el.getAttribute('href') ?? '').startsWith('#') || el.hasAttribute('download'))) return false;
      if (e.type === 'file') return false;
      return true;
    });
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${(el as HTMLElement).dataset?.path ? `[data-path=${(el as HTMLElement).dataset.path}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  const log: string[] = [];
  function one(): string {
    const roll = random();
    if (roll < 0.06) {
      const s = pick(SCREENS);
      location.hash = `#/${s}`;
      return `go ${s}`;
    }
    if (roll < 0.3) {
      const key = pick(KEYS);
      const target = random() < 0.5 ? document.body : (document.activeElement ?? document.body);
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true }));
      return `key ${key}`;
    }
    const list = controls();
    if (list.length === 0) return 'no controls';
    const el = pick(list) as HTMLElement;
    if (el instanceof HTMLInputElement && !['button', 'submit', 'checkbox', 'radio', 'reset'].includes(el.type)) {
      let text: string;
      if (el.type === 'range' || el.type === 'number') {
        const min = Number(el.min || 0);
        const max = Number(el.max || 100);
        text = random() < 0.8 ? String(min + random() * (max - min)) : pick(TEXT);
      } else text = pick(TEXT);
      el.focus();
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      if (random() < 0.7) el.dispatchEvent(new Event('change', { bubbles: true }));
      if (random() < 0.3) el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      return `type ${JSON.stringify(text.slice(0, 20))} into ${describe(el)}`;
    }
    if (el instanceof HTMLSelectElement && el.options.length > 0) {
      el.selectedIndex = Math.floor(random() * el.options.length);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return `select ${el.value} in ${describe(el)}`;
    }
    el.focus();
    el.click();
    return `click ${describe(el)}`;
  }
  window.__fuzz = {
    log,
    step(n: number) {
      const done: string[] = [];
      for (let i = 0; i < n; i++) {
        const what = one();
        log.push(what);
        done.push(what);
      }
      return done;
    },
  };
}

describe('UI fuzz', () => {
  it(`${ACTIONS} seeded random actions across every screen: zero page errors`, async () => {
    const { page, errors, close } = await openPage('#/choose');
    page.on('dialog', (d) => void d.dismiss());
    page.on('filechooser', () => {});
    const started = Date.now();
    let index = 0;
    let lastBatch: string[] = [];
    try {
      await page.waitForSelector('main h2');
      await page.evaluate(installFuzzer, SEED);
      while (index < ACTIONS) {
        const n = Math.min(BATCH, ACTIONS - index);
        lastBatch = await page.evaluate((k) => window.__fuzz!.step(k), n);
        index += n;
        // A real mouse click on the board now and then (the Phaser scene handles pointer input).
        if ((index / BATCH) % 8 === 0) {
          const box = await page.locator('#board canvas').boundingBox().catch(() => null);
          if (box) await page.mouse.click(box.x + box.width * ((index * 7) % 100) / 100, box.y + box.height * ((index * 13) % 100) / 100, { button: index % 3 === 0 ? 'right' : 'left' });
        }
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
        if (errors.length > 0) break;
        // A screen is always showing (the app never ends up blank).
        const heading = await page.evaluate(() => !!document.querySelector('main h2, main h1, .walkthrough'));
        if (!heading) errors.push('no screen is showing');
        if (await page.evaluate(() => (window as any).__pwned)) errors.push('injected script ran');
        if (errors.length > 0) break;
      }
      // Let pending work (workers, timers) report.
      await page.waitForTimeout(300);
    } finally {
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      if (errors.length > 0) {
        console.log(`UI fuzz FAILED: seed ${SEED}, within actions ${index - lastBatch.length}..${index - 1}; replay with FUZZ_SEED=${SEED}\nlast actions:\n${lastBatch.map((a, i) => `  ${index - lastBatch.length + i}: ${a}`).join('\n')}`);
      } else {
        console.log(`UI fuzz: seed ${SEED}, ${index} actions in ${secs} s, 0 page errors`);
      }
      await close();
    }
    expect(errors).toEqual([]);
    expect(index).toBe(ACTIONS);
  }, 900_000);
});
