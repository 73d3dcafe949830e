// Steps the scheduling browser tests share: logging in as a demo role, picking from a Mantine
// Select, closing notices, and a screenshot with an axe check.
import { authenticator } from 'otplib';
import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { screenshot, seriousViolations } from './browser.ts';

/** The steps on the page `current()` returns (made in beforeAll, after these are bound). */
export function pageSteps(current: () => Page) {
  return {
    async expectAccessible(name: string) {
      const page = current();
      await screenshot(page, name);
      expect(await seriousViolations(page), name).toEqual([]);
    },

    /** Picks an option of a Mantine Select (a combobox whose options open in a portal). */
    async choose(scope: Page | Locator, label: string, option: string | RegExp) {
      const page = current();
      await scope.getByRole('combobox', { name: label, exact: true }).click();
      await page.getByRole('option', { name: option }).first().click();
    },

    /** Waits for a notification and closes it, so notices do not pile up over the page. */
    async notice(text: string | RegExp) {
      const page = current();
      const alert = page.locator('.mantine-Notification-root').filter({ hasText: text }).first();
      await alert.waitFor();
      await alert.getByRole('button', { name: 'Dismiss notice' }).click();
      // A pointer resting on the notices pauses their timers.
      await page.mouse.move(0, 0);
    },

    /**
     * Demo staff log in with the password the server printed at start-up, and roles that must use MFA
     * (the biller, enrolled at start) with a code from their secret.
     */
    async login(role: string) {
      const page = current();
      const user = inject('demoLogins')[role];
      expect(user, `the demo login of the ${role} printed at start-up`).toBeDefined();
      await page.goto(inject('baseUrl'));
      await page.getByLabel('Email', { exact: true }).fill(user!.email);
      await page.getByLabel('Password', { exact: true }).fill(user!.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      const secret = inject('mfaSecrets')[role];
      if (secret) await enterCode(page, secret);
      await page.getByRole('button', { name: 'Log out' }).waitFor();
    },
  };
}

/**
 * The second login step. The server takes each 30-second code once and accepts one step either side
 * (AUTH-5), so when this step's code was spent already (by the enrolment, or another file's login), the
 * next step's code passes.
 */
async function enterCode(page: Page, secret: string) {
  const refused = page.getByRole('alert').filter({ hasText: 'Could not log in' });
  for (const ahead of [0, 30_000]) {
    await page
      .getByLabel('Authentication code', { exact: true })
      .fill(authenticator.clone({ epoch: Date.now() + ahead }).generate(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    // The loser of the race times out later: its rejection is expected, not an error.
    const outcome = await Promise.race([
      page
        .getByRole('button', { name: 'Log out' })
        .waitFor()
        .then(
          () => 'in',
          () => 'timeout',
        ),
      refused.waitFor().then(
        () => 'refused',
        () => 'timeout',
      ),
    ]);
    if (outcome !== 'refused') return;
  }
}
