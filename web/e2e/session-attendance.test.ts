// Taking a group session's attendance in a real browser, as a program director: open a demo group
// session that has already taken place, mark everyone present, change the exceptions (one
// unexcused absence, one late, one left early, one on video), save once, and find it all kept
// after a reload. The clicks and key presses for it are counted against the budget of 14.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.ts';
import { pageSteps } from './helpers.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const { expectAccessible, notice, login } = pageSteps(() => page);
const GROUP = 'Morning check-in and process';
const ZONE = 'America/Chicago';

/** Clicks and key presses on the attendance sheet, outside free text (the budget). */
let interactions = 0;
async function tap(target: Locator) {
  interactions += 1;
  await target.click();
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, timezoneId: ZONE });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
});

const chicagoDate = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() - daysAgo * 86_400_000));

interface Session {
  id: string;
  groupName: string | null;
  status: string;
  startsAt: string;
  endsAt: string;
  expectedCount: number;
}

let session: Session;
const row = (name: string) =>
  page.getByRole('list', { name: 'Roster' }).getByRole('listitem').filter({ hasText: name });
const minutesOf = (s: Session) => Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000);

describe('a program director taking attendance', () => {
  it('logs in', () => login('program_director'));

  it('opens a demo group session of the past week', async () => {
    // The demo groups have run since four weeks ago; the latest one that has taken place will do.
    const response = await page.request.get(
      `${inject('baseUrl')}/api/sessions?from=${chicagoDate(8)}&to=${chicagoDate(1)}`,
    );
    expect(response.ok()).toBe(true);
    const { items } = (await response.json()) as { items: Session[] };
    const past = items
      .filter((s) => s.groupName === GROUP && s.status !== 'cancelled' && s.expectedCount >= 4)
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    expect(past.length, 'a past session of the demo group').toBeGreaterThan(0);
    session = past[0]!;
    await page.goto(`${inject('baseUrl')}/sessions/${session.id}`);
    await page.getByRole('heading', { name: GROUP, level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Roster' }).waitFor();
    expect(await page.getByRole('list', { name: 'Roster' }).getByRole('listitem').count()).toBe(session.expectedCount);
    await expectAccessible('70-session-attendance');
  });

  it('marks everyone present, then the exceptions, and saves once', async () => {
    const members = page.getByRole('list', { name: 'Roster' }).getByRole('listitem');
    const all = await members.evaluateAll((items) => items.map((li) => li.querySelector('p')?.textContent ?? ''));
    const [absent, late, leftEarly, video] = all as [string, string, string, string];

    await tap(page.getByRole('button', { name: 'Mark all present' }));
    await tap(row(absent).getByText('Unexcused', { exact: true }));
    await tap(row(late).getByText('Late', { exact: true }));
    // Times are free text: the late arrival came 20 minutes in, the early leaver went 30 minutes before the end.
    const start = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
    const plus = (iso: string, minutes: number) => start.format(new Date(Date.parse(iso) + minutes * 60_000));
    await row(late).getByLabel('Check-in').fill(plus(session.startsAt, 20));
    await tap(row(leftEarly).getByText('Left early', { exact: true }));
    await row(leftEarly).getByLabel('Check-out').fill(plus(session.endsAt, -30));
    await tap(row(video).getByRole('combobox', { name: 'Modality' }));
    await tap(page.getByRole('option', { name: 'Telehealth (video)' }));
    await expect.poll(() => row(absent).getByLabel('Check-in').count()).toBe(0);
    await tap(page.getByRole('button', { name: 'Save attendance' }));
    await notice(/Attendance saved for/);

    expect(interactions, 'clicks and key presses for the attendance').toBeLessThanOrEqual(14);
    console.log(`attendance interactions for ${all.length} members: ${interactions}`);

    const full = minutesOf(session);
    await expect.poll(() => row(late).textContent()).toContain(`${full - 20} min`);
    await expect.poll(() => row(leftEarly).textContent()).toContain(`${full - 30} min`);
    await expect.poll(() => row(absent).textContent()).toContain('0 min');
    await expect.poll(() => row(video).textContent()).toContain(`${full} min`);

    // Kept: after a reload the sheet shows what the server recorded.
    await page.reload();
    await page.getByRole('list', { name: 'Roster' }).waitFor();
    expect(await row(absent).getByRole('radio', { name: 'Unexcused' }).isChecked()).toBe(true);
    expect(await row(late).getByRole('radio', { name: 'Late' }).isChecked()).toBe(true);
    expect(await row(leftEarly).getByRole('radio', { name: 'Left early' }).isChecked()).toBe(true);
    expect(await row(video).getByRole('radio', { name: 'Present' }).isChecked()).toBe(true);
    expect(await row(video).getByRole('combobox', { name: 'Modality' }).inputValue()).toBe('Telehealth (video)');
    expect(await row(late).getByLabel('Check-in').inputValue()).toBe(plus(session.startsAt, 20));
    await expect.poll(() => row(late).textContent()).toContain(`${full - 20} min`);
    await expect.poll(() => row(leftEarly).textContent()).toContain(`${full - 30} min`);
    await expectAccessible('71-session-attendance-saved');
  });

  it('changes a status with the keyboard alone', async () => {
    const first = page.getByRole('list', { name: 'Roster' }).getByRole('listitem').first();
    const checked = first.getByRole('radio', { checked: true });
    await checked.focus();
    const before = await checked.getAttribute('value');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => first.getByRole('radio', { checked: true }).getAttribute('value')).not.toBe(before);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => first.getByRole('radio', { checked: true }).getAttribute('value')).toBe(before);
  });

  it('adds a drop-in with a reason and saves it', async () => {
    const base = inject('baseUrl');
    const detail = (await (await page.request.get(`${base}/api/sessions/${session.id}`)).json()) as {
      roster: { patientId: string }[];
    };
    const onRoster = new Set(detail.roster.map((m) => m.patientId));
    const { items } = (await (await page.request.get(`${base}/api/patients?limit=50`)).json()) as {
      items: { id: string; mrn: string; name: { given: string; family: string } }[];
    };
    const visitor = items.find((p) => !onRoster.has(p.id));
    expect(visitor, 'a demo patient off this roster').toBeDefined();
    const name = `${visitor!.name.family}, ${visitor!.name.given}`;

    await page.getByRole('button', { name: 'Add drop-in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add drop-in' });
    await dialog.getByRole('button', { name: 'Add to roster' }).click();
    await dialog.getByText('Choose a patient').waitFor();
    await dialog.getByRole('combobox', { name: 'Patient' }).fill(visitor!.mrn);
    await page
      .getByRole('option', { name: new RegExp(visitor!.mrn) })
      .first()
      .click();
    await dialog.getByLabel('Reason').fill('Missed her own group this morning');
    await dialog.getByRole('button', { name: 'Add to roster' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row(name).getByText('Drop-in').waitFor();
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await notice(/Attendance saved for/);
    await expect.poll(() => row(name).textContent()).toContain(`${minutesOf(session)} min`);
    await page.reload();
    await row(name).getByText('Drop-in').waitFor();
  });

  it('shows a server error on the row and field it names', async () => {
    const first = page.getByRole('list', { name: 'Roster' }).getByRole('listitem').first();
    await first.getByText('Present', { exact: true }).click();
    // Check-out before check-in: 422 on records.N.checkOutAt.
    const checkIn = await first.getByLabel('Check-in').inputValue();
    const [h, m] = checkIn.split(':').map(Number) as [number, number];
    const earlier = `${String(h).padStart(2, '0')}:${String(Math.max(0, m - 1)).padStart(2, '0')}`;
    await first.getByLabel('Check-out').fill(m > 0 ? earlier : `${String(h - 1).padStart(2, '0')}:59`);
    await page.getByRole('button', { name: 'Save attendance' }).click();
    await notice(/Check the highlighted rows/);
    await first
      .getByText(/check-out|before/i)
      .first()
      .waitFor();
    await screenshot(page, '72-session-attendance-error');
  });

  it('works at tablet width', async () => {
    await page.setViewportSize({ width: 820, height: 1100 });
    await page.reload();
    await page.getByRole('list', { name: 'Roster' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible('73-session-attendance-tablet');
  });
});
