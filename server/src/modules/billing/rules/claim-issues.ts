// Scrubber findings are values (DESIGN §3.6): an error keeps the claim out of a batch, a warning does not.
import type { ClaimIssue } from '../claim-model.ts';

export const error = (code: string, message: string, path: string): ClaimIssue => ({
  severity: 'error',
  code,
  message,
  path,
});

export const warning = (code: string, message: string, path: string): ClaimIssue => ({
  severity: 'warning',
  code,
  message,
  path,
});

/** The index of the first line on a date, to point a day's or a week's finding at. */
export const firstLineOn = (lines: readonly { serviceDate: string }[], test: (date: string) => boolean): string =>
  `lines.${Math.max(
    0,
    lines.findIndex((line) => test(line.serviceDate)),
  )}.serviceDate`;
