// The foundation's user journey in a real browser: an administrator's first login with TOTP
// enrolment, then finding a patient and opening the chart — each screen checked with axe.
import { authenticator } from 'otplib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, seriousViolations } from './browser.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(name: string) {
  await screenshot(page, name);
  expect(await seriousViolations(page), name).toEqual([]);
}

describe('an administrator', () => {
  it('logs in for the first time and must set up two-factor authentication', async () => {
    await page.goto(baseUrl);
    await page.getByLabel('Email', { exact: true }).fill(inject('adminEmail'));
    await page.getByLabel('Password', { exact: true }).fill(inject('adminPassword'));
    await expectAccessible('01-login');
    await page.getByRole('button', { name: 'Log in' }).click();

    const secret = (await page.getByTestId('mfa-secret').textContent())?.replace(/\s+/g, '') ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectAccessible('02-mfa-enrolment');
    await page.getByLabel('Authentication code').fill(authenticator.generate(secret));
    await page.getByRole('button', { name: 'Verify and turn on' }).click();

    await expect
      .poll(async () => (await page.getByTestId('recovery-codes').textContent()) ?? '')
      .toMatch(/[A-Z0-9]{4}-/);
    await page.getByLabel('I saved these recovery codes').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();

    // The session cookie is the __Host- kind: Secure, HttpOnly, SameSite=Strict, accepted on 127.0.0.1.
    const cookie = (await context.cookies()).find((c) => c.name === '__Host-session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('searches for a patient and opens the chart', async () => {
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    await page.getByLabel('Search patients').fill('ruiz');
    const row = page.getByRole('link', { name: /Ruiz/ }).first();
    await row.waitFor();
    await expectAccessible('03-patient-search');
    await row.click();
    await page.getByText('MRN').first().waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain('Ruiz');
    expect(await page.locator('main').textContent()).toContain('Adult IOP');
    await expectAccessible('04-patient-chart');
    for (const tab of ['Coverages', 'Authorizations', 'Episodes']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('tabpanel').waitFor();
    }
    await expectAccessible('05-patient-chart-episodes');
  });

  it('logs out, leaving no patient data in browser storage', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByLabel('Email', { exact: true }).waitFor();
    const stored = await page.evaluate(async () => ({
      local: Object.keys(localStorage).length,
      session: Object.keys(sessionStorage).length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
  });
});
