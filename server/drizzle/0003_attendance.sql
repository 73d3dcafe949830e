CREATE TABLE "attendance" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"status" text NOT NULL,
	"check_in_at" timestamp with time zone,
	"check_out_at" timestamp with time zone,
	"minutes_attended" integer NOT NULL,
	"modality" text NOT NULL,
	"participation" text,
	"drop_in" boolean DEFAULT false NOT NULL,
	"drop_in_reason" text,
	"makeup_for_session_id" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attendance_status" CHECK ("attendance"."status" in ('present', 'late', 'left_early', 'absent_excused', 'absent_unexcused')),
	CONSTRAINT "attendance_modality" CHECK ("attendance"."modality" in ('in_person', 'telehealth_video', 'telehealth_audio')),
	CONSTRAINT "attendance_participation" CHECK ("attendance"."participation" is null or "attendance"."participation" in ('active', 'engaged', 'minimal', 'disruptive', 'none')),
	CONSTRAINT "attendance_minutes" CHECK ("attendance"."minutes_attended" >= 0),
	CONSTRAINT "attendance_times" CHECK ("attendance"."check_out_at" is null or "attendance"."check_in_at" is null or "attendance"."check_out_at" >= "attendance"."check_in_at"),
	CONSTRAINT "attendance_drop_in_reason" CHECK (not "attendance"."drop_in" or "attendance"."drop_in_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "attendance_requests" (
	"actor_id" uuid NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status_code" integer NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attendance_requests_actor_id_key_pk" PRIMARY KEY("actor_id","key")
);
--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_makeup_for_session_id_sessions_id_fk" FOREIGN KEY ("makeup_for_session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_session_patient" ON "attendance" USING btree ("session_id","patient_id");--> statement-breakpoint
CREATE INDEX "attendance_patient" ON "attendance" USING btree ("patient_id");