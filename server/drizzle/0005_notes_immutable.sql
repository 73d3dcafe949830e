-- Signed clinical documents are immutable (DESIGN §3.7; 45 CFR 164.312(c)(1) integrity): the
-- database refuses changes even from the application's own role, so no code path can rewrite one.
-- The one change a signed note accepts is its co-signature: status signed → cosigned and the
-- cosignature itself, every other column equal.
CREATE OR REPLACE FUNCTION notes_guard_signed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'draft' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'signed' AND NEW.status = 'cosigned'
     AND to_jsonb(NEW) - 'status' - 'cosignature' = to_jsonb(OLD) - 'status' - 'cosignature' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'note % is signed and cannot change (% on %)', OLD.id, TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER notes_signed_immutable BEFORE UPDATE OR DELETE ON notes
  FOR EACH ROW EXECUTE FUNCTION notes_guard_signed();
--> statement-breakpoint
-- A member's entry belongs to its note: once the note is signed, entries can be neither added,
-- changed nor removed.
CREATE OR REPLACE FUNCTION note_entries_guard_signed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.note_id ELSE OLD.note_id END;
  parent_status text;
BEGIN
  SELECT status INTO parent_status FROM notes WHERE id = parent;
  IF parent_status <> 'draft' OR (TG_OP = 'UPDATE' AND NEW.note_id <> OLD.note_id) THEN
    RAISE EXCEPTION 'entries of signed note % cannot change (%)', parent, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER note_entries_signed_immutable BEFORE INSERT OR UPDATE OR DELETE ON note_entries
  FOR EACH ROW EXECUTE FUNCTION note_entries_guard_signed();
--> statement-breakpoint
-- Addenda are the only way to add to a signed note, and they are themselves append-only.
CREATE OR REPLACE FUNCTION notes_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'signed notes and their addenda are append-only (% on %)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER note_addenda_append_only BEFORE UPDATE OR DELETE ON note_addenda
  FOR EACH ROW EXECUTE FUNCTION notes_reject_change();
--> statement-breakpoint
CREATE TRIGGER notes_no_truncate BEFORE TRUNCATE ON notes
  FOR EACH STATEMENT EXECUTE FUNCTION notes_reject_change();
--> statement-breakpoint
CREATE TRIGGER note_entries_no_truncate BEFORE TRUNCATE ON note_entries
  FOR EACH STATEMENT EXECUTE FUNCTION notes_reject_change();
--> statement-breakpoint
CREATE TRIGGER note_addenda_no_truncate BEFORE TRUNCATE ON note_addenda
  FOR EACH STATEMENT EXECUTE FUNCTION notes_reject_change();
