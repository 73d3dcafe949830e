// How a session is named and what may still be done to it, shared by the calendar, the drawer and
// the move confirmation.
import { formatNameNatural, type PersonName } from '../../ui/format';
import { sessionKindLabel } from './schedule-options';

/** A group occurrence is called by its group; an appointment by its kind and patient. */
export function sessionTitle(groupName: string | null, kind: string, patient: PersonName | null | undefined): string {
  if (groupName) return groupName;
  return patient ? `${sessionKindLabel(kind)} — ${formatNameNatural(patient)}` : sessionKindLabel(kind);
}

/** Cancelled sessions stay put, and so do ones that have started (the server refuses to move them). */
export const movable = (s: { status: string; startsAt: string }): boolean =>
  s.status !== 'cancelled' && Date.parse(s.startsAt) > Date.now();
