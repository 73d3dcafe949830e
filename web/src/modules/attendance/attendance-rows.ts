// The attendance sheet's rows: one per roster member (drop-ins included), built from the session
// and what was recorded, and turned back into the single PUT body. Times are read and entered as
// wall-clock times in the session's own zone.
import { isApiError } from '../../api/errors';
import { fieldPath } from '../../ui/form-errors';
import { formatName } from '../../ui/format';
import type { Modality } from '../scheduling/schedule-options';
import type { SessionDetail } from '../scheduling/sessions.api';
import { formatTime, localParts, zonedInstant } from '../scheduling/time';
import type { AttendanceRecord, AttendanceRecordBody } from './attendance.api';
import { attended, type AttendanceStatus, type Participation } from './attendance-options';

export interface AttendanceRow {
  patientId: string;
  name: string;
  status: AttendanceStatus | null;
  /** HH:MM in the session's zone. */
  checkIn: string;
  checkOut: string;
  modality: Modality;
  participation: Participation | null;
  /** Set for a patient off the expected roster. */
  dropInReason: string | null;
  /** As last saved; null until then. */
  minutes: number | null;
}

export type RowErrors = Record<string, Partial<Record<'patientId' | 'status' | 'checkInAt' | 'checkOutAt', string>>>;

export function buildRows(session: SessionDetail, records: AttendanceRecord[]): AttendanceRow[] {
  const byPatient = new Map(records.map((r) => [r.patientId, r]));
  const start = formatTime(session.startsAt, session.timeZone);
  const end = formatTime(session.endsAt, session.timeZone);
  const time = (instant: string | null, fallback: string) =>
    instant ? formatTime(instant, session.timeZone) : fallback;
  return session.roster.map((m) => {
    const r = byPatient.get(m.patientId);
    return {
      patientId: m.patientId,
      name: formatName(m.name),
      status: (r?.status as AttendanceStatus | undefined) ?? null,
      checkIn: time(r?.checkInAt ?? null, start),
      checkOut: time(r?.checkOutAt ?? null, end),
      modality: (r?.modality as Modality | undefined) ?? 'in_person',
      participation: (r?.participation as Participation | null | undefined) ?? null,
      dropInReason: r?.dropInReason ?? null,
      minutes: r?.minutesAttended ?? null,
    };
  });
}

/** A new row for a drop-in, present for the whole session until told otherwise. */
export function dropInRow(session: SessionDetail, patientId: string, name: string, reason: string): AttendanceRow {
  return {
    patientId,
    name,
    status: 'present',
    checkIn: formatTime(session.startsAt, session.timeZone),
    checkOut: formatTime(session.endsAt, session.timeZone),
    modality: 'in_person',
    participation: null,
    dropInReason: reason,
    minutes: null,
  };
}

/** The rows that have a status, as the PUT body's records (in the same order). */
export function toRecords(session: SessionDetail, rows: AttendanceRow[]): AttendanceRecordBody[] {
  const { date } = localParts(session.startsAt, session.timeZone);
  const endDate = localParts(session.endsAt, session.timeZone).date;
  return rows.flatMap((row) => {
    if (!row.status) return [];
    const record: AttendanceRecordBody = { patientId: row.patientId, status: row.status, modality: row.modality };
    if (attended(row.status)) {
      if (row.checkIn) record.checkInAt = zonedInstant(date, row.checkIn, session.timeZone);
      if (row.checkOut) record.checkOutAt = zonedInstant(endDate, row.checkOut, session.timeZone);
      if (row.participation) record.participation = row.participation;
    }
    if (row.dropInReason) record.dropInReason = row.dropInReason;
    return [record];
  });
}

/** Server details (`records.3.checkOutAt`) put on the row of the record they name, by patient. */
export function rowErrors(error: unknown, sent: AttendanceRecordBody[]): RowErrors {
  const out: RowErrors = {};
  if (!isApiError(error)) return out;
  for (const detail of error.details) {
    const match = /^records\.(\d+)\.?(\w*)/.exec(fieldPath(detail.path));
    const record = match ? sent[Number(match[1])] : undefined;
    if (!match || !record) continue;
    const field = (['checkInAt', 'checkOutAt', 'status'].includes(match[2]!) ? match[2] : 'patientId') as
      'patientId' | 'status' | 'checkInAt' | 'checkOutAt';
    const message = error.details.length === 1 ? error.message : detail.message || error.message;
    out[record.patientId] = { ...out[record.patientId], [field]: message };
  }
  return out;
}
