// Looking after scheduling in a real browser, as a program director: change a demo group's start
// time from next week on (this week keeps the old time), mark a roster change reviewed, and revoke
// a calendar subscription.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.ts';
import { pageSteps } from './helpers.ts';

let browser: Browser;
let page: Page;
const { expectAccessible, choose, notice, login } = pageSteps(() => page);
// A demo IOP group: Mon, Tue and Thu evenings in Group Room 1, 18:40–20:10.
const GROUP = 'Relapse prevention skills';
const ZONE = 'America/Chicago';

/** Next Monday in the clinic, as typed into a date field (MM/DD/YYYY). */
function nextMonday(): string {
  const now = new Date();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(now); // YYYY-MM-DD
  const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: ZONE }).format(now);
  const sinceMonday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday);
  const monday = new Date(Date.parse(`${today}T12:00:00Z`) + (7 - sinceMonday) * 86_400_000);
  const [y, m, d] = monday.toISOString().slice(0, 10).split('-');
  return `${m}/${d}/${y}`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, timezoneId: ZONE });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
});

async function openGroup(name: string) {
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

describe('a program director', () => {
  it('logs in', () => login('program_director'));

  it("moves a group's start time from next week on", async () => {
    await openGroup(GROUP);
    await page.getByRole('button', { name: 'Edit group' }).click();
    const form = page.getByRole('dialog', { name: 'Edit group' });
    await expect.poll(() => form.getByLabel('Start time').inputValue()).toBe('18:40');
    // Past dates are refused on the field.
    await form.getByLabel('Effective from').fill('01/05/2021');
    await form.getByLabel('Effective from').press('Tab');
    await form.getByLabel('Start time').fill('19:00');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('A change cannot apply to past dates').waitFor();

    await form.getByLabel('Effective from').fill(nextMonday());
    await form.getByLabel('Effective from').press('Tab');
    await form.getByText('Changes apply to sessions from this date that were not moved').waitFor();
    await expectAccessible('70-edit-group');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await notice(`${GROUP} updated.`);
    await form.waitFor({ state: 'hidden' });
    // The header shows the schedule in effect today: still the old time.
    expect(await page.locator('main').textContent()).toContain('Mon, Tue, Thu 18:40–20:10');

    await page.getByRole('link', { name: 'Schedule', exact: true }).click();
    await page.getByRole('heading', { name: 'Schedule', level: 1 }).waitFor();
    await choose(page, 'Room', /^Group Room 1/);
    const blocks = page.locator('[data-session-id]').filter({ hasText: GROUP });
    await expect.poll(() => blocks.count()).toBe(3);
    expect(await blocks.allTextContents()).toEqual(Array(3).fill(expect.stringContaining('18:40–20:10')));
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect.poll(() => blocks.allTextContents()).toEqual(Array(3).fill(expect.stringContaining('19:00–20:30')));
    await screenshot(page, '71-schedule-next-week');
  });

  it('marks a roster change reviewed', async () => {
    // The demo enrolled patients from their admission, after the group's first sessions had run.
    await openGroup('Coping skills');
    const reviews = page.getByRole('table', { name: 'Roster changes to review' });
    await reviews.waitFor();
    await expectAccessible('72-roster-reviews');
    const first = reviews.getByRole('button', { name: /^Mark reviewed: / }).first();
    const label = (await first.getAttribute('aria-label'))!;
    const before = await reviews.getByRole('button', { name: /^Mark reviewed: / }).count();
    await first.click();
    await notice(/^SavedReviewed: /);
    await expect.poll(() => reviews.getByRole('button', { name: label, exact: true }).count()).toBe(0);
    // A full first page refills from the next; otherwise one fewer.
    expect(await reviews.getByRole('button', { name: /^Mark reviewed: / }).count()).toBeGreaterThanOrEqual(
      Math.min(before - 1, 19),
    );
  });

  it('revokes a calendar subscription after confirming', async () => {
    await page.getByRole('link', { name: 'Schedule', exact: true }).click();
    await choose(page, 'Room', /^Group Room 1/);
    await page.getByRole('button', { name: 'Subscribe (iCal)' }).click();
    const subscribe = page.getByRole('dialog', { name: 'Subscribe in a calendar app' });
    await subscribe.getByRole('radio', { name: 'Room' }).check({ force: true });
    await subscribe.getByRole('button', { name: 'Create address' }).click();
    await subscribe.getByTestId('calendar-feed-url').waitFor();
    await subscribe.getByRole('button', { name: 'Done' }).click();
    await subscribe.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Manage subscriptions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Calendar subscriptions' });
    const feeds = dialog.getByRole('table', { name: 'Calendar subscriptions' });
    await expect.poll(() => feeds.textContent()).toContain('Group Room 1');
    await expectAccessible('73-calendar-subscriptions');
    const revoke = feeds.getByRole('button', { name: /^Revoke: Group Room 1/ });
    const count = await revoke.count();
    await revoke.first().click();
    await dialog.getByText('Revoke this address?').waitFor();
    await screenshot(page, '74-revoke-confirm');
    await dialog.getByRole('button', { name: 'Revoke address' }).click();
    await notice(/was revoked/);
    await expect.poll(() => revoke.count()).toBe(count - 1);
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('works on a tablet', async () => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Groups', exact: true }).click();
    await page.getByRole('link', { name: 'Coping skills', exact: true }).click();
    await page.getByRole('table', { name: 'Roster changes to review' }).waitFor();
    await screenshot(page, '75-group-tablet');
    await page.getByRole('button', { name: 'Edit group' }).click();
    await page.getByRole('dialog', { name: 'Edit group' }).waitFor();
    await expectAccessible('76-edit-group-tablet');
  });
});
