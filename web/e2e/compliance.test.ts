// The compliance report in a real browser, as a program director: record a demo PHP Friday morning of
// two weeks ago through the API (one member at two groups, another absent from both), then open the
// report from the navigation, pick the program and that week, and find the hours chart, the status
// and the badges; page weeks with the keyboard, reach an empty week and a failing one, open a
// patient's chart from the table, and check each screen with axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { pageSteps } from './helpers.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const { expectAccessible, choose, login } = pageSteps(() => page);
const ZONE = 'America/Chicago';
const PROGRAM = 'Adult PHP (PHP)';

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: ZONE });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
});

const chicagoDate = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() - daysAgo * 86_400_000));
const mondayOf = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};
const usDate = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;

interface Member {
  patientId: string;
  name: { given: string; family: string };
}

/**
 * Two weeks back: demo groups began four weeks ago. The billing test records the Wednesday and Thursday of
 * that week, so this one records its Friday, after them, and counts the hours from what is there already.
 */
const week = mondayOf(chicagoDate(14));
const friday = new Date(Date.parse(`${week}T00:00:00Z`) + 4 * 86_400_000).toISOString().slice(0, 10);
let hoursBefore = 0;
let attended: Member;
let absent: Member;

async function api<T>(method: 'GET' | 'PUT', path: string, data?: object): Promise<T> {
  const url = `${inject('baseUrl')}${path}`;
  const response =
    method === 'GET'
      ? await page.request.get(url)
      : await page.request.put(url, { data, headers: { origin: inject('baseUrl') } });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** Types a date into the week picker's date field; the report moves to the week holding it. */
async function pickWeek(date: string) {
  const field = page.getByRole('textbox', { name: 'Week of' });
  await field.fill(usDate(date));
  await field.press('Tab');
  await page.getByRole('table', { name: `Compliance, week of ${mondayOf(date)}` }).waitFor();
}

const row = (member: Member) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: `${member.name.family}, ${member.name.given}` }) });

describe('a program director reading the compliance report', () => {
  it('logs in', () => login('program_director'));

  it('records a Friday morning of two weeks ago: one member at both groups, one absent from both', async () => {
    const { items: programs } = await api<{ items: { id: string; levelOfCare: string }[] }>('GET', '/api/programs');
    const php = programs.find((p) => p.levelOfCare === 'PHP')!;
    const { items } = await api<{ items: { id: string; groupName: string | null; startsAt: string }[] }>(
      'GET',
      `/api/sessions?from=${friday}&to=${friday}&programId=${php.id}`,
    );
    const morning = ['Morning check-in and process', 'DBT skills'].map((name) =>
      items.find((s) => s.groupName === name)!,
    );
    const rosters = await Promise.all(
      morning.map((s) => api<{ roster: Member[] }>('GET', `/api/sessions/${s.id}`).then((d) => d.roster)),
    );
    const both = rosters[0]!.filter((m) => rosters[1]!.some((o) => o.patientId === m.patientId));
    expect(both.length, 'members at both morning groups that Friday').toBeGreaterThanOrEqual(2);
    [attended, absent] = both as [Member, Member];
    const before = await api<{ items: { patientId: string; attendedHours: number }[] }>(
      'GET',
      `/api/compliance/weekly?weekOf=${week}&programId=${php.id}`,
    );
    hoursBefore = before.items.find((i) => i.patientId === attended.patientId)?.attendedHours ?? 0;
    for (const session of morning) {
      await api('PUT', `/api/sessions/${session.id}/attendance`, {
        records: [
          { patientId: attended.patientId, status: 'present', modality: 'in_person' },
          { patientId: absent.patientId, status: 'absent_unexcused', modality: 'in_person' },
        ],
      });
    }
  });

  it('opens the report from the navigation and picks the program and the week', async () => {
    await page.getByRole('link', { name: 'Compliance', exact: true }).click();
    await page.getByRole('heading', { name: 'Compliance', level: 1 }).waitFor();
    await page.getByRole('table').or(page.getByText('No patients this week')).first().waitFor();
    await choose(page, 'Program', PROGRAM);
    await pickWeek(week);
    await expectAccessible('100-compliance-week');
  });

  it('shows the hours as a chart with the status, and the absences among the badges', async () => {
    // Two more one-hour groups of the program's 20: the week is over, so it fell that much short.
    const hours = hoursBefore + 2;
    await expect
      .poll(() => row(attended).getByRole('img').getAttribute('aria-label'))
      .toBe(`${hours} h of 20 h attended, 0 h still scheduled`);
    expect(await row(attended).textContent()).toContain(`Short ${20 - hours} h`);
    expect(await row(absent).textContent()).toContain('2 absences in a row');
    // Nobody in the demo has a PHQ-9 yet: the weekly schedule makes it overdue for everyone admitted a week before.
    expect(await page.getByText(/^PHQ-9 overdue since/).count()).toBeGreaterThan(0);
  });

  it('pages weeks from the keyboard', async () => {
    const range = page.getByTestId('compliance-week');
    const before = await range.textContent();
    await page.getByRole('button', { name: 'Next week' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => range.textContent()).not.toBe(before);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => range.textContent()).toBe(before);
    // This week: the demo's groups still ahead count as scheduled, so the week is on track or short.
    await page.getByRole('button', { name: 'This week' }).click();
    await page.getByRole('table', { name: `Compliance, week of ${mondayOf(chicagoDate(0))}` }).waitFor();
    expect(await page.getByText(/^(On track|Met|Needs [\d.]+ h by \w+day|Short [\d.]+ h)$/).count()).toBeGreaterThan(0);
    await expectAccessible('102-compliance-this-week');
  });

  it('says so when a week has nobody in it, and when the report cannot be read', async () => {
    const base = `${inject('baseUrl')}/compliance?programId=`;
    const { items: programs } = await api<{ items: { id: string; levelOfCare: string }[] }>('GET', '/api/programs');
    await page.goto(`${base}${programs.find((p) => p.levelOfCare === 'PHP')!.id}&week=${chicagoDate(120)}`);
    await page.getByText('No patients this week').waitFor();
    await expectAccessible('101-compliance-empty');
    await page.goto(`${base}00000000-0000-4000-8000-000000000000`);
    await page.getByRole('alert').filter({ hasText: 'Could not load the report' }).waitFor();
  });

  it('opens a patient’s chart from the table with the keyboard', async () => {
    await page.goto(`${inject('baseUrl')}/compliance`);
    await choose(page, 'Program', PROGRAM);
    await pickWeek(week);
    const link = row(attended).getByRole('link');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(attended.name.family), level: 1 }).waitFor();
    expect(page.url()).toContain(`/patients/${attended.patientId}`);
  });
});
