CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"program_id" uuid,
	"patient_id" uuid,
	"assignee_role" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	CONSTRAINT "tasks_status" CHECK ("tasks"."status" in ('open', 'done'))
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_owner_kind" CHECK ("calendar_feeds"."owner_kind" in ('staff', 'room'))
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"status" text NOT NULL,
	"request_seq" bigserial NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"promoted_at" timestamp with time zone,
	CONSTRAINT "enrollments_status" CHECK ("enrollments"."status" in ('active', 'waitlisted', 'withdrawn')),
	CONSTRAINT "enrollments_dates" CHECK ("enrollments"."end_date" is null or "enrollments"."end_date" >= "enrollments"."start_date")
);
--> statement-breakpoint
CREATE TABLE "group_facilitators" (
	"group_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "group_facilitators_group_id_staff_id_pk" PRIMARY KEY("group_id","staff_id"),
	CONSTRAINT "group_facilitators_role" CHECK ("group_facilitators"."role" in ('lead', 'co', 'peer', 'trainee', 'supervisor'))
);
--> statement-breakpoint
CREATE TABLE "group_schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"rrule" text NOT NULL,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"room_id" uuid NOT NULL,
	CONSTRAINT "group_schedules_duration" CHECK ("group_schedules"."duration_minutes" between 1 and 720)
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"capacity" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"time_zone" text NOT NULL,
	"materialized_through" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "groups_kind" CHECK ("groups"."kind" in ('group_psychotherapy', 'psychoeducation', 'skills', 'activity_therapy')),
	CONSTRAINT "groups_capacity" CHECK ("groups"."capacity" >= 1),
	CONSTRAINT "groups_dates" CHECK ("groups"."end_date" is null or "groups"."end_date" >= "groups"."start_date")
);
--> statement-breakpoint
CREATE TABLE "roster_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"change" text NOT NULL,
	"enrollment_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	CONSTRAINT "roster_reviews_change" CHECK ("roster_reviews"."change" in ('added', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "session_facilitators" (
	"session_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "session_facilitators_session_id_staff_id_pk" PRIMARY KEY("session_id","staff_id"),
	CONSTRAINT "session_facilitators_role" CHECK ("session_facilitators"."role" in ('lead', 'co', 'peer', 'trainee', 'supervisor'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid,
	"program_id" uuid,
	"kind" text NOT NULL,
	"occurrence_date" date,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"room_id" uuid,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"cancel_reason" text,
	"edited" boolean DEFAULT false NOT NULL,
	"conflict_override" text,
	"patient_id" uuid,
	"modality" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sessions_kind" CHECK ("sessions"."kind" in ('group_psychotherapy', 'psychoeducation', 'skills', 'activity_therapy', 'individual_therapy', 'family_therapy', 'psychiatric_evaluation', 'medication_management')),
	CONSTRAINT "sessions_status" CHECK ("sessions"."status" in ('scheduled', 'cancelled')),
	CONSTRAINT "sessions_times" CHECK ("sessions"."ends_at" > "sessions"."starts_at"),
	CONSTRAINT "sessions_modality" CHECK ("sessions"."modality" is null or "sessions"."modality" in ('in_person', 'telehealth_video', 'telehealth_audio')),
	CONSTRAINT "sessions_group_or_patient" CHECK (("sessions"."group_id" is not null and "sessions"."occurrence_date" is not null) or "sessions"."patient_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD CONSTRAINT "group_facilitators_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_facilitators" ADD CONSTRAINT "group_facilitators_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_schedules" ADD CONSTRAINT "group_schedules_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_schedules" ADD CONSTRAINT "group_schedules_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_reviews" ADD CONSTRAINT "roster_reviews_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_reviews" ADD CONSTRAINT "roster_reviews_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_reviews" ADD CONSTRAINT "roster_reviews_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "public"."enrollments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_facilitators" ADD CONSTRAINT "session_facilitators_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_facilitators" ADD CONSTRAINT "session_facilitators_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_open" ON "tasks" USING btree ("assignee_role","status");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feeds_owner" ON "calendar_feeds" USING btree ("owner_kind","owner_id");--> statement-breakpoint
CREATE INDEX "enrollments_group" ON "enrollments" USING btree ("group_id","status");--> statement-breakpoint
CREATE INDEX "enrollments_patient" ON "enrollments" USING btree ("patient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_schedules_version" ON "group_schedules" USING btree ("group_id","effective_from");--> statement-breakpoint
CREATE INDEX "groups_program" ON "groups" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "roster_reviews_session" ON "roster_reviews" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "session_facilitators_staff" ON "session_facilitators" USING btree ("staff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_group_occurrence" ON "sessions" USING btree ("group_id","occurrence_date");--> statement-breakpoint
CREATE INDEX "sessions_starts_at" ON "sessions" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "sessions_room_starts_at" ON "sessions" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "sessions_patient" ON "sessions" USING btree ("patient_id");