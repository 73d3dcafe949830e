// The body of PATCH /api/groups/{id}: an edit of the whole series from a date on. Fields keep the
// constraints they have when the group is created.
import { Type, type Static } from 'typebox';
import { DateString } from '../../kernel/http/index.ts';
import { GroupBody } from './groups.schemas.ts';

const group = GroupBody.properties;
const schedule = group.schedule.properties;

export const SeriesPatch = Type.Object(
  {
    name: Type.Optional(group.name),
    capacity: Type.Optional(group.capacity),
    active: Type.Optional(Type.Boolean()),
    facilitators: Type.Optional(group.facilitators),
    schedule: Type.Optional(
      Type.Object(
        {
          rrule: Type.Optional(schedule.rrule),
          startTime: Type.Optional(schedule.startTime),
          durationMinutes: Type.Optional(schedule.durationMinutes),
          roomId: Type.Optional(group.roomId),
          /** null: the series no longer ends. */
          endDate: Type.Optional(Type.Union([DateString, Type.Null()])),
        },
        { additionalProperties: false, minProperties: 1 },
      ),
    ),
    /** First local date the edit applies to: today in the group's zone by default, never earlier. */
    effectiveFrom: Type.Optional(DateString),
    override: Type.Optional(group.override),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type SeriesPatch = Static<typeof SeriesPatch>;
