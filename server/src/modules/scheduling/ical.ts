// A small iCalendar writer (RFC 5545) for the secret calendar feeds: only what a published calendar
// of sessions needs, so no library earns its weight here.

export interface CalendarEvent {
  /** Globally unique and stable across feed refreshes, so clients update events in place. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  cancelled: boolean;
}

export interface Calendar {
  /** RFC 5545 §3.7.3: who made the calendar. */
  productId: string;
  /** Shown by most clients as the calendar's title (X-WR-CALNAME, a widely read extension). */
  name: string;
  /** DTSTAMP of every event: when this copy of the calendar was produced. */
  stamp: Date;
  events: CalendarEvent[];
}

// §3.1: content lines end in CRLF.
const CRLF = '\r\n';
// §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
const MAX_OCTETS = 75;

/** §3.3.11 TEXT: backslash, semicolon and comma are escaped, a line break becomes \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** §3.3.5 DATE-TIME in UTC ("form #2"): 19970714T173000Z. */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * §3.1 folding: a line longer than 75 octets continues on the next line after a single space. Cuts
 * fall between characters, never inside a UTF-8 sequence, so every line stays valid UTF-8.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with the space that folding inserts; it counts toward the limit.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  ];
}

/** The whole VCALENDAR object as text, folded, with CRLF after every line (the last one too). */
export function writeCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
