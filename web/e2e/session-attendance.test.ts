// Taking a group session's attendance in a real browser, as a program director: open a demo group
// session that has already taken place, mark everyone present, change the exceptions (one
// unexcused absence, one late, one left early, one on video), save once, and find it all kept
// after a reload. The clicks and key presses for it are counted against the budget of 14. The
// director also bills: the session's billing preview holds every member who came until the group
// note is signed, and points at the note.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { screenshot } from './browser.ts';
import { clinicBrowser, clockTime, sessionSteps, type Session } from './group-session.ts';
import { pageSteps } from './helpers.ts';

let page: Page;
const { open } = clinicBrowser();
const { expectAccessible, notice, login } = pageSteps(() => page);
const { row, preview, pastSessions, openSession, markExceptions, atTabletWidth } = sessionSteps(() => page);

/** Clicks and key presses on the attendance sheet, outside free text (the budget). */
let interactions = 0;
async function tap(target: Locator) {
  interactions += 1;
  await target.click();
}

beforeAll(async () => {
  page = await open();
});

let session: Session;
let names: string[] = [];
const minutesOf = (s: Session) => Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000);

describe('a program director taking attendance', () => {
  it('logs in', () => login('program_director'));

  it('opens a demo group session of the past week', async () => {
    // The demo groups have run since four weeks ago; the latest one that has taken place will do.
    const past = await pastSessions(4);
    expect(past.length, 'a past session of the demo group').toBeGreaterThan(0);
    session = past[0]!;
    names = await openSession(session);
    expect(names).toHaveLength(session.expectedCount);
    await page.getByRole('heading', { name: 'Billing preview' }).waitFor();
    await page.getByText('No attendance yet').waitFor();
    await expectAccessible('70-session-attendance');
  });

  it('marks everyone present, then the exceptions, and saves once', async () => {
    const [absent, late, leftEarly, video] = names as [string, string, string, string];
    // Times are free text: the late arrival came 20 minutes in, the early leaver went 30 minutes before the end.
    await markExceptions(names, { session, lateBy: 20, leftEarlyBy: 30, tap });
    await expect.poll(() => row(absent).getByLabel('Check-in').count()).toBe(0);
    await tap(page.getByRole('button', { name: 'Save attendance' }));
    await notice(/Attendance saved for/);

    expect(interactions, 'clicks and key presses for the attendance').toBeLessThanOrEqual(14);
    console.log(`attendance interactions for ${names.length} members: ${interactions}`);

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
    expect(await row(late).getByLabel('Check-in').inputValue()).toBe(clockTime(session.startsAt, 20));
    await expect.poll(() => row(late).textContent()).toContain(`${full - 20} min`);
    await expect.poll(() => row(leftEarly).textContent()).toContain(`${full - 30} min`);
    await expectAccessible('71-session-attendance-saved');
  });

  it('holds every member who came in the billing preview until the note is signed', async () => {
    const [absent, ...came] = names as [string, ...string[]];
    for (const name of came) await preview(name).getByText('Group note not signed').waitFor();
    await preview(absent).getByText('No charge', { exact: true }).waitFor();
    expect(await page.getByText(`0 of ${names.length} would bill · ${came.length} held`).count()).toBe(1);
    // The fix by keyboard alone: the link takes the focus to the note, where the lead signs.
    await preview(came[0]!).getByRole('link', { name: 'Go to the group note' }).focus();
    await page.keyboard.press('Enter');
    const focused = () => page.evaluate(() => document.activeElement?.id);
    await expect.poll(focused).toBe('group-note');
    await expectAccessible('74-session-billing-preview-held');
    // Arriving from elsewhere at the note's address (the billing worklist's link) lands there too.
    const url = `${inject('baseUrl')}/sessions/${session.id}`;
    await page.goto('about:blank');
    await page.goto(`${url}#group-note`);
    await expect.poll(focused).toBe('group-note');
    await page.goto(url);
    await page.getByRole('list', { name: 'Roster' }).waitFor();
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
    // Saving refreshed the preview before any reload: the drop-in is held with the others.
    await preview(name).getByText('Group note not signed').waitFor();
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
    await atTabletWidth(page.getByRole('list', { name: 'Roster' }));
    await expectAccessible('73-session-attendance-tablet');
  });
});
