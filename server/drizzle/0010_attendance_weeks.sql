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
-- A sorted list of instants with one occurrence of `removed` taken out and `added` put in (either may be
-- null). A signature takes one out: array slices, no sort.
CREATE FUNCTION attendance_instants_swap(instants timestamptz[], removed timestamptz, added timestamptz)
  RETURNS timestamptz[] LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  i int := array_position(instants, removed);
BEGIN
  IF removed IS NOT DISTINCT FROM added THEN
    RETURN instants;
  END IF;
  IF i IS NOT NULL THEN
    instants := instants[:i - 1] || instants[i + 1:];
  END IF;
  IF added IS NOT NULL THEN
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
-- attendance or back). The row is locked before its records are read by a later statement (READ COMMITTED: a
-- new snapshot), so what a concurrent writer committed meanwhile is counted, and what it has not committed
-- yet it adds itself.
CREATE FUNCTION attendance_weeks_refresh(p_program uuid, p_week date, p_patient uuid) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM attendance_weeks
  WHERE program_id = p_program AND week_start = p_week AND patient_id = p_patient FOR UPDATE;
  DELETE FROM attendance_weeks WHERE program_id = p_program AND week_start = p_week AND patient_id = p_patient;
  PERFORM attendance_weeks_add(array(
    SELECT r.id FROM attendance_week_records r
    WHERE r.patient_id = p_patient AND r.program_id = p_program AND r.week_start = p_week
      -- The instants around the week let the sessions' start index narrow the rows (zones lie within a day
      -- of UTC); the week test then decides.
      AND r.starts_at >= (p_week - 1)::timestamptz AND r.starts_at < (p_week + 9)::timestamptz));
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
-- A changed record. One that stays in its session and patient, attended or absent as before, changes its
-- minutes (a check-out) and whether it is confirmed (a signature) by difference; any other change computes
-- the weeks it left and joined afresh, in key order.
CREATE FUNCTION attendance_weeks_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k record;
  was_absent boolean := OLD.status IN ('absent_excused', 'absent_unexcused');
  is_absent boolean := NEW.status IN ('absent_excused', 'absent_unexcused');
BEGIN
  IF OLD.session_id = NEW.session_id AND OLD.patient_id = NEW.patient_id AND was_absent = is_absent THEN
    UPDATE attendance_weeks w SET
      minutes = w.minutes + NEW.minutes_attended - OLD.minutes_attended,
      unconfirmed_ends = attendance_instants_swap(w.unconfirmed_ends,
        CASE WHEN wk.is_group AND NOT was_absent AND OLD.confirmed_at IS NULL THEN wk.ends_at END,
        CASE WHEN wk.is_group AND NOT is_absent AND NEW.confirmed_at IS NULL THEN wk.ends_at END)
    FROM attendance_week_of(NEW.session_id, NEW.patient_id) wk
    WHERE w.program_id = wk.program_id AND w.week_start = wk.week_start AND w.patient_id = wk.patient_id;
    RETURN NULL;
  END IF;
  FOR k IN SELECT o.program_id, o.week_start, o.patient_id FROM attendance_week_of(OLD.session_id, OLD.patient_id) o
    UNION SELECT n.program_id, n.week_start, n.patient_id FROM attendance_week_of(NEW.session_id, NEW.patient_id) n
    ORDER BY 1, 2, 3 LOOP
    PERFORM attendance_weeks_refresh(k.program_id, k.week_start, k.patient_id);
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION attendance_weeks_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k record;
BEGIN
  FOR k IN SELECT o.program_id, o.week_start, o.patient_id FROM attendance_week_of(OLD.session_id, OLD.patient_id) o LOOP
    PERFORM attendance_weeks_refresh(k.program_id, k.week_start, k.patient_id);
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A session moved, cancelled, or given another program, group or zone: its attendees' weeks before and after,
-- afresh, in key order.
CREATE FUNCTION attendance_weeks_on_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  k record;
BEGIN
  FOR k IN SELECT OLD.program_id AS program_id, attendance_week_start(OLD.starts_at, OLD.time_zone) AS week_start,
        a.patient_id
      FROM attendance a WHERE a.session_id = OLD.id AND OLD.program_id IS NOT NULL AND OLD.status <> 'cancelled'
    UNION SELECT NEW.program_id, attendance_week_start(NEW.starts_at, NEW.time_zone), a.patient_id
      FROM attendance a WHERE a.session_id = NEW.id AND NEW.program_id IS NOT NULL AND NEW.status <> 'cancelled'
    ORDER BY 1, 2, 3 LOOP
    PERFORM attendance_weeks_refresh(k.program_id, k.week_start, k.patient_id);
  END LOOP;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Inserts are summed per statement (a transition table): a check-in adds its one record, a bulk load all of
-- its rows at once.
CREATE TRIGGER attendance_weeks_insert AFTER INSERT ON attendance REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION attendance_weeks_on_insert();
--> statement-breakpoint
-- Only the columns a week depends on.
CREATE TRIGGER attendance_weeks_update
  AFTER UPDATE OF session_id, patient_id, status, minutes_attended, confirmed_at ON attendance
  FOR EACH ROW WHEN ((OLD.session_id, OLD.patient_id, OLD.status, OLD.minutes_attended, OLD.confirmed_at IS NULL)
    IS DISTINCT FROM (NEW.session_id, NEW.patient_id, NEW.status, NEW.minutes_attended, NEW.confirmed_at IS NULL))
  EXECUTE FUNCTION attendance_weeks_on_update();
--> statement-breakpoint
CREATE TRIGGER attendance_weeks_delete AFTER DELETE ON attendance
  FOR EACH ROW EXECUTE FUNCTION attendance_weeks_on_delete();
--> statement-breakpoint
CREATE TRIGGER attendance_weeks_session
  AFTER UPDATE OF program_id, group_id, status, starts_at, ends_at, time_zone ON sessions
  FOR EACH ROW WHEN ((OLD.program_id, OLD.group_id, OLD.status, OLD.starts_at, OLD.ends_at, OLD.time_zone)
    IS DISTINCT FROM (NEW.program_id, NEW.group_id, NEW.status, NEW.starts_at, NEW.ends_at, NEW.time_zone))
  EXECUTE FUNCTION attendance_weeks_on_session_change();
--> statement-breakpoint
-- Attendance recorded before this migration.
SELECT attendance_weeks_add(array(SELECT id FROM attendance));
