// The billing screens in a real browser. The lead therapist records two demo PHP days of two weeks
// ago through the API: Wednesday's morning process group attended and its note signed, Thursday's
// psychoeducation group attended with its note left unsigned. The demo biller then runs billing for
// those days, finds the holds grouped by reason with where to fix them, filters the claims, opens one
// with its rule trace, batches the ready 837P claims and downloads the X12 file, is refused a broken
// 835 naming the segment, and posts an 835 built from the batched claims (plus one claim number that
// is not ours) to read the posting summary, and voids one of the paid claims from its page. Each
// screen is checked with axe.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chicagoDate, clinicBrowser, entryText } from './group-session.ts';
import { pageSteps } from './helpers.ts';

let page: Page;
const { expectAccessible, choose, login } = pageSteps(() => page);
const base = inject('baseUrl');
const clinic = clinicBrowser();

beforeAll(async () => {
  page = await clinic.open({ acceptDownloads: true });
  page.setDefaultTimeout(20_000);
});

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
const usDate = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;

/**
 * Wednesday and Thursday two weeks back: demo groups began four weeks ago and most PHP patients were
 * admitted by then; the compliance test records that week's Monday and the group-note tests the past week.
 */
const DAY = addDays(mondayOf(chicagoDate(14)), 2);
const NEXT_DAY = addDays(DAY, 1);
const SIGNED_GROUP = 'Morning check-in and process';
const UNSIGNED_GROUP = 'Illness and recovery education';

interface Member {
  patientId: string;
  name: { given: string; family: string };
}
interface SessionItem {
  id: string;
  groupName: string | null;
}
interface ClaimSummary {
  id: string;
  format: string;
  status: string;
  totalCents: number;
  patient: { name: { given: string; family: string } };
}

async function call<T>(from: Page, method: 'GET' | 'PUT' | 'POST', path: string, data?: object): Promise<T> {
  const url = `${base}${path}`;
  const options = { data, headers: { origin: base } };
  const response =
    method === 'GET'
      ? await from.request.get(url)
      : method === 'PUT'
        ? await from.request.put(url, options)
        : await from.request.post(url, options);
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

// Half the list on from the group-note test's: the same morning-group members sign there, and signing
// refuses an entry close to the member's own earlier ones.
const entryFor = (patientId: string, i: number) => ({
  patientId,
  goalsAddressed: ['Coping skills'],
  ...entryText(i + 5),
});

/** Everyone on the roster present in person; the note written, and signed when asked. */
async function recordSession(therapist: Page, date: string, group: string, sign: boolean): Promise<void> {
  const { items } = await call<{ items: SessionItem[] }>(therapist, 'GET', `/api/sessions?from=${date}&to=${date}`);
  const session = items.find((s) => s.groupName === group)!;
  const { roster } = await call<{ roster: Member[] }>(therapist, 'GET', `/api/sessions/${session.id}`);
  expect(roster.length, `${group} roster on ${date}`).toBeGreaterThanOrEqual(3);
  await call(therapist, 'PUT', `/api/sessions/${session.id}/attendance`, {
    records: roster.map((m) => ({ patientId: m.patientId, status: 'present', modality: 'in_person' })),
  });
  await call(therapist, 'PUT', `/api/sessions/${session.id}/note`, {
    topic: 'Early warning signs',
    interventions: 'Check-in round, warning-sign mapping, one coping skill each',
    narrative: 'The group mapped early warning signs and practised one coping skill each.',
    entries: roster.map((m, i) => entryFor(m.patientId, i)),
  });
  if (sign) await call(therapist, 'POST', `/api/sessions/${session.id}/note/sign`);
}

// X12 835 (005010X221A1) for the test: the envelope counts are computed, amounts are dollars.
const dollars = (cents: number) => (cents / 100).toFixed(2);
const pad = (value: string, width: number) => value.padEnd(width, ' ');

interface Payment {
  claimId: string;
  chargeCents: number;
  paidCents: number;
  patientCents: number;
}

/** One 835 paying `payments` by check `check` (BPR02 = the sum of CLP04, as the reader checks). */
function remittance835(check: string, payments: Payment[], paidTotalCents?: number): string {
  const date = DAY.replace(/-/g, '');
  const body = [
    'ST*835*0001',
    `BPR*I*${dollars(paidTotalCents ?? payments.reduce((s, p) => s + p.paidCents, 0))}*C*CHK************${date}`,
    `TRN*1*${check}*1512345678`,
    `DTM*405*${date}`,
    'N1*PR*SUMMIT HEALTH PPO',
    'N3*PO BOX 1',
    'N4*SPRINGFIELD*IL*627011234',
    'PER*BL*EDI SUPPORT*TE*8005551212',
    'N1*PE*RIVERBEND BEHAVIORAL HEALTH*XX*1234567893',
    'LX*1',
    ...payments.flatMap((p, i) => [
      `CLP*${p.claimId}*1*${dollars(p.chargeCents)}*${dollars(p.paidCents)}*${dollars(p.patientCents)}*12*PCN${i + 1}*11*1`,
      `CAS*CO*45*${dollars(p.chargeCents - p.paidCents - p.patientCents)}`,
      `CAS*PR*2*${dollars(p.patientCents)}`,
      `NM1*QC*1*PATIENT*DEMO****MI*MEMBER${i + 1}`,
    ]),
  ];
  const segments = [
    `ISA*00*${pad('', 10)}*00*${pad('', 10)}*ZZ*${pad('SYNPPO', 15)}*ZZ*${pad('RIVERBEND', 15)}*${date.slice(2)}*1200*^*00501*000000917*0*T*:`,
    'GS*HP*SYNPPO*RIVERBEND*' + date + '*1200*917*X*005010X221A1',
    ...body,
    `SE*${body.length + 1}*0001`,
    'GE*1*917',
    'IEA*1*000000917',
  ];
  return segments.map((s) => `${s}~`).join('\n');
}

let professional: ClaimSummary[] = [];

describe('a biller working the billing screens', () => {
  it('has two demo PHP days recorded by their lead therapist: one note signed, one not', async () => {
    const therapist = await clinic.open();
    await pageSteps(() => therapist).login('therapist');
    await recordSession(therapist, DAY, SIGNED_GROUP, true);
    await recordSession(therapist, NEXT_DAY, UNSIGNED_GROUP, false);
    await therapist.context().close();
  });

  it('logs in and opens the billing worklist from the navigation', async () => {
    await login('biller');
    await page.getByRole('link', { name: 'Billing', exact: true }).click();
    await page.getByRole('heading', { name: 'Billing', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: 'Billing' }).waitFor();
  });

  it('checks the run’s dates, then runs billing for the two days and shows what it made', async () => {
    const form = page.getByRole('form', { name: 'Run billing' });
    await form.getByRole('textbox', { name: 'From' }).fill(usDate(DAY));
    await form.getByRole('textbox', { name: 'To' }).fill(usDate(addDays(DAY, -1)));
    await form.getByRole('button', { name: 'Run billing' }).click();
    await form.getByText('The end date cannot be before the start date').waitFor();

    await form.getByRole('textbox', { name: 'To' }).fill(usDate(NEXT_DAY));
    await form.getByRole('textbox', { name: 'To' }).press('Tab');
    await form.getByRole('button', { name: 'Run billing' }).click();
    const result = page.getByTestId('run-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/\d+ claims? created \(\d+ 837I, [1-9]\d* 837P\)/);
  });

  it('groups the holds by reason, each with who fixes it and a link to where', async () => {
    const unsigned = page.getByRole('region', { name: 'Group note not signed' });
    await unsigned.waitFor();
    // Every member of the unsigned session is held on its note, with the session page as the fix.
    const unsignedRows = unsigned
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Open the session' }) });
    expect(await unsignedRows.count()).toBeGreaterThanOrEqual(3);
    expect(await unsigned.getByRole('link', { name: UNSIGNED_GROUP }).count()).toBe(await unsignedRows.count());
    expect(await unsigned.textContent()).toContain(usDate(NEXT_DAY));
    expect(await unsigned.textContent()).toContain(
      'Once the lead signs the note, the next billing run bills this service.',
    );
    // Medicaid's PHP per diem needs 300 minutes a day; one signed hour is held for it.
    const short = page.getByRole('region', { name: 'Too few minutes attended' });
    await short.waitFor();
    expect(await short.textContent()).toMatch(/per diem needs 300/);
    const href = await unsigned.getByRole('link', { name: 'Open the session' }).first().getAttribute('href');
    expect(href).toMatch(/^\/sessions\/[0-9a-f-]{36}#group-note$/);
    await expectAccessible('900-billing-worklist');
  });

  it('filters the claims by format in the address and shows their totals', async () => {
    await page.getByRole('navigation', { name: 'Billing' }).getByRole('link', { name: 'Claims' }).click();
    await page.getByRole('heading', { name: 'Claims', level: 1 }).waitFor();
    await page.getByTestId('claims-totals').waitFor();
    await choose(page, 'Format', /^837P/);
    await expect.poll(() => new URL(page.url()).searchParams.get('format')).toBe('837P');
    await choose(page, 'Status', 'Ready');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('ready');
    const { items } = await call<{ items: ClaimSummary[] }>(
      page,
      'GET',
      '/api/billing/claims?format=837P&status=ready',
    );
    professional = items;
    expect(professional.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('claims-totals').textContent())
      .toMatch(new RegExp(`^${professional.length} claims? · \\$`));
    expect(await page.getByRole('table', { name: 'Claims' }).getByRole('row').count()).toBe(professional.length + 1);
    await expectAccessible('901-billing-claims');
  });

  it('opens a claim with its lines, the rule trace of a line on demand, its issues and its form', async () => {
    const first = professional[0]!;
    const name = `${first.patient.name.family}, ${first.patient.name.given}`;
    await page.getByRole('table', { name: 'Claims' }).getByRole('link', { name }).first().click();
    await page.getByRole('heading', { name: `Claim · ${name}`, level: 1 }).waitFor();
    const lines = page.getByRole('table', { name: 'Claim lines' });
    await lines.getByRole('cell', { name: '90853' }).first().waitFor();
    // The trace opens from the keyboard.
    const toggle = lines.getByRole('button', { name: /the rule trace of line 1/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const trace = page.getByRole('list', { name: 'Rule trace' });
    await trace.waitFor();
    expect(await trace.getByRole('listitem').count()).toBeGreaterThan(1);
    await page.getByText(/^Rule pack version \d+$/).waitFor();
    await page.getByRole('heading', { name: /^Issues \(\d+\)$/ }).waitFor();
    expect(await page.getByRole('link', { name: 'CMS-1500 form (PDF)' }).getAttribute('href')).toBe(
      `/api/claims/${first.id}/form.pdf`,
    );
    await page.getByTestId('claim-corrections').waitFor();
    await expectAccessible('902-billing-claim-detail');
  });

  it('batches the ready 837P claims and downloads the X12 interchange', async () => {
    await page.getByRole('link', { name: 'Claims', exact: true }).first().click();
    await page.getByRole('table', { name: 'Claims' }).waitFor();
    expect(new URL(page.url()).searchParams.get('format')).toBe('837P');
    const all = page.getByRole('checkbox', { name: 'Select every ready claim shown' });
    await all.focus();
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByTestId('batch-selection').textContent())
      .toMatch(new RegExp(`^${professional.length} selected · 837P`));
    await page.getByRole('button', { name: 'Create batch' }).click();
    await page.getByRole('heading', { name: 'Batches', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'New' });
    await row.waitFor();
    expect(await row.textContent()).toContain('837P');
    await expectAccessible('903-billing-batches');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: /^Download/ }).click(),
    ]);
    const file = fs.readFileSync((await download.path())!, 'utf8');
    expect(file.startsWith('ISA*')).toBe(true);
    expect(file).toContain('005010X222A1');
    for (const claim of professional) expect(file).toContain(`CLM*${claim.id}*`);
  });

  it('refuses a dropped 835 that does not balance, naming the segment, and posts nothing', async () => {
    await page.getByRole('navigation', { name: 'Billing' }).getByRole('link', { name: 'Remittances' }).click();
    await page.getByRole('heading', { name: 'Remittances', level: 1 }).waitFor();
    const payments = professional.map((c) => ({
      claimId: c.id,
      chargeCents: c.totalCents,
      paidCents: 0,
      patientCents: 0,
    }));
    const broken = remittance835('EFT-BROKEN', payments, 1_00);
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'broken.835', { type: 'text/plain' }));
      return transfer;
    }, broken);
    await page.getByTestId('remittance-drop').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => page.getByTestId('remittance-file').textContent()).toMatch(/^broken\.835/);
    await page.getByRole('button', { name: 'Post remittance' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The 835 was not posted' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/BPR \(segment \d+\): BPR02 .* does not balance/);
    expect(await alert.textContent()).toContain('billing.malformed_remittance');
    await expectAccessible('904-billing-remittance-refused');
  });

  it('posts an 835 for the batched claims and one unknown claim number, and shows the summary', async () => {
    const payments: Payment[] = professional.map((c) => {
      const paidCents = Math.round(c.totalCents * 0.7);
      return { claimId: c.id, chargeCents: c.totalCents, paidCents, patientCents: Math.round(c.totalCents * 0.2) };
    });
    const stray = { claimId: 'NOT-OUR-CLAIM-1', chargeCents: 10_000, paidCents: 5_000, patientCents: 0 };
    await page.locator('input[type=file]').setInputFiles({
      name: 'summit-ppo.835',
      mimeType: 'text/plain',
      buffer: Buffer.from(remittance835('EFT-E2E-1', [...payments, stray])),
    });
    await page.getByRole('button', { name: 'Post remittance' }).click();
    const summary = page.getByTestId('remittance-summary');
    await summary.waitFor();
    const posted = summary.getByRole('table', { name: 'Posted claims' });
    expect(await posted.getByRole('row').count()).toBe(payments.length + 1);
    const [first] = payments;
    const firstRow = posted
      .getByRole('row')
      .filter({ hasText: `$${dollars(first!.paidCents)}` })
      .first();
    const adjusted = first!.chargeCents - first!.paidCents - first!.patientCents;
    expect(await firstRow.textContent()).toContain('Partially paid');
    expect(await firstRow.textContent()).toContain(`$${dollars(adjusted)}`);
    expect(await firstRow.textContent()).toContain(`$${dollars(first!.patientCents)}`);
    const unmatched = summary.getByRole('table', { name: 'Unmatched claim payments' });
    expect(await unmatched.textContent()).toContain('NOT-OUR-CLAIM-1');
    expect(new URL(page.url()).searchParams.get('id')).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByRole('table', { name: 'Posted remittances' }).getByText('EFT-E2E-1').waitFor();
    await expectAccessible('905-billing-remittance-posted');
  });

  it('voids a partially paid claim from its page: a frequency 8 claim that points back to it', async () => {
    const original = professional[0]!;
    await page.goto(`${base}/billing/claims/${original.id}`);
    await page.getByRole('heading', { name: /^Claim · /, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Void', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Void this claim?' });
    await dialog.getByText(/frequency 8/).waitFor();
    await expectAccessible('906-billing-void-confirm');
    await dialog.getByRole('button', { name: 'Void', exact: true }).click();
    await page.waitForURL(
      (url) => /\/billing\/claims\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(original.id),
    );
    await page.getByText('8 · Void').waitFor();
    await page.getByRole('link', { name: 'the original claim' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(original.id));
    await page.getByText('This claim has been corrected', { exact: false }).waitFor();
    // Corrected once: neither action is offered again.
    expect(await page.getByRole('button', { name: 'Void', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Replace', exact: true }).count()).toBe(0);
    await expectAccessible('907-billing-voided-original');
  });
});
