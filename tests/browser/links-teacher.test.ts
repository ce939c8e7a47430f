// Links that always apply, and what teacher mode keeps hidden, in real Chromium:
// - a share link set as location.hash in a page that already shows the app, over the student's own
//   change, asks first in a DOM dialog (keyboard-usable); accepting applies the link's scenario,
//   inputs, seed and teacher settings, declining (Escape) keeps everything and says so;
// - a link in the page's query is applied and then removed from the address;
// - a hidden input's value is not in the address bar, the share link, the printed handout after
//   the reveal, or the Analysis tornado.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeShareLink } from '../../src/app/share-link';
import { findInput } from '../../src/model/inputs';
import { openFresh } from './game-helpers';

const LINK = encodeShareLink({ scenarioId: 'panama-1989', overrides: { 'intervener.troops': 40000 }, seed: 'linked' }, { teacher: { lockedInputs: ['population.total'], hiddenInputs: [], hideOutcomes: false, predictFirst: true } });

async function changeCohesion(page: Page, value: string) {
  const cohesion = page.locator('.num-field[data-path="defender.cohesion"]');
  await cohesion.fill(value);
  await cohesion.press('Enter');
  await cohesion.dispatchEvent('change');
}

describe('a share link opened in a page that already shows the app', () => {
  it('asks before replacing the student’s change; accepting (keyboard) applies scenario, inputs, seed and teacher settings', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await changeCohesion(page, '0.4');
      await page.evaluate((hash) => (location.hash = hash), LINK);
      const dialog = page.locator('dialog.link-confirm-dialog');
      await dialog.waitFor();
      await expect(dialog.getAttribute('role')).resolves.toBe('alertdialog');
      await expect(dialog.locator('h2').textContent()).resolves.toBe('Open the shared set-up?');
      // The safe answer has focus; Tab reaches the other one, Enter presses it.
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('link-keep');
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('link-apply');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('dialog.link-confirm-dialog'));
      await page.waitForFunction(() => (document.querySelector('#seed') as HTMLInputElement | null)?.value === 'linked');
      await expect(page.locator('#main h2').first().textContent()).resolves.toContain('Panama');
      await expect(page.locator('.num-field[data-path="intervener.troops"]').inputValue()).resolves.toMatch(/^40,?000$/);
      await expect(page.locator('.num-field[data-path="defender.cohesion"]').inputValue()).resolves.not.toMatch(/^0[.,]40?$/);
      await expect(page.locator('#teacher-badge').count()).resolves.toBe(1);
      await expect(page.locator('#forecast').count()).resolves.toBe(1);
      await expect(page.locator('[data-path="population.total"][data-locked="true"], .locked [data-path="population.total"]').count()).resolves.toBeGreaterThan(0);
      expect(await page.textContent('#notice')).toContain('The shared set-up was opened');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('declining (Escape) keeps the set-up as it was, says so, and takes the link out of the address', async () => {
    const { page, errors, close } = await openFresh('#/setup');
    try {
      await changeCohesion(page, '0.4');
      await page.evaluate((hash) => (location.hash = hash), LINK);
      await page.locator('dialog.link-confirm-dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('dialog.link-confirm-dialog'));
      await expect(page.locator('#seed').inputValue()).resolves.toBe('42');
      await expect(page.locator('.num-field[data-path="defender.cohesion"]').inputValue()).resolves.toMatch(/^0\.40?$/);
      await expect(page.locator('#teacher-badge').count()).resolves.toBe(0);
      expect(await page.textContent('#notice')).toContain('The link was not opened');
      await expect(page.evaluate(() => location.hash)).resolves.toBe('#/setup');
      // In Spanish the question is worded too.
      await page.selectOption('#language', 'es');
      await page.evaluate((hash) => (location.hash = hash), LINK);
      await expect(page.locator('dialog.link-confirm-dialog h2').textContent()).resolves.toBe('¿Abrir la configuración compartida?');
      await page.click('#link-keep');
      await expect(page.locator('.num-field[data-path="defender.cohesion"]').inputValue()).resolves.toMatch(/^0[.,]40?$/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without changes of the student’s own, the link applies at once', async () => {
    const { page, errors, close } = await openFresh('#/choose');
    try {
      await page.evaluate((hash) => (location.hash = hash), LINK);
      await page.waitForFunction(() => (document.querySelector('#seed') as HTMLInputElement | null)?.value === 'linked');
      await expect(page.locator('dialog.link-confirm-dialog').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a link in the page query is applied, then removed from the address so a reload does not apply it again', async () => {
    const { page, errors, close } = await openFresh('?v=1&scenario=panama-1989&seed=q1&set.intervener.troops=40000#/setup');
    try {
      await page.waitForFunction(() => (document.querySelector('#seed') as HTMLInputElement | null)?.value === 'q1');
      await expect(page.evaluate(() => [location.search, location.hash])).resolves.toEqual(['', '#/setup']);
      await page.fill('#seed', 'mine');
      await page.press('#seed', 'Enter');
      await page.locator('#seed').blur();
      await page.reload();
      await page.waitForSelector('#seed');
      await expect(page.locator('#seed').inputValue()).resolves.toBe('mine');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('teacher mode keeps hidden values hidden', () => {
  it('no hidden value in the address, the share link, the handout after reveal, or the tornado', async () => {
    const hostility = findInput('population.hostility')!;
    // A teacher link with the value written plainly, hidden, with outcomes hidden until revealed.
    const teacherLink = encodeShareLink(
      { scenarioId: 'venezuela-2025-buildup', overrides: { 'population.hostility': 0.37, 'intervener.troops': 150000 }, seed: 'h' },
      { teacher: { lockedInputs: [], hiddenInputs: ['population.hostility'], hideOutcomes: true, predictFirst: false }, audience: 'teacher' },
    );
    expect(teacherLink).toContain('set.population.hostility=0.37');
    const { page, errors, close } = await openFresh(teacherLink);
    try {
      await page.waitForSelector('#seed');
      // The address bar shows the student form of the link.
      const href = await page.evaluate(() => location.href);
      expect(href).not.toContain('0.37');
      expect(href).not.toContain('set.population.hostility');
      await expect(page.locator('[data-path="population.hostility"]').count()).resolves.toBe(0);
      // The share link (and its QR code's text) has no hidden value.
      await page.click('#share-button');
      const shared = await page.inputValue('#share-url');
      expect(shared).not.toContain('0.37');
      expect(shared).not.toContain('set.population.hostility');
      expect(shared).toContain('hide=population.hostility');
      await page.keyboard.press('Escape');

      // The printed handout after the teacher's reveal.
      await page.evaluate(() => (location.hash = '#/debrief'));
      await page.click('#reveal-outcomes');
      await page.waitForSelector('#print-setup', { state: 'attached' });
      const handout = (await page.locator('#print-setup').textContent()) ?? '';
      expect(handout).not.toMatch(/0[.,]37(?!\d)/);
      expect(handout).toContain(hostility.label);
      expect(handout).toContain('hidden by the teacher');

      // The tornado: no bar, row or value of the hidden input (outcomes stay revealed for this page).
      await page.evaluate(() => (location.hash = '#/analysis'));
      await page.waitForFunction(() => document.querySelectorAll('#an-tornado table tbody tr').length > 0, null, { timeout: 150_000 });
      const tornado = (await page.locator('#an-tornado').textContent()) ?? '';
      // Its label, as a whole word (model v3's "Hostility response to foreign troops" is another input, ζ).
      expect(tornado).not.toMatch(new RegExp(`${hostility.label}(?! response)`));
      expect(tornado).toContain('Hostility response to foreign troops');
      expect(tornado).not.toMatch(/0[.,]37(?!\d)/);
      expect(tornado).toContain('Inputs hidden by the teacher are left out of this chart.');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
