CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"instrument" text NOT NULL,
	"answers" jsonb NOT NULL,
	"total" integer,
	"severity" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"subscales" jsonb,
	"administered_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	"source" text DEFAULT 'staff' NOT NULL,
	"episode_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assessments_source" CHECK ("assessments"."source" in ('staff', 'paper', 'kiosk', 'link')),
	CONSTRAINT "assessments_instrument" CHECK (length("assessments"."instrument") between 1 and 64),
	CONSTRAINT "assessments_answers" CHECK (jsonb_typeof("assessments"."answers") = 'array' and not jsonb_path_exists("assessments"."answers", '$[*] ? (@.type() != "number" || @.floor() != @)')),
	CONSTRAINT "assessments_flags" CHECK (jsonb_typeof("assessments"."flags") = 'array' and not jsonb_path_exists("assessments"."flags", '$[*] ? (@.type() != "string")')),
	CONSTRAINT "assessments_subscales" CHECK ("assessments"."subscales" is null or jsonb_typeof("assessments"."subscales") = 'object'),
	CONSTRAINT "assessments_severity" CHECK ("assessments"."severity" is null or "assessments"."total" is not null)
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_patient_instrument" ON "assessments" USING btree ("patient_id","instrument","administered_at");--> statement-breakpoint
CREATE INDEX "assessments_episode" ON "assessments" USING btree ("episode_id","instrument");