// S2's row probe, installed in the benchmark's own database only: an AFTER row trigger on the tables
// a sign writes counts every row written, and can raise at the Nth one, so a failure lands part-way
// through the sign's transaction (§B4 S2: "inject a failure at row 30 → 0 rows persisted").
// The count lives in a sequence because sequences ignore rollback: after a failed sign it still
// tells how far the transaction got. Only one request may run while the probe is installed.
import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '../src/kernel/db/index.ts';

/** What a group-note sign can write: the note, its entries, attendance, audit events. */
const TABLES = ['notes', 'note_entries', 'attendance', 'audit_events'] as const;

export interface RowProbe {
  /** Rows written since the probe was installed (rolled-back rows included). */
  rows(): Promise<number>;
  remove(): Promise<void>;
}

/** Installs the probe; with `failAt`, the row with that number raises and aborts its transaction. */
export async function installRowProbe(db: Db, failAt: number | null = null): Promise<RowProbe> {
  await db.execute(sql`create sequence if not exists s2_probe_rows`);
  await db.execute(sql`select setval('s2_probe_rows', 1, false)`);
  await db.execute(
    sql.raw(`create or replace function s2_probe_row() returns trigger language plpgsql as $$
      begin
        if nextval('s2_probe_rows') = TG_ARGV[0]::bigint then
          raise exception 'S2 benchmark: injected failure at row % of the transaction', TG_ARGV[0];
        end if;
        return null;
      end $$`),
  );
  // 0 never matches: nextval starts at 1.
  const argument = String(failAt ?? 0);
  for (const table of TABLES) {
    await db.execute(
      sql.raw(`create trigger s2_probe_row after insert or update or delete on ${table}
        for each row execute function s2_probe_row('${argument}')`),
    );
  }
  return {
    async rows() {
      const [row] = await selectRows<{ n: number }>(
        db,
        sql`select case when is_called then last_value else 0 end::int as n from s2_probe_rows`,
      );
      return row?.n ?? 0;
    },
    async remove() {
      for (const table of TABLES) await db.execute(sql.raw(`drop trigger if exists s2_probe_row on ${table}`));
    },
  };
}

export interface NoteState {
  status: string;
  version: number;
  signature: unknown;
  entries: unknown;
  confirmedAttendance: number;
  auditEvents: number;
}

/** Everything a sign changes for one session's note, to compare before and after a failed sign. */
export async function noteState(db: Db, sessionId: string): Promise<NoteState | undefined> {
  const [state] = await selectRows<NoteState>(
    db,
    sql`select n.status, n.version, n.signature,
        (select jsonb_agg(to_jsonb(e) order by e.patient_id) from note_entries e where e.note_id = n.id) as entries,
        (select count(*) from attendance a where a.session_id = n.session_id and a.confirmed_at is not null)::int
          as "confirmedAttendance",
        (select count(*) from audit_events x where x.entity_id = n.id::text)::int as "auditEvents"
      from notes n where n.session_id = ${sessionId} and n.kind = 'group'`,
  );
  return state;
}
