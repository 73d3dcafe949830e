// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
import { notFound, unprocessable } from '../../kernel/http/index.ts';

export const organizationNotConfigured = () =>
  notFound('organization.not_configured', 'The organization has not been set up yet.');
export const siteNotFound = () => notFound('organization.site_not_found', 'No such site.');
export const roomNotFound = () => notFound('organization.room_not_found', 'No such room.');
export const staffNotFound = () => notFound('organization.staff_not_found', 'No such staff member.');

export const invalidNpi = (path: string) =>
  unprocessable(
    'organization.invalid_npi',
    'This NPI is not valid: its check digit does not match. Check it in NPPES.',
    [{ path, message: 'check digit does not match' }],
  );
export const invalidTimeZone = (path: string) =>
  unprocessable('organization.invalid_time_zone', 'Use an IANA time zone name such as America/New_York.', [
    { path, message: 'unknown time zone' },
  ]);
export const unknownSite = (path: string) =>
  unprocessable('organization.unknown_site', 'No such site.', [{ path, message: 'unknown site' }]);
export const inactiveSite = (path: string) =>
  unprocessable('organization.inactive_site', 'This site is inactive; reactivate it first.', [
    { path, message: 'inactive site' },
  ]);
export const unknownSupervisor = (path: string) =>
  unprocessable('organization.unknown_supervisor', 'The supervisor must be an existing staff member.', [
    { path, message: 'unknown staff member' },
  ]);
export const supervisorCycle = (path: string) =>
  unprocessable(
    'organization.supervisor_cycle',
    'A staff member cannot supervise themselves, directly or through others.',
    [{ path, message: 'would make a supervision cycle' }],
  );
export const cannotDeactivateSelf = (path: string) =>
  unprocessable('organization.cannot_deactivate_self', 'You cannot deactivate your own account.', [
    { path, message: 'own account' },
  ]);
