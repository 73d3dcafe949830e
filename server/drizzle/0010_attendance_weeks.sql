CREATE TABLE "attendance_weeks" (
	"program_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"patient_id" uuid NOT NULL,
	"minutes" integer NOT NULL,
	"last_present_at" timestamp with time zone,
	"absent_at" timestamp with time zone[] NOT NULL,
	"absent_on" date[] NOT NULL,
	"unconfirmed_ends" timestamp with time zone[] NOT NULL,
	CONSTRAINT "attendance_weeks_program_id_week_start_patient_id_pk" PRIMARY KEY("program_id","week_start","patient_id")
);
--> statement-breakpoint
-- attendance_weeks is kept by the database itself (docs/decisions/0009): every write to attendance, and
-- every change to a session's program, group, status, times or zone, updates it in the same transaction,
-- whichever code path or SQL made the write. Per program, patient and week it holds the minutes attended,
-- the latest group session attended and the absences from group sessions after it (all of them when none
-- was attended), and the ends of the group sessions attended that no signed note has confirmed yet: what a
-- compliance report reads (compliance/absences.ts, compliance.queries.ts).

-- The week a session counts in: the Monday–Sunday week (ISO 8601) of its local date in its own zone
-- (DESIGN §3.7; compliance/weeks.ts).
CREATE FUNCTION attendance_week_start(starts_at timestamptz, time_zone text) RETURNS date
  LANGUAGE sql STABLE AS $$ SELECT date_trunc('week', (starts_at AT TIME ZONE time_zone)::date)::date $$;
--> statement-breakpoint
-- Each record as it counts in its program's week; cancelled sessions and sessions of no program count for
-- nothing. Attended, absent and unconfirmed concern group sessions only (an individual appointment adds its
-- minutes). The absence statuses are attendance.tables.ts ABSENCES.
CREATE VIEW attendance_week_records AS
SELECT a.id, s.program_id, attendance_week_start(s.starts_at, s.time_zone) AS week_start, a.patient_id,
  a.minutes_attended AS minutes, s.starts_at, s.ends_at, (s.starts_at AT TIME ZONE s.time_zone)::date AS day,
  s.group_id IS NOT NULL AND a.status NOT IN ('absent_excused', 'absent_unexcused') AS attended,
  s.group_id IS NOT NULL AND a.status IN ('absent_excused', 'absent_unexcused') AS absent,
  s.group_id IS NOT NULL AND a.status NOT IN ('absent_excused', 'absent_unexcused') AND a.confirmed_at IS NULL
    AS unconfirmed
FROM attendance a JOIN sessions s ON s.id = a.session_id
WHERE s.program_id IS NOT NULL AND s.status <> 'cancelled';
--> statement-breakpoint
-- Two lists of absences (starts and local dates, pairwise) as one, keeping those after `after` (all of them
-- when it is null), in time order. An absence at the same start as an attended session is not after it: the
-- attended one ends the run (compliance/absences.ts).
CREATE FUNCTION attendance_absences_after(
  at1 timestamptz[], on1 date[], at2 timestamptz[], on2 date[], after timestamptz
) RETURNS TABLE (absent_at timestamptz[], absent_on date[]) LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(u.at ORDER BY u.at, u.day), '{}'), coalesce(array_agg(u.day ORDER BY u.at, u.day), '{}')
  FROM (SELECT * FROM unnest(at1, on1) UNION ALL SELECT * FROM unnest(at2, on2)) AS u (at, day)
  WHERE after IS NULL OR u.at > after
$$;
--> statement-breakpoint
-- A sorted list of instants with one occurrence of each `removed` taken out and every `added` put in. A
-- signature only takes out: array slices, no sort.
CREATE FUNCTION attendance_instants_swap(instants timestamptz[], removed timestamptz[], added timestamptz[])
  RETURNS timestamptz[] LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  r timestamptz;
  i int;
BEGIN
  FOREACH r IN ARRAY removed LOOP
    i := array_position(instants, r);
    IF i IS NOT NULL THEN
      instants := instants[:i - 1] || instants[i + 1:];
    END IF;
  END LOOP;
  IF cardinality(added) > 0 THEN
    instants := array(SELECT u.at FROM unnest(instants || added) AS u (at) ORDER BY u.at);
  END IF;
  RETURN instants;
END;
$$;
--> statement-breakpoint
-- Adds these records to their weeks: minutes add up, the later attendance is the latest, absences after it and
-- unconfirmed ends join the lists. Rows are written in key order, so writers of several weeks cannot deadlock.
-- One generic plan (index lookups per record) serves a check-in and a year of records alike: planning it afresh
-- for every check-in would cost more than running it.
CREATE FUNCTION attendance_weeks_add(record_ids uuid[]) RETURNS void LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  INSERT INTO attendance_weeks AS w (program_id, week_start, patient_id, minutes, last_present_at, absent_at, absent_on,
    unconfirmed_ends)
  SELECT g.program_id, g.week_start, g.patient_id, g.minutes, g.last_present_at, t.absent_at, t.absent_on, g.unconfirmed_ends
  FROM (
    SELECT r.program_id, r.week_start, r.patient_id, sum(r.minutes)::int AS minutes,
      max(r.starts_at) FILTER (WHERE r.attended) AS last_present_at,
      coalesce(array_agg(r.starts_at) FILTER (WHERE r.absent), '{}') AS absent_at,
      coalesce(array_agg(r.day) FILTER (WHERE r.absent), '{}') AS absent_on,
      coalesce(array_agg(r.ends_at ORDER BY r.ends_at) FILTER (WHERE r.unconfirmed), '{}') AS unconfirmed_ends
    FROM attendance_week_records r JOIN unnest(record_ids) AS added (id) ON added.id = r.id
    GROUP BY r.program_id, r.week_start, r.patient_id
  ) g
  CROSS JOIN LATERAL attendance_absences_after(g.absent_at, g.absent_on, '{}', '{}', g.last_present_at) t
  ORDER BY g.program_id, g.week_start, g.patient_id
  ON CONFLICT (program_id, week_start, patient_id) DO UPDATE SET
    minutes = w.minutes + excluded.minutes,
    last_present_at = greatest(w.last_present_at, excluded.last_present_at),
    (absent_at, absent_on) = (
      SELECT * FROM attendance_absences_after(w.absent_at, w.absent_on, excluded.absent_at, excluded.absent_on,
        greatest(w.last_present_at, excluded.last_present_at))),
    unconfirmed_ends = CASE WHEN cardinality(excluded.unconfirmed_ends) = 0 THEN w.unconfirmed_ends ELSE (
      SELECT array_agg(u.at ORDER BY u.at)
      FROM (SELECT unnest(w.unconfirmed_ends) UNION ALL SELECT unnest(excluded.unconfirmed_ends)) AS u (at)) END;
END;
$$;
--> statement-breakpoint
-- One week afresh, for the changes a sum cannot undo (a record removed or moved, an absence turned into
-- attendance or back). The row is emptied in place, which locks it, and its records are read by a later
-- statement (READ COMMITTED: a new snapshot), so what a concurrent writer committed meanwhile is counted;
-- what one has not committed yet it adds itself, and a writer waiting on the row follows it to its new
-- version rather than losing its difference to a deleted one.
CREATE FUNCTION attendance_weeks_refresh(p_program uuid, p_week date, p_patient uuid) RETURNS void
  LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  UPDATE attendance_weeks SET minutes = 0, last_present_at = NULL, absent_at = '{}', absent_on = '{}',
    unconfirmed_ends = '{}'
  WHERE program_id = p_program AND week_start = p_week AND patient_id = p_patient;
  ids := array(
    SELECT r.id FROM attendance_week_records r
    WHERE r.patient_id = p_patient AND r.program_id = p_program AND r.week_start = p_week
      -- The instants around the week let the sessions' start index narrow the rows (zones lie within a day
      -- of UTC); the week test then decides.
      AND r.starts_at >= (p_week - 1)::timestamptz AND r.starts_at < (p_week + 9)::timestamptz);
  IF cardinality(ids) = 0 THEN
    DELETE FROM attendance_weeks WHERE program_id = p_program AND week_start = p_week AND patient_id = p_patient;
  ELSE
    PERFORM attendance_weeks_add(ids);
  END IF;
END;
$$;
--> statement-breakpoint
-- The week a patient's record in a session counts in, with what the session adds to it; none for a cancelled
-- session or one of no program.
CREATE FUNCTION attendance_week_of(p_session uuid, p_patient uuid)
  RETURNS TABLE (program_id uuid, week_start date, patient_id uuid, is_group boolean, ends_at timestamptz)
  LANGUAGE sql STABLE AS $$
  SELECT s.program_id, attendance_week_start(s.starts_at, s.time_zone), p_patient, s.group_id IS NOT NULL, s.ends_at
  FROM sessions s WHERE s.id = p_session AND s.program_id IS NOT NULL AND s.status <> 'cancelled'
$$;
--> statement-breakpoint
CREATE FUNCTION attendance_weeks_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM attendance_weeks_add(array(SELECT id FROM added));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Changed records, a statement at a time, their weeks in key order (so statements touching several weeks
-- cannot deadlock one another). A record that stays in its session and patient, attended or absent as
-- before, changes its week's minutes (a check-out) and unconfirmed ends (a signature) by difference; any
-- other change computes the weeks it left and joined afresh.
CREATE FUNCTION attendance_weeks_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k record;
BEGIN
  FOR k IN
    WITH changed AS (
      SELECT o.session_id AS old_session, o.patient_id AS old_patient, n.session_id AS new_session,
        n.patient_id AS new_patient, n.minutes_attended - o.minutes_attended AS minutes,
        o.status IN ('absent_excused', 'absent_unexcused') AS was_absent,
        n.status IN ('absent_excused', 'absent_unexcused') AS is_absent,
        o.confirmed_at IS NULL AS was_unconfirmed, n.confirmed_at IS NULL AS is_unconfirmed
      FROM old_records o JOIN new_records n ON n.id = o.id
      WHERE (o.session_id, o.patient_id, o.status, o.minutes_attended, o.confirmed_at IS NULL)
        IS DISTINCT FROM (n.session_id, n.patient_id, n.status, n.minutes_attended, n.confirmed_at IS NULL)
    ), touched AS (
      SELECT wk.program_id, wk.week_start, wk.patient_id, false AS afresh, c.minutes,
        CASE WHEN wk.is_group AND NOT c.is_absent AND c.was_unconfirmed AND NOT c.is_unconfirmed THEN wk.ends_at END
          AS removed,
        CASE WHEN wk.is_group AND NOT c.is_absent AND NOT c.was_unconfirmed AND c.is_unconfirmed THEN wk.ends_at END
          AS added
      FROM changed c CROSS JOIN LATERAL attendance_week_of(c.new_session, c.new_patient) wk
      WHERE c.old_session = c.new_session AND c.old_patient = c.new_patient AND c.was_absent = c.is_absent
      UNION ALL
      SELECT wk.program_id, wk.week_start, wk.patient_id, true, 0, NULL, NULL
      FROM changed c CROSS JOIN LATERAL (
        SELECT * FROM attendance_week_of(c.old_session, c.old_patient)
        UNION ALL SELECT * FROM attendance_week_of(c.new_session, c.new_patient)) wk
      WHERE NOT (c.old_session = c.new_session AND c.old_patient = c.new_patient AND c.was_absent = c.is_absent)
    )
    SELECT t.program_id, t.week_start, t.patient_id, bool_or(t.afresh) AS afresh, sum(t.minutes)::int AS minutes,
      coalesce(array_agg(t.removed) FILTER (WHERE t.removed IS NOT NULL), '{}') AS removed,
      coalesce(array_agg(t.added) FILTER (WHERE t.added IS NOT NULL), '{}') AS added
    FROM touched t GROUP BY t.program_id, t.week_start, t.patient_id ORDER BY 1, 2, 3
  LOOP
    IF k.afresh THEN
      PERFORM attendance_weeks_refresh(k.program_id, k.week_start, k.patient_id);
    ELSE
      UPDATE attendance_weeks SET minutes = minutes + k.minutes,
        unconfirmed_ends = attendance_instants_swap(unconfirmed_ends, k.removed, k.added)
      WHERE program_id = k.program_id AND week_start = k.week_start AND patient_id = k.patient_id;
    END IF;
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION attendance_weeks_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k record;
BEGIN
  FOR k IN SELECT DISTINCT wk.program_id, wk.week_start, wk.patient_id
    FROM old_records r CROSS JOIN LATERAL attendance_week_of(r.session_id, r.patient_id) wk ORDER BY 1, 2, 3 LOOP
    PERFORM attendance_weeks_refresh(k.program_id, k.week_start, k.patient_id);
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Sessions moved, cancelled, or given another program, group, end or zone: their attendees' weeks before and
-- after, afresh, in key order. First the sessions are locked for update and their records for share, in id
-- order: that waits for whoever is writing those records (an insert holds its session's key-share lock for
-- the foreign key, an update or deletion the record's own lock), so their sums are in before the weeks are
-- recomputed, and whoever writes them next sums into the weeks the sessions are in now.
CREATE FUNCTION attendance_weeks_on_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k record;
  moved uuid[];
BEGIN
  moved := array(
    SELECT n.id FROM old_sessions o JOIN new_sessions n ON n.id = o.id
    WHERE (o.program_id, o.group_id, o.status, o.starts_at, o.ends_at, o.time_zone)
      IS DISTINCT FROM (n.program_id, n.group_id, n.status, n.starts_at, n.ends_at, n.time_zone));
  IF cardinality(moved) = 0 THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM sessions WHERE id = ANY (moved) ORDER BY id FOR UPDATE;
  PERFORM 1 FROM attendance WHERE session_id = ANY (moved) ORDER BY id FOR SHARE;
  FOR k IN
    WITH changed AS (
      SELECT o.program_id AS old_program, attendance_week_start(o.starts_at, o.time_zone) AS old_week,
        o.status = 'cancelled' AS was_cancelled, n.id, n.program_id AS new_program,
        attendance_week_start(n.starts_at, n.time_zone) AS new_week, n.status = 'cancelled' AS is_cancelled
      FROM old_sessions o JOIN new_sessions n ON n.id = o.id
      WHERE n.id = ANY (moved)
    )
    SELECT c.old_program AS program_id, c.old_week AS week_start, a.patient_id
    FROM changed c JOIN attendance a ON a.session_id = c.id WHERE c.old_program IS NOT NULL AND NOT c.was_cancelled
    UNION SELECT c.new_program, c.new_week, a.patient_id
    FROM changed c JOIN attendance a ON a.session_id = c.id WHERE c.new_program IS NOT NULL AND NOT c.is_cancelled
    ORDER BY 1, 2, 3
  LOOP
    PERFORM attendance_weeks_refresh(k.program_id, k.week_start, k.patient_id);
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Every write is summed a statement at a time (transition tables): a check-in adds its one record, a bulk
-- load all of its rows at once, a signature confirms a session's records together.
CREATE TRIGGER attendance_weeks_insert AFTER INSERT ON attendance REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_weeks_on_insert();
--> statement-breakpoint
CREATE TRIGGER attendance_weeks_update AFTER UPDATE ON attendance
  REFERENCING OLD TABLE AS old_records NEW TABLE AS new_records
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_weeks_on_update();
--> statement-breakpoint
CREATE TRIGGER attendance_weeks_delete AFTER DELETE ON attendance REFERENCING OLD TABLE AS old_records
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_weeks_on_delete();
--> statement-breakpoint
CREATE TRIGGER attendance_weeks_session AFTER UPDATE ON sessions
  REFERENCING OLD TABLE AS old_sessions NEW TABLE AS new_sessions
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_weeks_on_session_change();
--> statement-breakpoint
-- Attendance recorded before this migration.
SELECT attendance_weeks_add(array(SELECT id FROM attendance));
