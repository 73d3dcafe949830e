// Request and response shapes of attendance (API.md "Attendance") and their mappers.
import { Type, type Static } from 'typebox';
import type { AttendanceRow } from './attendance.queries.ts';
import { ATTENDANCE_STATUSES, MODALITIES, PARTICIPATION } from './attendance.tables.ts';

const Id = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time', examples: ['2026-03-09T09:05:00-04:00'] });
const Reason = Type.String({ minLength: 3, maxLength: 500 });

export const AttendanceRecordBody = Type.Object(
  {
    patientId: Id,
    status: Type.Enum(ATTENDANCE_STATUSES),
    /** Default: the session's start (ignored for absences). */
    checkInAt: Type.Optional(Instant),
    /** Default: the session's end (ignored for absences). */
    checkOutAt: Type.Optional(Instant),
    modality: Type.Enum(MODALITIES),
    participation: Type.Optional(Type.Enum(PARTICIPATION)),
    /** Required for a patient not on the session's expected roster. */
    dropInReason: Type.Optional(Reason),
    /** An absence only: the session that makes it up. */
    makeUpSessionId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type AttendanceRecordBody = Static<typeof AttendanceRecordBody>;

export const AttendanceBody = Type.Object(
  { records: Type.Array(AttendanceRecordBody, { minItems: 1, maxItems: 200 }) },
  { additionalProperties: false },
);
export type AttendanceBody = Static<typeof AttendanceBody>;

export const CheckInBody = Type.Object(
  {
    patientId: Id,
    /** Default: now. */
    at: Type.Optional(Instant),
    /** Default: the session's modality, else in person. */
    modality: Type.Optional(Type.Enum(MODALITIES)),
    /** Required for a patient not on the session's expected roster. */
    dropInReason: Type.Optional(Reason),
  },
  { additionalProperties: false },
);
export type CheckInBody = Static<typeof CheckInBody>;

export const CheckOutBody = Type.Object({ patientId: Id, at: Type.Optional(Instant) }, { additionalProperties: false });
export type CheckOutBody = Static<typeof CheckOutBody>;

export const IdempotencyHeaders = Type.Object({
  /** The same key (per user) answers with the first response again. */
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
});

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const AttendanceRecord = Type.Object({
  patientId: Type.String(),
  status: Type.String(),
  checkInAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  checkOutAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  minutesAttended: Type.Integer(),
  modality: Type.String(),
  participation: NullableString,
  dropIn: Type.Boolean(),
  dropInReason: NullableString,
  makeUpSessionId: NullableString,
  /** True once the session's note is signed: the record is final (absent from answers replayed from before). */
  confirmed: Type.Optional(Type.Boolean()),
});
export type AttendanceRecord = Static<typeof AttendanceRecord>;

export const AttendanceList = Type.Object({ records: Type.Array(AttendanceRecord) });

export function toAttendanceRecord(r: AttendanceRow): AttendanceRecord {
  return {
    patientId: r.patientId,
    status: r.status,
    checkInAt: r.checkInAt?.toISOString() ?? null,
    checkOutAt: r.checkOutAt?.toISOString() ?? null,
    minutesAttended: r.minutesAttended,
    modality: r.modality,
    participation: r.participation,
    dropIn: r.dropIn,
    dropInReason: r.dropInReason,
    makeUpSessionId: r.makeupForSessionId,
    confirmed: r.confirmedAt !== null,
  };
}
