// Outcome measures in a real browser. A therapist starts a kiosk for a demo patient whose PHQ-9 is due;
// the kiosk page opens in a new tab, and on a touch tablet with nobody logged in the patient answers
// the PHQ-9 (and whatever else is due) one question at a time; the chart's Measures tab then shows it on
// the trend. A paper form is entered with the keyboard alone. The front desk starts a kiosk from the
// attendance sheet once a member is checked in, and still cannot read scores. Every screen is checked with axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { pageSteps } from './helpers.ts';

let browser: Browser;
let staffContext: BrowserContext;
let tabletContext: BrowserContext;
let page: Page;
let tablet: Page;
const base = inject('baseUrl');
const ZONE = 'America/Chicago';
const staffSteps = pageSteps(() => page);
const tabletSteps = pageSteps(() => tablet);

beforeAll(async () => {
  browser = await launchBrowser();
  staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await staffContext.newPage();
  page.setDefaultTimeout(15_000);
  // A tablet in portrait that nobody has logged in on.
  tabletContext = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
  tablet = await tabletContext.newPage();
  tablet.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
});

interface Patient {
  id: string;
  name: { given: string; family: string };
}
interface Assessment {
  instrument: string;
  total: number | null;
  source: string;
}

let patient: Patient;
let formUrl: string;
/** The PHQ-9 answers given at the kiosk: 2 + 1 + 1 + 1 + 1 = 6, mild; item 9 "Not at all". */
const KIOSK_PHQ9 = ['More than half the days', 'Several days', 'Several days', 'Several days', 'Several days'];

const api = async <T>(path: string): Promise<T> => {
  const response = await page.request.get(`${base}${path}`);
  expect(response.ok(), path).toBe(true);
  return (await response.json()) as T;
};
const phq9Points = () => page.getByRole('figure', { name: 'PHQ-9' }).locator('.recharts-line-dot');
const trendCaption = () => page.getByRole('figure', { name: 'PHQ-9' }).locator('figcaption');

describe('a therapist starting a kiosk at check-in', () => {
  it('finds a demo patient whose PHQ-9 is due and opens the Measures tab', async () => {
    await staffSteps.login('therapist');
    const { items } = await api<{ items: Patient[] }>('/api/patients?limit=50');
    for (const candidate of items) {
      const due = await api<{ items: { instrument: string }[] }>(`/api/patients/${candidate.id}/measures-due`);
      if (due.items.some((m) => m.instrument === 'PHQ-9')) {
        patient = candidate;
        break;
      }
    }
    expect(patient, 'a demo patient with a PHQ-9 due').toBeDefined();
    await page.goto(`${base}/patients/${patient.id}?tab=measures`);
    await page.getByRole('heading', { name: 'Measures due', level: 2 }).waitFor();
    await page.getByRole('list', { name: 'Measures due' }).getByText('PHQ-9').waitFor();
    await staffSteps.expectAccessible('90-chart-measures-due');
  });

  it('starts the kiosk, which opens in a new tab without asking anyone to log in', async () => {
    await page.getByRole('button', { name: 'Start kiosk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kiosk ready' });
    await dialog.waitFor();
    formUrl = await dialog.getByRole('textbox', { name: 'Form address' }).inputValue();
    expect(formUrl).toMatch(new RegExp(`^${base}/self-report/[A-Za-z0-9_-]{43}$`));
    await staffSteps.expectAccessible('91-kiosk-ready');

    const [opened] = await Promise.all([
      staffContext.waitForEvent('page'),
      dialog.getByRole('link', { name: 'Open kiosk in a new tab' }).click(),
    ]);
    await opened.getByRole('heading', { name: `Hello, ${patient.name.given}`, level: 1 }).waitFor();
    // The kiosk shows no staff navigation, and nothing of the patient but the first name.
    expect(await opened.getByRole('button', { name: 'Log out' }).count()).toBe(0);
    expect(await opened.getByRole('navigation').count()).toBe(0);
    expect(await opened.locator('body').textContent()).not.toContain(patient.name.family);
    await opened.close();
  });
});

describe('the patient on a tablet', () => {
  it('is greeted by first name on a device nobody is logged in on', async () => {
    await tablet.goto(formUrl);
    await tablet.getByRole('heading', { name: `Hello, ${patient.name.given}`, level: 1 }).waitFor();
    await tabletSteps.expectAccessible('92-kiosk-welcome');
    await tablet.getByRole('button', { name: 'Start' }).tap();
  });

  it('answers the PHQ-9 one question at a time, by touch and with the keyboard, the progress bar moving on', async () => {
    await tablet.getByRole('heading', { name: /PHQ-9/, level: 1 }).waitFor();
    const progress = tablet.getByRole('progressbar');
    expect(await progress.getAttribute('aria-valuenow')).toBe('0');
    await tabletSteps.expectAccessible('93-kiosk-question');

    // Going on without an answer is refused, with the reason beside the question.
    await tablet.getByRole('button', { name: 'Next' }).tap();
    await tablet.getByText('Choose the answer that fits best to go on.').waitFor();

    for (const [index, answer] of KIOSK_PHQ9.entries()) {
      const group = tablet.getByRole('radiogroup');
      if (index === 1) {
        // The answers take the keyboard too: the question's first answer has the focus, an arrow moves on.
        await expect
          .poll(() => group.getByRole('radio', { name: 'Not at all' }).evaluate((el) => el === document.activeElement))
          .toBe(true);
        await tablet.keyboard.press('ArrowDown');
        expect(await group.getByRole('radio', { name: 'Several days' }).getAttribute('aria-checked')).toBe('true');
      } else {
        await group.getByRole('radio', { name: answer, exact: true }).tap();
      }
      await tablet.getByRole('button', { name: 'Next' }).tap();
      await tablet.getByText(`Question ${index + 2} of`).waitFor();
    }
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    // Back keeps what was chosen.
    await tablet.getByRole('button', { name: 'Back' }).tap();
    expect(
      await tablet.getByRole('radiogroup').getByRole('radio', { name: 'Several days' }).getAttribute('aria-checked'),
    ).toBe('true');
    await tablet.getByRole('button', { name: 'Next' }).tap();
    for (let i = KIOSK_PHQ9.length; i < 9; i += 1) {
      await tablet.getByRole('radiogroup').getByRole('radio', { name: 'Not at all' }).tap();
      await tablet.getByRole('button', { name: i === 8 ? 'Send answers' : 'Next' }).tap();
    }
  });

  it('answers what else is due and is thanked', async () => {
    const thanks = tablet.getByRole('heading', { name: `Thank you, ${patient.name.given}`, level: 1 });
    // Whatever followed the PHQ-9 on this form (the GAD-7 when it is due too), answered "Not at all".
    const where = async () => (await tablet.getByText(/^Question \d+ of \d+$/).allTextContents()).join();
    while (!(await thanks.isVisible())) {
      const at = await where();
      await tablet.getByRole('radiogroup').getByRole('radio', { name: 'Not at all' }).tap();
      await tablet.getByRole('button', { name: /^(Next|Send answers)$/ }).tap();
      await expect.poll(async () => (await thanks.isVisible()) || (await where()) !== at).toBe(true);
    }
    await tabletSteps.expectAccessible('94-kiosk-thank-you');
  });

  it('cannot use the form again', async () => {
    await tablet.goto(formUrl);
    await tablet.getByRole('heading', { name: 'All done', level: 1 }).waitFor();
    const reuse = await tablet.request.get(`${base}/api${new URL(formUrl).pathname}`);
    expect(reuse.status()).toBe(409);
    expect((await reuse.json()).error.code).toBe('outcomes.token_used');
  });
});

describe('the chart afterwards', () => {
  it('shows the kiosk PHQ-9 on the trend and in the table', async () => {
    const before = (await api<{ items: Assessment[] }>(`/api/patients/${patient.id}/assessments?instrument=PHQ-9`))
      .items;
    expect(before[0]).toMatchObject({ instrument: 'PHQ-9', total: 6, source: 'kiosk' });
    await page.getByRole('dialog', { name: 'Kiosk ready' }).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => phq9Points().count()).toBe(before.length);
    expect(await trendCaption().textContent()).toMatch(/: 6 of 27,\s*Mild/);
    const table = page.getByRole('table', { name: 'Assessments' });
    await table.getByRole('row').filter({ hasText: 'Kiosk' }).filter({ hasText: 'PHQ-9' }).first().waitFor();
    expect(await page.getByRole('list', { name: 'Measures due' }).getByText('PHQ-9').count()).toBe(0);
    await staffSteps.expectAccessible('95-chart-measures-after-kiosk');
  });

  it('takes a paper PHQ-9 with the keyboard alone', async () => {
    await page.getByRole('button', { name: 'Enter from paper' }).click();
    const dialog = page.getByRole('dialog', { name: 'Enter a paper form' });
    await dialog.getByRole('radiogroup', { name: /^1\. Little interest/ }).waitFor();
    await staffSteps.expectAccessible('96-paper-form');
    // Into the first question, then per question: an arrow picks "Several days", Tab goes on.
    await dialog.getByRole('radiogroup', { name: /^1\. / }).getByRole('radio', { name: 'Not at all' }).focus();
    for (let i = 0; i < 9; i += 1) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await staffSteps.notice('PHQ-9 recorded: 9 (Mild).');
    const after = (await api<{ items: Assessment[] }>(`/api/patients/${patient.id}/assessments?instrument=PHQ-9`))
      .items;
    // Filled in "now" to the minute: the kiosk form, seconds old, may still be the latest.
    expect(after.filter((a) => a.source === 'paper')).toEqual([expect.objectContaining({ total: 9 })]);
    await expect.poll(() => phq9Points().count()).toBe(after.length);
    await staffSteps.expectAccessible('97-chart-trend-after-paper');
  });
});

describe('the front desk at check-in', () => {
  let desk: Page;
  const deskSteps = pageSteps(() => desk);
  const chicagoDate = (daysAgo: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() - daysAgo * 86_400_000));

  it('checks a member in to a past evening group and hands over a kiosk from the sheet', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: ZONE });
    desk = await context.newPage();
    desk.setDefaultTimeout(15_000);
    await deskSteps.login('front_desk');
    // A group no other browser test takes attendance for, held in the past week.
    const res = await desk.request.get(`${base}/api/sessions?from=${chicagoDate(8)}&to=${chicagoDate(1)}`);
    const { items } = (await res.json()) as { items: { id: string; groupName: string | null; status: string }[] };
    const session = items.find((s) => s.groupName === 'Evening process group' && s.status !== 'cancelled');
    expect(session, 'a past evening group session').toBeDefined();
    const detail = await desk.request.get(`${base}/api/sessions/${session!.id}`);
    const { roster } = (await detail.json()) as { roster: { patientId: string; name: Patient['name'] }[] };
    const member = roster[0]!;
    const name = `${member.name.family}, ${member.name.given}`;
    await desk.goto(`${base}/sessions/${session!.id}`);
    const row = desk.getByRole('list', { name: 'Roster' }).getByRole('listitem').filter({ hasText: name });
    await row.waitFor();
    // Nothing is offered before the check-in is saved: the tablet goes to someone who is here.
    expect(await desk.getByRole('button', { name: /^Start kiosk for / }).count()).toBe(0);
    await row.getByText('Present', { exact: true }).click();
    await desk.getByRole('button', { name: 'Save attendance' }).click();
    await deskSteps.notice('Attendance saved for 1 patient.');
    await row.getByRole('button', { name: `Start kiosk for ${name}` }).click();
    const dialog = desk.getByRole('dialog', { name: 'Kiosk ready' });
    await dialog.getByText(/^Asks for .*PHQ-9/).waitFor();
    await deskSteps.expectAccessible('98-front-desk-kiosk');
    await dialog.getByRole('button', { name: 'Done' }).click();
    // Handing the tablet over does not open the chart's scores to the front desk.
    const scores = await desk.request.get(`${base}/api/patients/${member.patientId}/assessments`);
    expect(scores.status()).toBe(403);
    await context.close();
  });
});
