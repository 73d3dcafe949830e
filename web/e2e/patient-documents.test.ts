// A patient document in a real browser, as a program director: start an admission assessment from
// the chart's Notes tab, have a sign attempt refused with the empty sections highlighted, survive a
// save made elsewhere in the meantime, fill and sign it, find it read-only on the chart, add an
// addendum, and see the My notes queue. Every screen is checked with axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { pageSteps } from './helpers.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const { expectAccessible, notice, login } = pageSteps(() => page);
const base = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
});

interface Patient {
  id: string;
  name: { given: string; family: string };
}
interface SavedDocument {
  id: string;
  version: number;
  sections: Record<string, string>;
}

let patient: Patient;
let noteId: string;
const box = (label: string) => page.getByRole('textbox', { name: label, exact: true });
/** Cookie-authenticated writes must come from the app's own origin (API.md, Authentication). */
const sameOrigin = { origin: base };

// The admission assessment's required sections (server/src/modules/notes/templates.ts).
const SECTIONS: Record<string, string> = {
  'Reason for referral': 'Referred by her outpatient psychiatrist after two weeks of worsening low mood.',
  'Presenting problem': 'Low mood, poor sleep and withdrawal from work for a month.',
  'Psychiatric history': 'One prior depressive episode, treated as an outpatient.',
  'Substance use history': 'Alcohol on weekends, two to three drinks; no other substances.',
  'Medical history and medications': 'Hypothyroidism on levothyroxine.',
  'Mental status examination': 'Alert and oriented; constricted affect; linear thought process.',
  'Risk assessment': 'Passive death wish without plan or intent; safety plan reviewed.',
  'Diagnostic formulation': 'Recurrent major depressive episode, moderate.',
  'Level of care recommended and why': 'IOP: needs more than weekly therapy, safe to live at home.',
  'Initial treatment plan': 'Group therapy three days a week, medication review, weekly individual session.',
};
const labels = Object.keys(SECTIONS);

describe('a program director writing an admission assessment', () => {
  it('logs in and opens a demo patient’s Notes tab', async () => {
    await login('program_director');
    const response = await page.request.get(`${base}/api/patients?limit=1`);
    expect(response.ok()).toBe(true);
    patient = ((await response.json()) as { items: Patient[] }).items[0]!;
    expect(patient, 'a demo patient').toBeDefined();
    await page.goto(`${base}/patients/${patient.id}`);
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByRole('heading', { name: 'Notes', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'New document' }).waitFor();
    await expectAccessible('80-chart-notes');
  });

  it('starts an admission assessment from the template menu with the keyboard', async () => {
    await page.getByRole('button', { name: 'New document' }).focus();
    await page.keyboard.press('Enter');
    const item = page.getByRole('menuitem', { name: 'Admission assessment' });
    await item.waitFor();
    await item.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/notes\/[0-9a-f-]{36}$/);
    noteId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: 'Admission assessment', level: 1 }).waitFor();
    for (const label of labels) expect(await box(label).getAttribute('required'), label).not.toBeNull();
    expect(await box('Reason for referral').inputValue()).toBe('');
  });

  it('moves through the sections with the keyboard alone', async () => {
    await box('Reason for referral').focus();
    await page.keyboard.type(SECTIONS['Reason for referral']!);
    await page.keyboard.press('Tab');
    await expect.poll(() => box('Presenting problem').evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('is refused signing with the empty sections highlighted', async () => {
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Not signed' });
    await refusal.waitFor();
    // The first empty section has the focus, so the keyboard starts where the work is.
    await expect.poll(() => box('Presenting problem').evaluate((el) => el === document.activeElement)).toBe(true);
    await notice('Check the highlighted sections');
    for (const label of labels.slice(1)) {
      await expect.poll(() => box(label).getAttribute('aria-invalid'), label).toBe('true');
      expect(await refusal.getByRole('button', { name: label, exact: true }).count(), label).toBe(1);
    }
    expect(await box('Reason for referral').getAttribute('aria-invalid')).not.toBe('true');
    // The text written before signing was saved on the way.
    const saved = (await (await page.request.get(`${base}/api/notes/${noteId}`)).json()) as SavedDocument;
    expect(saved.sections.referral).toBe(SECTIONS['Reason for referral']);
    await expectAccessible('81-document-sign-refused');
  });

  it('keeps the user’s text when someone else saved first, and lays it over the latest', async () => {
    await box('Presenting problem').fill(SECTIONS['Presenting problem']!);
    const current = (await (await page.request.get(`${base}/api/notes/${noteId}`)).json()) as SavedDocument;
    const elsewhere = 'Written in another window: hospitalized once in 2019.';
    const put = await page.request.put(`${base}/api/notes/${noteId}`, {
      headers: sameOrigin,
      data: { sections: { ...current.sections, psychiatricHistory: elsewhere }, version: current.version },
    });
    expect(put.status()).toBe(200);

    await page.getByRole('button', { name: 'Save draft' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else saved this document first' });
    await conflict.waitFor();
    expect(await box('Presenting problem').inputValue()).toBe(SECTIONS['Presenting problem']);
    await expectAccessible('82-document-version-conflict');

    await conflict.getByRole('button', { name: 'Load latest and keep my changes' }).click();
    await conflict.waitFor({ state: 'hidden' });
    expect(await box('Psychiatric history').inputValue()).toBe(elsewhere);
    expect(await box('Presenting problem').inputValue()).toBe(SECTIONS['Presenting problem']);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await notice('Draft saved.');
    const merged = (await (await page.request.get(`${base}/api/notes/${noteId}`)).json()) as SavedDocument;
    expect(merged.sections).toMatchObject({
      psychiatricHistory: elsewhere,
      presentingProblem: SECTIONS['Presenting problem'],
    });
  });

  it('signs once every required section is written, and turns read-only', async () => {
    for (const label of labels.slice(2)) await box(label).fill(SECTIONS[label]!);
    await page.getByRole('alert').filter({ hasText: 'Not signed' }).waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await notice('Admission assessment signed.');
    await page.getByText('Signed by Dana Whitfield, LCSW').waitFor();
    expect(await page.getByRole('textbox', { name: 'Presenting problem' }).count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain(SECTIONS['Initial treatment plan']);
    await expectAccessible('83-document-signed');
  });

  it('adds an addendum, after a clear message when it is empty', async () => {
    await page.getByRole('button', { name: 'Add addendum' }).click();
    await page.getByText('The addendum text is required').waitFor();
    const text = 'Collateral from her sister: two weeks of missed meals before admission.';
    await box('New addendum').fill(text);
    await page.getByRole('button', { name: 'Add addendum' }).click();
    await notice('Addendum added.');
    await page.getByRole('list', { name: 'Addenda' }).getByText(text).waitFor();
    expect(await box('New addendum').inputValue()).toBe('');
  });

  it('shows the signed document, read-only, on the chart’s Notes tab', async () => {
    await page.getByRole('link', { name: /^Notes of / }).click();
    const notes = page.getByRole('list', { name: 'Chart notes' });
    await notes.waitFor();
    const item = notes.getByRole('listitem').filter({ hasText: 'Admission assessment' }).first();
    await item.getByText('Signed by Dana Whitfield, LCSW').waitFor();
    expect(await item.getByText('Signed', { exact: true }).count()).toBe(1);
    expect(await item.textContent()).toContain(SECTIONS['Risk assessment']);
    expect(await item.textContent()).toContain('Collateral from her sister');
    expect(await item.getByRole('textbox').count()).toBe(0);
    await expectAccessible('84-chart-notes-signed');
  });

  it('lists a draft in My notes, linked to its editor', async () => {
    const created = await page.request.post(`${base}/api/patients/${patient.id}/notes`, {
      headers: sameOrigin,
      data: { template: 'individual_therapy' },
    });
    expect(created.status()).toBe(201);
    const draft = (await created.json()) as SavedDocument;
    await page.getByRole('link', { name: 'My notes' }).click();
    await page.getByRole('heading', { name: 'My notes', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Notes awaiting your signature' });
    const link = table.getByRole('link', { name: 'Individual therapy note' }).first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/notes/${draft.id}`);
    expect(await table.textContent()).not.toContain('Admission assessment');
    await expectAccessible('85-my-notes');
    await link.click();
    await page.getByRole('heading', { name: 'Individual therapy note', level: 1 }).waitFor();
  });
});
