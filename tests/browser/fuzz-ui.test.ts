// UI fuzz in Chromium, in the spirit of PhET's ?fuzz: a seeded random user clicks, types and presses
// keys across every screen with Playwright's real mouse and keyboard (so Tab moves focus, Enter and
// Space activate, typing goes through the browser's own input handling). Before each action the page
// (tests/browser/fuzz-ui-page.ts) lists only what a person could reach: visible, enabled, outside any
// inert or aria-hidden subtree, inside the open modal dialog if one is open, and not covered
// (hit-tested at its centre once scrolling has stopped). The generator's draws come from a seeded
// generator in node, so a seed replays the run; picks are weighted towards the header's controls (so
// the Share, Teacher and walkthrough dialogs open) and the play keys, and while some coverage goal is
// unmet every 5th action is aimed at one (an unvisited screen's link, an unopened dialog's button,
// the board, or playing the current game to its end with P, D and M).
// At the end it asserts coverage from 100 actions on (every screen visited, every dialog opened, the
// board's canvas clicked, a game finished); that no action landed on a control behind an open dialog
// (measured from the trusted events and the picker's aims; the count of actions made while a dialog
// was open must be > 0, so the measure is live); and zero page errors. It prints how many clicks
// landed elsewhere than aimed (a control the app moved between the aim and the click).
// FUZZ_UI_LOG=<file> writes every action to a file as it is made (to compare two runs of a seed).
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fuzzRuns, replayCommand } from '../tier';
import { openPage } from './browser';
import { installFuzzProbe, WEIGHTS, type Box, type ModalKind, type PageStats, type Plan, type Target } from './fuzz-ui-page';

const FILE = 'tests/browser/fuzz-ui.test.ts';
// Every screen in the navigation a student sees (the Class screen is the teacher's, reached from the teacher panel).
const SCREENS = ['choose', 'setup', 'play', 'debrief', 'analysis', 'history', 'about', 'ladder'];
const DIALOGS: ModalKind[] = ['walkthrough', 'share', 'teacher'];
/** Share of control picks made among the header's controls (nav, Share, Teacher, theme, language, Help). */
const HEADER_BIAS = 0.2;
/** While some coverage goal is unmet, every this-many-th action is aimed at one (fuzz-ui-page.ts, goalSelectors). */
const GOAL_EVERY = 5;
/** Coverage is asserted from this size on (a shorter hand-set run may not reach every goal). */
const COVERAGE_FROM = 50;

const TEXT = ['', '0', '-1', '1e9', '10000', '0.5', 'NaN', 'abc', '<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', '9'.repeat(40), '1,000', ' 12 ', '-0', 'Infinity', '35', '½', '１２', 'é😀'];
const KEYS = ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Enter', 'Enter', ' ', ' ', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Backspace', 'x', '1', 'h', '?'];
const PLAY_KEYS = ['p', 'p', 'd', 'd', 'd', 'm', 'm', 'u', '[', ']', '+', '-', '=', '_', 'h'];
const SLIDER_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];
/** Keys whose default action may scroll the page, smoothly (the next plan then waits for it to end). */
const SCROLL_KEYS = new Set([' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** Files offered when the app opens a file picker (Import): broken, empty, hostile, a clash, a valid one. */
function importFiles(): { name: string; mimeType: string; buffer: Buffer }[] {
  const shipped = JSON.parse(readFileSync('scenarios/venezuela-minimum.json', 'utf8')) as Record<string, unknown>;
  const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  return [
    file('broken.json', '{"id": "x", '),
    file('empty.json', '{}'),
    file('hostile.json', JSON.stringify({ ...shipped, id: 'fuzz-hostile', title: '<img src=x onerror="window.__pwned=1">', question: '<script>window.__pwned=1</script>' })),
    file('clash.json', JSON.stringify(shipped)),
    file('custom.json', JSON.stringify({ ...shipped, id: 'fuzz-custom', title: 'Fuzz custom scenario' })),
    file('numbers.json', JSON.stringify({ ...shipped, id: 'fuzz-numbers', intervener: { troops: { value: 1e308 } } })),
  ];
}

/** One key, pressed for real: a printable character is typed (keydown, keypress, input, keyup). */
async function press(page: Page, key: string): Promise<void> {
  if (key.length === 1) await page.keyboard.type(key);
  else await page.keyboard.press(key);
}

/** Play the current game to its end with the keys: P (the automatic plan) when a phase begins, then D
 * (entry) or P and M (control) five at a time, looking at the phase between. */
async function finishGame(page: Page): Promise<number> {
  const phaseNow = () => page.evaluate(() => (window as unknown as { __thresholdPlay?: { phase(): string } }).__thresholdPlay?.phase() ?? 'none');
  let presses = 0;
  let planned = '';
  for (let phase = await phaseNow(); phase !== 'ended'; phase = await phaseNow()) {
    if (phase !== 'entry' && phase !== 'control') throw new Error(`finishing the game: phase ${phase}`);
    if (presses > 600) {
      const seen = await page.evaluate(() => ({
        focus: `${document.activeElement?.tagName}#${document.activeElement?.id}`,
        dialog: [...document.querySelectorAll('dialog[open], [role=dialog], [aria-modal=true]')].map((d) => `${d.id || d.className}`).join(','),
        notice: document.querySelector('#notice')?.textContent?.slice(0, 160) ?? '',
        message: document.querySelector('.rejection, .play-message, [role=alert]')?.textContent?.slice(0, 160) ?? '',
        status: document.querySelector('.play-top, #play-status')?.textContent?.slice(0, 160) ?? '',
      }));
      throw new Error(`game not over after ${presses} key presses (phase ${phase}; ${JSON.stringify(seen)})`);
    }
    if (planned !== phase) {
      await page.keyboard.type('p');
      presses++;
      planned = phase;
    }
    // In control the plan is applied again before each month, as the automatic plan does: a month may
    // need a decision (over the rotation cap the force must be cut, which M alone refuses to guess).
    for (let k = 0; k < 5; k++) {
      if (phase === 'control') {
        await page.keyboard.type('p');
        presses++;
      }
      await page.keyboard.type(phase === 'entry' ? 'd' : 'm');
      presses++;
    }
  }
  return presses;
}

const within = (box: Box, u: number, v: number) => ({
  x: box.left + Math.max(1, Math.min(box.width - 1, u * box.width)),
  y: box.top + Math.max(1, Math.min(box.height - 1, v * box.height)),
});

describe('UI fuzz', () => {
  for (const run of fuzzRuns('FUZZ_ACTIONS', 'ui-fuzz-1', 60, 5000)) {
    it(
      `seed ${JSON.stringify(run.seed)}, ${run.size} actions with the real mouse and keyboard: coverage, nothing behind a dialog, zero page errors`,
      async () => {
        console.log(`UI fuzz: seed ${JSON.stringify(run.seed)}, ${run.size} actions`);
        const replay = `replay: ${replayCommand(FILE, run, 'FUZZ_ACTIONS')}`;
        const random = seedrandom(run.seed);
        const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
        const files = importFiles();
        let filesOffered = 0;

        const { page, errors, close } = await openPage('');
        page.on('dialog', (d) => void d.dismiss());
        page.on('filechooser', (chooser) => void chooser.setFiles(files[filesOffered++ % files.length]).catch(() => undefined));
        await page.addInitScript(installFuzzProbe, [run.seed, WEIGHTS] as [string, typeof WEIGHTS]);
        // A first visit (the walkthrough opens), with the probe in place from the first line.
        await page.reload();
        await page.waitForSelector('main h2');

        const log: string[] = [];
        // FUZZ_UI_LOG=<file>: every action as it is made (to compare two runs of a seed, or follow a slow one).
        const logFile = process.env.FUZZ_UI_LOG;
        if (logFile) writeFileSync(logFile, '');
        const record = (line: string) => {
          log.push(line);
          if (logFile) appendFileSync(logFile, line + '\n');
        };
        const counts = { directed: 0, click: 0, type: 0, slider: 0, select: 0, key: 0, playKey: 0, board: 0, finish: 0, nothing: 0, covered: 0, inModal: 0, headerPicks: 0 };
        const failures: string[] = [];
        let index = 0;
        const started = Date.now();
        let stats: PageStats | null = null;
        /** The last action pressed a key that may scroll (the page then waits longer for the scroll to end). */
        let afterKeys = false;

        /** Act on a reachable control with the real mouse and keyboard; returns the log line. */
        async function act(target: Target): Promise<string> {
          const textual = (target.tag === 'input' && !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image'].includes(target.type)) || target.tag === 'textarea';
          if (textual) {
            const text = pick(TEXT);
            const then = random();
            await page.mouse.click(target.x, target.y);
            await page.keyboard.press('Control+A');
            if (text) await page.keyboard.type(text);
            else await page.keyboard.press('Backspace');
            if (then < 0.5) await page.keyboard.press('Enter');
            else if (then < 0.75) await page.keyboard.press('Tab');
            counts.type++;
            afterKeys = false;
            return `type ${JSON.stringify(text.slice(0, 24))}${then < 0.5 ? ' + Enter' : then < 0.75 ? ' + Tab' : ''} into ${target.desc}`;
          }
          if (target.tag === 'input' && target.type === 'range') {
            const at = within(target, random(), 0.5);
            await page.mouse.click(at.x, target.y);
            const keys: string[] = [];
            if (random() < 0.3) for (let n = 1 + Math.floor(random() * 3); n > 0; n--) keys.push(pick(SLIDER_KEYS));
            for (const key of keys) await page.keyboard.press(key);
            counts.slider++;
            afterKeys = keys.some((key) => SCROLL_KEYS.has(key));
            return `slide ${target.desc} to x=${Math.round(at.x)}${keys.length ? ` + ${keys.join(' ')}` : ''}`;
          }
          if (target.tag === 'select') {
            const moves: string[] = [];
            for (let n = Math.floor(random() * 4); n > 0; n--) moves.push(random() < 0.7 ? 'ArrowDown' : 'ArrowUp');
            moves.push(random() < 0.85 ? 'Enter' : 'Escape');
            await page.mouse.click(target.x, target.y);
            for (const key of moves) await page.keyboard.press(key);
            counts.select++;
            afterKeys = moves.some((key) => SCROLL_KEYS.has(key));
            return `select in ${target.desc}: ${moves.join(' ')}`;
          }
          await page.mouse.click(target.x, target.y);
          counts.click++;
          afterKeys = false;
          return `click ${target.desc}`;
        }

        try {
          for (; index < run.size; index++) {
            const input = { rs: Array.from({ length: 7 }, () => random()), roll: random(), headerBias: HEADER_BIAS, directed: index % GOAL_EVERY === GOAL_EVERY - 1, afterKeys };
            const plan: Plan = await page.evaluate((i) => window.__fuzzUi!.plan(i), input);
            if (!plan.heading) failures.push(`before action ${index}: no screen is showing`);
            if (plan.pwned) failures.push(`before action ${index}: injected script ran`);
            if (errors.length > 0 || failures.length > 0) break;
            counts.covered += plan.covered;
            if (plan.modal) counts.inModal++;
            const where = `${index} [${plan.screen}${plan.modal ? ` + ${plan.modal} dialog` : ''}${plan.phase ? `, ${plan.phase}` : ''}]`;
            const choice = plan.choice;
            if (choice.kind === 'board') {
              const at = choice.goal ? within(choice.box, 0.3 + 0.4 * random(), 0.3 + 0.4 * random()) : within(choice.box, random(), random());
              const how = choice.goal ? 0.5 : random();
              if (how < 0.15) await page.mouse.click(at.x, at.y, { button: 'right' });
              else if (how < 0.25) {
                await page.keyboard.down('Shift');
                await page.mouse.click(at.x, at.y);
                await page.keyboard.up('Shift');
              } else await page.mouse.click(at.x, at.y);
              counts.board++;
              afterKeys = false;
              if (choice.goal) counts.directed++;
              record(`${where}${choice.goal ? ' goal:' : ''} board ${how < 0.15 ? 'right-' : how < 0.25 ? 'shift-' : ''}click at ${Math.round(at.x)},${Math.round(at.y)}`);
            } else if (choice.kind === 'finish') {
              // From a plain spot (focus off any field), then the play keys.
              await page.mouse.click(choice.plain.x, choice.plain.y);
              const presses = await finishGame(page);
              counts.finish++;
              counts.directed++;
              afterKeys = false;
              record(`${where} goal: finish the game with P, D and M (${presses} key presses)`);
            } else if (choice.kind === 'escape') {
              await press(page, 'Escape');
              counts.key++;
              afterKeys = false;
              if (choice.goal) counts.directed++;
              record(`${where}${choice.goal ? ' goal (the goals are behind this dialog):' : ''} key Escape`);
            } else if (choice.kind === 'click-goal') {
              await page.mouse.click(choice.target.x, choice.target.y);
              counts.click++;
              counts.directed++;
              afterKeys = false;
              if (choice.target.header) counts.headerPicks++;
              record(`${where} goal: click ${choice.target.desc}`);
            } else if (choice.kind === 'key') {
              const key = plan.onPlay && random() < 0.6 ? pick(PLAY_KEYS) : pick(KEYS);
              await press(page, key);
              if (plan.onPlay && PLAY_KEYS.includes(key)) counts.playKey++;
              else counts.key++;
              afterKeys = SCROLL_KEYS.has(key);
              record(`${where} key ${JSON.stringify(key)}`);
            } else if (choice.kind === 'target') {
              record(`${where} ${await act(choice.target)}`);
              if (choice.target.header) counts.headerPicks++;
            } else {
              const key = pick(KEYS);
              await press(page, key);
              counts.nothing++;
              afterKeys = SCROLL_KEYS.has(key);
              record(`${where} nothing reachable; key ${JSON.stringify(key)}`);
            }
          }
          // Let pending work (workers, timers) report.
          await page.waitForTimeout(300);
          await page.evaluate(() => window.__fuzzUi!.plan({ rs: [], roll: 1, headerBias: 0, directed: false, afterKeys: true }));
          stats = await page.evaluate(() => window.__fuzzUi!.stats());
          if (await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined)) failures.push('injected script ran');
        } catch (err) {
          failures.push(`action ${index} threw: ${(err as Error).message}`);
        } finally {
          const secs = ((Date.now() - started) / 1000).toFixed(1);
          const s = stats;
          console.log(
            `UI fuzz: seed ${JSON.stringify(run.seed)}, ${index} actions in ${secs} s: ${counts.click} clicks, ${counts.type} typed, ${counts.slider} slider, ${counts.select} select, ` +
              `${counts.key} keys, ${counts.playKey} play keys, ${counts.board} board clicks, ${counts.finish} games played to the end, ${counts.nothing} with nothing reachable; ` +
              `${counts.directed} aimed at a coverage goal; ${counts.headerPicks} header controls; ${counts.covered} covered picks skipped; ${counts.inModal} actions with a dialog open\n` +
              (s
                ? `  coverage: screens ${s.screens.join(', ')}; dialogs ${s.dialogsOpened.join(', ')}; board canvas pointerdowns ${s.boardPointerdowns}; game ended ${s.ended}; ` +
                  `trusted events ${s.pointerdowns} pointer + ${s.keydowns} key, ${s.whileModal} with a dialog open, ${s.behind} behind it (${((100 * s.behind) / Math.max(1, index)).toFixed(1)}% of actions); ` +
                  `${(s.settleMs / 1000).toFixed(1)} s waiting for the board and the debrief's runs; ${s.aimed} aimed clicks, ${s.missed} missed; ${errors.length} page errors; ${filesOffered} files offered to the picker`
                : '  (no coverage figures: the run stopped early)'),
          );
          if (s && s.missLog.length > 0) console.log(`  clicks that landed elsewhere than aimed:\n${s.missLog.map((m) => `    ${m}`).join('\n')}`);
          if (errors.length > 0 || failures.length > 0) {
            console.log(
              `UI fuzz FAILED at action ${index}; ${replay}\nlast actions:\n${log
                .slice(-25)
                .map((a) => `  ${a}`)
                .join('\n')}`,
            );
          }
          await close();
        }
        const context = `${replay}; last actions:\n${log.slice(-15).join('\n')}`;
        expect(failures, context).toEqual([]);
        expect(errors, context).toEqual([]);
        expect(index).toBe(run.size);
        expect(stats).not.toBeNull();
        const s = stats!;
        // Nothing reached a control behind an open dialog (share of actions: 0), and the measure was live.
        expect(s.behindLog, replay).toEqual([]);
        expect(s.behind, replay).toBe(0);
        if (run.size >= COVERAGE_FROM) {
          expect(s.whileModal, `no action was made with a dialog open, so "nothing behind a dialog" measured nothing; ${replay}`).toBeGreaterThan(0);
          expect([...s.screens].sort(), `screens visited; ${replay}`).toEqual(expect.arrayContaining(SCREENS));
          for (const screen of s.screens) expect([...SCREENS, 'class'], `an unknown screen; ${replay}`).toContain(screen);
          for (const kind of DIALOGS) expect(s.dialogsOpened, `dialog ${kind} never opened; ${replay}`).toContain(kind);
          expect(s.boardPointerdowns, `the board's canvas was never clicked; ${replay}`).toBeGreaterThan(0);
          expect(s.ended, `no game reached its end; ${replay}`).toBe(true);
        }
      },
      60_000 + run.size * 400,
    );
  }
});
