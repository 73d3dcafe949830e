// Shapes shared by every module's routes: the conventions section of API.md.
import { Type, type Static, type TSchema } from 'typebox';

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
    }),
  },
  { $id: 'ErrorResponse' },
);

export const DateString = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', examples: ['2026-01-05'] });

export const Name = Type.Object(
  {
    given: Type.String({ minLength: 1, maxLength: 100 }),
    family: Type.String({ minLength: 1, maxLength: 100 }),
  },
  { additionalProperties: false },
);
export type Name = Static<typeof Name>;

export const Address = Type.Object(
  {
    line1: Type.String({ minLength: 1, maxLength: 200 }),
    line2: Type.Optional(Type.String({ maxLength: 200 })),
    city: Type.String({ minLength: 1, maxLength: 100 }),
    state: Type.String({ pattern: '^[A-Z]{2}$' }),
    postalCode: Type.String({ pattern: '^\\d{5}(-?\\d{4})?$' }),
  },
  { additionalProperties: false },
);
export type Address = Static<typeof Address>;

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const IdResponse = Type.Object({ id: Type.String() });

export const ListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

/** A list page: `{ items, nextCursor }`. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

/** Offset cursors: opaque to clients, stable for a given sort. */
export const page = {
  offset(cursor: string | undefined): number {
    if (!cursor) return 0;
    const n = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Number.isInteger(n) && n >= 0 ? n : 0;
  },
  /** Fetch limit + 1 rows; this trims the extra one and says where the next page starts. */
  of<T>(rows: T[], limit: number, offset: number): { items: T[]; nextCursor: string | null } {
    const more = rows.length > limit;
    return {
      items: more ? rows.slice(0, limit) : rows,
      nextCursor: more ? Buffer.from(String(offset + limit)).toString('base64url') : null,
    };
  },
};
