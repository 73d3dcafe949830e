import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, utcDateTime, writeCalendar, type CalendarEvent } from './ical.ts';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
/** RFC 5545 §3.1 unfolding: remove every CRLF followed by one space. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'b2d4c1e0-0000-4000-8000-000000000001@iop-ehr',
  start: new Date('2026-03-09T13:00:00Z'),
  end: new Date('2026-03-09T16:00:00Z'),
  summary: 'Coping skills',
  location: 'Room 1',
  cancelled: false,
  ...overrides,
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks (§3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('escapes the backslash first, so escapes are not escaped twice', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });

  it('leaves colons and quotes alone', () => {
    expect(escapeText('Group: "DBT"')).toBe('Group: "DBT"');
  });
});

describe('utcDateTime', () => {
  it('writes the UTC form with a Z and no fractions (§3.3.5 form #2)', () => {
    expect(utcDateTime(new Date('2026-11-01T05:30:15.250Z'))).toBe('20261101T053015Z');
  });
});

describe('foldLine', () => {
  it('keeps a line of 75 octets whole', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds a longer line into lines of at most 75 octets, each continuation starting with a space', () => {
    const line = `SUMMARY:${'abcdefghij'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(3);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(octets(parts[0]!)).toBe(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('never cuts inside a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}—${'ü'.repeat(40)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      expect(part).not.toContain('\uFFFD');
    }
    expect(unfold(parts.join('\r\n'))).toBe(line);
  });
});

describe('writeCalendar', () => {
  const text = writeCalendar({
    productId: '-//IOP EHR//Sessions//EN',
    name: 'Room 1, Main clinic',
    stamp: new Date('2026-03-01T12:00:00Z'),
    events: [event(), event({ uid: 'second@iop-ehr', summary: 'Individual therapy — A.R.', cancelled: true })],
  });

  it('ends every line with CRLF and has no bare line feeds', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('wraps events in a VCALENDAR with version, product and calendar name', () => {
    const lines = unfold(text).split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//IOP EHR//Sessions//EN']);
    expect(lines).toContain('X-WR-CALNAME:Room 1\\, Main clinic');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('writes each event with UID, DTSTAMP, UTC start and end, summary, location and status', () => {
    const lines = unfold(text).split('\r\n');
    const first = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
    expect(first).toEqual([
      'BEGIN:VEVENT',
      'UID:b2d4c1e0-0000-4000-8000-000000000001@iop-ehr',
      'DTSTAMP:20260301T120000Z',
      'DTSTART:20260309T130000Z',
      'DTEND:20260309T160000Z',
      'SUMMARY:Coping skills',
      'LOCATION:Room 1',
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SUMMARY:Individual therapy — A.R.');
  });

  it('leaves LOCATION out when there is none', () => {
    const bare = writeCalendar({
      productId: 'p',
      name: 'n',
      stamp: new Date(0),
      events: [event({ location: null })],
    });
    expect(bare).not.toContain('LOCATION');
  });
});
