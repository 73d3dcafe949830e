CREATE TABLE "self_report_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"instruments" jsonb NOT NULL,
	"answered" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"kind" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "self_report_tokens_kind" CHECK ("self_report_tokens"."kind" in ('kiosk', 'link')),
	CONSTRAINT "self_report_tokens_instruments" CHECK (jsonb_typeof("self_report_tokens"."instruments") = 'array' and jsonb_array_length("self_report_tokens"."instruments") > 0 and not jsonb_path_exists("self_report_tokens"."instruments", '$[*] ? (@.type() != "string")')),
	CONSTRAINT "self_report_tokens_answered" CHECK (jsonb_typeof("self_report_tokens"."answered") = 'array' and "self_report_tokens"."instruments" @> "self_report_tokens"."answered"),
	CONSTRAINT "self_report_tokens_expiry" CHECK ("self_report_tokens"."expires_at" > "self_report_tokens"."created_at")
);
--> statement-breakpoint
ALTER TABLE "self_report_tokens" ADD CONSTRAINT "self_report_tokens_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "self_report_tokens_token" ON "self_report_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "self_report_tokens_patient" ON "self_report_tokens" USING btree ("patient_id");