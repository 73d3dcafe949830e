// Program outcome reports in a real browser, as a program director. The demo has no measures, so three
// new patients are admitted to the mental-health IOP and given PHQ-9s (and one a GAD-7) through the
// API, dated over the last two months: baselines 60 days ago, follow-ups in the 28 days up to
// yesterday (the period) and in the 28 days before (the previous period); other browser tests record
// measures today only, so they stay out of these periods. The director opens the report from the
// navigation, picks the program and period, reads the figures against hand-computed ones, keeps
// the view in the address, downloads the CSV, and meets the empty and error states; axe on each.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chicagoDate, clinicBrowser } from './group-session.ts';
import { pageSteps } from './helpers.ts';

let page: Page;
const base = inject('baseUrl');
const { expectAccessible, choose, login } = pageSteps(() => page);
const PROGRAM = 'Adult IOP – Mental Health (IOP)';
const clinic = clinicBrowser();

beforeAll(async () => {
  page = await clinic.open({ acceptDownloads: true });
});

const usDate = (date: string) => `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
/** Noon in Chicago that many days ago, well inside its local day. */
const noonAgo = (days: number) => `${chicagoDate(days)}T12:00:00-06:00`;

const PERIOD = { from: chicagoDate(28), to: chicagoDate(1) };

async function api<T>(method: 'GET' | 'POST', path: string, data?: object): Promise<T> {
  const url = `${base}${path}`;
  const response =
    method === 'GET' ? await page.request.get(url) : await page.request.post(url, { data, headers: { origin: base } });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** PHQ-9 answers adding up to `total`, highest first (item 9, the risk item, stays 0 below 25). */
const answers = (total: number, items: number) =>
  Array.from({ length: items }, (_, i) => Math.max(0, Math.min(3, total - i * 3)));

interface Seeded {
  id: string;
  mrn: string;
  given: string;
  family: string;
  /** [instrument, total, days ago] */
  measures: [string, number, number][];
}

// PHQ-9, period: Quinn 20 → 4 (−16, response and remission), Moss 12 → 9 (−3), Lane 16 → 5 (−11,
// response; 5 is not below 5). n 3, means 16 → 6, change −10; response 2 of 3, remission 1 of 3.
// Previous period: Quinn 20 → 14 (−6), Lane 16 → 8 (−8, response). n 2, change −7; response 1 of 2,
// remission 0 of 2. GAD-7: Quinn 15 → 6 in the period.
const patients: Seeded[] = [
  {
    id: '',
    mrn: '',
    given: 'Avery',
    family: 'Quinn, Jr.',
    measures: [
      ['PHQ-9', 20, 60],
      ['GAD-7', 15, 60],
      ['PHQ-9', 14, 35],
      ['PHQ-9', 8, 10],
      ['GAD-7', 6, 10],
      ['PHQ-9', 4, 5],
    ],
  },
  {
    id: '',
    mrn: '',
    given: 'Blair "B"',
    family: 'Moss',
    measures: [
      ['PHQ-9', 12, 60],
      ['PHQ-9', 9, 7],
    ],
  },
  {
    id: '',
    mrn: '',
    given: 'Casey',
    family: 'Lane',
    measures: [
      ['PHQ-9', 16, 60],
      ['PHQ-9', 8, 40],
      ['PHQ-9', 5, 3],
    ],
  },
];

const card = (instrument: string) => page.getByRole('region', { name: instrument, exact: true });
/** The value a card gives under a label: the description of its term. */
const figure = (instrument: string, label: string) =>
  card(instrument).getByText(label, { exact: true }).locator('xpath=following-sibling::dd');

async function typeDate(label: 'From' | 'To', date: string) {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill(usDate(date));
  await field.press('Tab');
}

describe('a program director reading the outcome report', () => {
  it('logs in and admits three patients with measures over the last two months', async () => {
    await login('program_director');
    const { items: programs } = await api<{ items: { id: string; name: string }[] }>('GET', '/api/programs');
    const iop = programs.find((p) => p.name === 'Adult IOP – Mental Health')!;
    const { items: attendings } = await api<{ items: { id: string }[] }>('GET', '/api/staff?role=psychiatrist');
    for (const p of patients) {
      const created = await api<{ id: string; mrn: string }>('POST', '/api/patients', {
        name: { given: p.given, family: p.family },
        birthDate: '1988-07-14',
        sex: 'U',
      });
      p.id = created.id;
      p.mrn = created.mrn;
      await api('POST', '/api/episodes', {
        patientId: p.id,
        programId: iop.id,
        admitDate: chicagoDate(61),
        attendingStaffId: attendings[0]!.id,
        diagnoses: [{ code: 'F33.1', principal: true }],
      });
      for (const [instrument, total, daysAgo] of p.measures) {
        await api('POST', `/api/patients/${p.id}/assessments`, {
          instrument,
          answers: answers(total, instrument === 'PHQ-9' ? 9 : 7),
          administeredAt: noonAgo(daysAgo),
          source: 'paper',
        });
      }
    }
  });

  it('opens the report from the navigation on this quarter', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outcomes' }).click();
    await page.getByRole('heading', { name: 'Outcomes', level: 1 }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('programId')).not.toBeNull();
    await page.getByTestId('report-period').waitFor();
    const presets = page.getByRole('group', { name: 'Period' });
    expect(await presets.getByRole('button', { name: 'This quarter' }).getAttribute('aria-pressed')).toBe('true');
    await expectAccessible('60-outcomes-this-quarter');
  });

  it('shows the period’s figures against the previous period for the program and dates picked', async () => {
    await choose(page, 'Program', PROGRAM);
    await typeDate('From', PERIOD.from);
    await typeDate('To', PERIOD.to);
    await expect
      .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
      .toMatchObject({ from: PERIOD.from, to: PERIOD.to });
    await expect.poll(() => page.getByTestId('report-period').textContent()).toContain('(28 days)');

    await expect.poll(() => figure('PHQ-9', 'Patients followed up').textContent()).toBe('3previous 2');
    expect(await figure('PHQ-9', 'Mean change from baseline').textContent()).toMatch(
      /^−10\.0.*Down 3\.0 points, better \(previous −7\.0\)$/,
    );
    expect(await figure('PHQ-9', 'Mean baseline → latest').textContent()).toBe('16.0 → 6.0');
    expect(await figure('PHQ-9', 'Response').textContent()).toBe(
      '67%2 of 3 · drop of 50% or moreUp 17 points, better (previous 50)',
    );
    expect(await figure('PHQ-9', 'Remission').textContent()).toBe(
      '33%1 of 3 · latest below 5Up 33 points, better (previous 0)',
    );
    expect(await figure('PHQ-9', 'Reliable change').textContent()).toBe('2 improved0 deteriorated');
    expect(await figure('GAD-7', 'Mean change from baseline').textContent()).toMatch(/^−9\.0one patient: no interval/);
    expect(await figure('GAD-7', 'Response').textContent()).toBe('—GAD-7 defines no response rule');
    // The chart draws both means for each instrument followed up.
    const chart = page.getByRole('figure', { name: 'Baseline and latest, mean score' });
    await expect.poll(() => chart.locator('.recharts-bar-rectangle').count()).toBe(4);
    await expectAccessible('61-outcomes-period');
  });

  it('keeps program and period in the address', async () => {
    await page.reload();
    await expect.poll(() => figure('PHQ-9', 'Patients followed up').textContent()).toBe('3previous 2');
    expect(await page.getByRole('textbox', { name: 'From', exact: true }).inputValue()).toBe(usDate(PERIOD.from));
  });

  it('downloads the CSV: a header, then one row per patient and instrument, quoted per RFC 4180', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`outcomes-${PERIOD.from}-to-${PERIOD.to}.csv`);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const [quinn, moss, lane] = patients as [Seeded, Seeded, Seeded];
    expect(text.split('\r\n')).toEqual([
      'patient_id,mrn,family_name,given_name,instrument,baseline_date,baseline,latest_date,latest,change,percent_change,reliable_change,responded,remitted',
      `${lane.id},${lane.mrn},Lane,Casey,PHQ-9,${chicagoDate(60)},16,${chicagoDate(3)},5,-11,-68.8,improved,true,false`,
      `${moss.id},${moss.mrn},Moss,"Blair ""B""",PHQ-9,${chicagoDate(60)},12,${chicagoDate(7)},9,-3,-25,none,false,false`,
      `${quinn.id},${quinn.mrn},"Quinn, Jr.",Avery,GAD-7,${chicagoDate(60)},15,${chicagoDate(10)},6,-9,-60,improved,,`,
      `${quinn.id},${quinn.mrn},"Quinn, Jr.",Avery,PHQ-9,${chicagoDate(60)},20,${chicagoDate(5)},4,-16,-80,improved,true,true`,
      '',
    ]);
  });

  it('says so when nobody was followed up in a period', async () => {
    await typeDate('From', '2024-01-01');
    await typeDate('To', '2024-03-31');
    await page.getByText('No follow-ups in this period').waitFor();
    await expectAccessible('62-outcomes-empty');
  });

  it('explains a period the server refuses', async () => {
    await page.goto(
      `${base}/outcomes/reports?${new URLSearchParams({ ...Object.fromEntries(new URL(page.url()).searchParams), from: PERIOD.to, to: PERIOD.from })}`,
    );
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the report' });
    await alert.getByText('The period ends before it starts.').waitFor();
    await expectAccessible('63-outcomes-error');
  });
});
