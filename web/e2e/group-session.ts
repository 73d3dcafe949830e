// What the group session browser tests share: a browser whose pages keep the demo clinic's zone, the
// demo morning group's sessions of the past week, the session screen's roster, and the attendance
// exceptions the issue names (one no-show, one late, one left early, one on video).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from './browser.ts';

export const GROUP = 'Morning check-in and process';
export const ZONE = 'America/Chicago';

export interface Session {
  id: string;
  groupName: string | null;
  status: string;
  startsAt: string;
  endsAt: string;
  expectedCount: number;
}

/**
 * A browser for the test file, launched before its tests and closed after them; `open()` gives a page
 * in a context of its own (its own login), at desktop size in the clinic's zone.
 */
export function clinicBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options: { acceptDownloads?: boolean } = {}): Promise<Page> {
      const context = await browser!.newContext({
        viewport: { width: 1280, height: 900 },
        timezoneId: ZONE,
        ...options,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
  };
}

/** The clinic's local date that many days ago. */
export const chicagoDate = (daysAgo: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() - daysAgo * 86_400_000));

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });

/** "HH:MM" in the clinic's zone, `minutes` after an instant: what the check-in and check-out fields take. */
export const clockTime = (iso: string, minutes: number) => clock.format(new Date(Date.parse(iso) + minutes * 60_000));

/** Synthetic entry texts, each about its own member and unlike the others (no names in them). */
const WORDS = [
  ['panic on the bus', 'paced breathing', 'two bus rides'],
  ['an argument with a landlord', 'assertive requests', 'a written request on Monday'],
  ['cravings after work', 'urge surfing', 'a call to a sponsor each evening'],
  ['poor sleep since the move', 'a wind-down routine', 'a sleep diary for a week'],
  ['grief over a pet', 'self-compassion statements', 'a letter to read aloud next week'],
  ['anger at a manager', 'a time-out plan', 'practising the plan at two shifts'],
  ['isolation on weekends', 'activity scheduling', 'one outing on Saturday'],
  ['worry about court', 'worry time', 'fifteen minutes of worry time daily'],
  ['a missed appointment', 'problem solving steps', 'a reminder on the phone calendar'],
  ['tension with a roommate', 'a chore chart talk', 'one calm conversation this week'],
];

/** The i-th member's participation, response and plan: signing refuses near-copies, so each differs. */
export const entryText = (i: number) => {
  const [problem, skill, plan] = WORDS[i % WORDS.length]!;
  return {
    participation: `Brought up ${problem} during check-in and stayed with the topic for most of the hour.`,
    response: `Tried ${skill} in the room; said it was ${i % 2 ? 'awkward but useful' : 'easier than expected'}.`,
    plan: `Will try ${plan} and report back.`,
  };
};

/** How the attendance exceptions are recorded, and the counter each structured tap goes to. */
interface Exceptions {
  session: Session;
  lateBy: number;
  leftEarlyBy: number;
  tap: (target: Locator) => Promise<void>;
}

/** The steps on the session screen of the page `current()` returns. */
export function sessionSteps(current: () => Page) {
  const roster = () => current().getByRole('list', { name: 'Roster' });
  const row = (name: string) => roster().getByRole('listitem').filter({ hasText: name });
  return {
    row,

    /** A member's entry in the billing preview, named as on the roster. */
    preview: (name: string) =>
      current().getByRole('list', { name: 'Billing by member' }).getByRole('listitem', { name, exact: true }),

    /**
     * A tablet in portrait, 820 px wide (reloaded until `ready` shows, when given): nothing may run off
     * the side of the page.
     */
    async atTabletWidth(ready?: Locator) {
      const page = current();
      await page.setViewportSize({ width: 820, height: 1100 });
      if (ready) {
        await page.reload();
        await ready.waitFor();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    },

    /** Sessions of the demo morning group in the past week with at least `members` expected, latest first. */
    async pastSessions(members: number): Promise<Session[]> {
      const response = await current().request.get(
        `${inject('baseUrl')}/api/sessions?from=${chicagoDate(8)}&to=${chicagoDate(1)}`,
      );
      expect(response.ok()).toBe(true);
      const { items } = (await response.json()) as { items: Session[] };
      return items
        .filter((s) => s.groupName === GROUP && s.status !== 'cancelled' && s.expectedCount >= members)
        .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    },

    /** Opens the session screen and answers the roster's names ("Family, Given") as listed. */
    async openSession(session: Session): Promise<string[]> {
      const page = current();
      await page.goto(`${inject('baseUrl')}/sessions/${session.id}`);
      await page.getByRole('heading', { name: GROUP, level: 1 }).waitFor();
      const members = roster().getByRole('listitem');
      await members.first().waitFor();
      return members.evaluateAll((items) => items.map((li) => li.querySelector('p')?.textContent ?? ''));
    },

    /**
     * Marks everyone present, then the first four listed as absent (unexcused), late, left early and on
     * video, with the late and early times typed in; saving is the caller's.
     */
    async markExceptions(names: string[], { session, lateBy, leftEarlyBy, tap }: Exceptions) {
      const page = current();
      const [absent, late, leftEarly, video] = names as [string, string, string, string];
      await tap(page.getByRole('button', { name: 'Mark all present' }));
      await tap(row(absent).getByText('Unexcused', { exact: true }));
      await tap(row(late).getByText('Late', { exact: true }));
      await row(late).getByLabel('Check-in').fill(clockTime(session.startsAt, lateBy));
      await tap(row(leftEarly).getByText('Left early', { exact: true }));
      await row(leftEarly).getByLabel('Check-out').fill(clockTime(session.endsAt, -leftEarlyBy));
      await tap(row(video).getByRole('combobox', { name: 'Modality' }));
      await tap(page.getByRole('option', { name: 'Telehealth (video)' }));
    },
  };
}
