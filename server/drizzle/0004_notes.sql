CREATE TABLE "note_addenda" (
	"id" uuid PRIMARY KEY NOT NULL,
	"note_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "note_entries" (
	"note_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"goals_addressed" jsonb NOT NULL,
	"participation" text NOT NULL,
	"response" text NOT NULL,
	"plan" text NOT NULL,
	"risk" text,
	CONSTRAINT "note_entries_note_id_patient_id_pk" PRIMARY KEY("note_id","patient_id")
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"session_id" uuid,
	"patient_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"author_id" uuid,
	"due_at" timestamp with time zone NOT NULL,
	"signature" jsonb,
	"cosignature" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "notes_kind" CHECK ("notes"."kind" in ('group', 'individual_therapy', 'admission_assessment', 'continued_stay_review', 'discharge_summary')),
	CONSTRAINT "notes_status" CHECK ("notes"."status" in ('draft', 'signed', 'cosigned')),
	CONSTRAINT "notes_subject" CHECK (("notes"."kind" = 'group' and "notes"."session_id" is not null and "notes"."patient_id" is null) or ("notes"."kind" <> 'group' and "notes"."patient_id" is not null)),
	CONSTRAINT "notes_signed" CHECK ("notes"."status" = 'draft' or "notes"."signature" is not null),
	CONSTRAINT "notes_cosigned" CHECK ("notes"."status" <> 'cosigned' or "notes"."cosignature" is not null)
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "assignee_staff_id" uuid;--> statement-breakpoint
ALTER TABLE "note_addenda" ADD CONSTRAINT "note_addenda_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_entries" ADD CONSTRAINT "note_entries_note_id_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_entries" ADD CONSTRAINT "note_entries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_staff_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "note_addenda_note" ON "note_addenda" USING btree ("note_id");--> statement-breakpoint
CREATE INDEX "note_entries_patient" ON "note_entries" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notes_one_group_note_per_session" ON "notes" USING btree ("session_id") WHERE kind = 'group';--> statement-breakpoint
CREATE INDEX "notes_patient" ON "notes" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "notes_unsigned" ON "notes" USING btree ("status","due_at");--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_staff_id_staff_id_fk" FOREIGN KEY ("assignee_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;