// BILLING-RULES §3: with the pack's switch on, a second same-day group psychotherapy line carries
// modifier 59. It must when the first line of the day was billed by an earlier run: the afternoon
// group's note is signed after the morning group has been billed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/index.ts';
import { recordAttendance } from '../notes/test-fixtures.ts';
import { groupBody } from '../scheduling/test-fixtures.ts';
import { holdSession, setUpBillingClinic, type BillingClinic } from './test-fixtures.ts';

let t: TestApp;
let c: BillingClinic;
let morning: string;
let afternoon: string;
/** The commercial member who joins both groups by video. */
let member: string;

interface Line {
  procedureCode: string;
  modifiers: string[];
  sessionIds: string[];
}

beforeAll(async () => {
  t = await createTestApp();
  c = await setUpBillingClinic(t);
  member = c.members[2]!;
  const payer = (await t.call(c.biller, { method: 'GET', url: `/api/payers/${c.commercialId}` })).json();
  const rules = { ...payer.rules, optionalModifiers: { ...payer.rules.optionalModifiers, '59': true } };
  const put = await t.call(c.biller, { method: 'PUT', url: `/api/payers/${c.commercialId}/rules`, payload: rules });
  expect(put.statusCode, put.body).toBe(200);

  const created = await t.call(c.clinic.director, {
    method: 'POST',
    url: '/api/groups',
    payload: groupBody(
      c.clinic,
      {
        name: 'Afternoon process group',
        kind: 'group_psychotherapy',
        facilitators: [{ staffId: c.lead.userId, role: 'lead' }],
      },
      { startTime: '13:00', durationMinutes: 60, rrule: 'FREQ=WEEKLY;BYDAY=MO' },
    ),
  });
  expect(created.statusCode, created.body).toBe(201);
  const groupId = created.json().id as string;
  for (const patientId of c.members) {
    const enrolled = await t.call(c.clinic.frontDesk, {
      method: 'POST',
      url: `/api/groups/${groupId}/enrollments`,
      payload: { patientId, startDate: '2026-03-02' },
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
  }
  const list = await t.call(c.clinic.director, {
    method: 'GET',
    url: `/api/groups/${groupId}/sessions?from=2026-03-02&to=2026-03-02`,
  });
  afternoon = list.json().items[0].id;
  morning = c.sessionIds['2026-03-02']!;

  await c.relogin('2026-03-02T14:05:00Z');
  await holdSession(t, c, morning);
  await c.relogin('2026-03-02T18:05:00Z');
  await recordAttendance(t, c, afternoon);
  // The afternoon note in its own words (a copy of the morning's entries would not sign).
  const [a, b, video] = c.members as [string, string, string];
  const note = await t.call(c.lead, {
    method: 'PUT',
    url: `/api/sessions/${afternoon}/note`,
    payload: {
      topic: 'Relapse prevention',
      interventions: 'Chain analysis of a recent high-risk moment',
      materials: 'Chain analysis worksheet',
      narrative: 'Members mapped the links that led to a recent high-risk moment and marked where to step off.',
      entries: [
        {
          patientId: a,
          goalsAddressed: ['Reduce panic attacks'],
          participation: 'Mapped the chain of a crowded supermarket visit link by link.',
          response: 'Found that skipping lunch came first and planned a snack before errands.',
          plan: 'Shop on Thursday morning after breakfast.',
        },
        {
          patientId: b,
          goalsAddressed: 'Set limits with family',
          participation: 'Traced an argument back to a late-night phone call.',
          response: 'Chose to let calls after nine go to voicemail.',
          plan: 'Tell her brother about the new phone hours.',
        },
        {
          patientId: video,
          goalsAddressed: ['Stay sober'],
          participation: 'Worked through his Friday chain on screen and shared the worksheet.',
          response: 'Spotted the walk past the bar as the point to change his route.',
          plan: 'Take the bus home on Friday instead of walking.',
        },
      ],
    },
  });
  expect(note.statusCode, note.body).toBe(200);
  c.biller = await t.login('biller');
});
afterAll(() => t.close());

const run = async () => {
  const res = await t.call(c.biller, {
    method: 'POST',
    url: '/api/billing/runs',
    payload: { from: '2026-03-02', to: '2026-03-08' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { claims: { patientId: string; lines: Line[] }[] };
};
const linesOf = (result: Awaited<ReturnType<typeof run>>) =>
  result.claims.filter((claim) => claim.patientId === member).flatMap((claim) => claim.lines);
const preview = async (sessionId: string) => {
  const res = await t.call(c.biller, { method: 'GET', url: `/api/sessions/${sessionId}/claim-preview` });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().members as { patientId: string; billed: boolean; lines: Line[] }[]).find(
    (m) => m.patientId === member,
  );
};

describe('modifier 59 across billing runs', () => {
  it('goes on the second group line of the day when the first was billed by an earlier run', async () => {
    const first = await run();
    expect(linesOf(first)).toMatchObject([{ procedureCode: '90853', modifiers: ['95'], sessionIds: [morning] }]);

    const signed = await t.call(c.lead, { method: 'POST', url: `/api/sessions/${afternoon}/note/sign` });
    expect(signed.statusCode, signed.body).toBe(200);
    // The preview sees the day as the next run will: the morning billed, the afternoon second.
    expect(await preview(afternoon)).toMatchObject({
      billed: false,
      lines: [{ procedureCode: '90853', modifiers: ['95', '59'] }],
    });

    const second = await run();
    expect(linesOf(second)).toMatchObject([
      { procedureCode: '90853', modifiers: ['95', '59'], sessionIds: [afternoon] },
    ]);
    // Billed, a session's preview shows the lines its claim carries.
    expect(await preview(morning)).toMatchObject({ billed: true, lines: [{ modifiers: ['95'] }] });
    expect(await preview(afternoon)).toMatchObject({ billed: true, lines: [{ modifiers: ['95', '59'] }] });
  });
});
