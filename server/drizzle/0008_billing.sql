CREATE SEQUENCE "public"."interchange_control_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 999999999 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "charge_master" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"cents" integer NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	CONSTRAINT "charge_master_cents" CHECK ("charge_master"."cents" >= 0),
	CONSTRAINT "charge_master_dates" CHECK ("charge_master"."effective_to" is null or "charge_master"."effective_to" >= "charge_master"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "claim_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"format" text NOT NULL,
	"control_number" integer NOT NULL,
	"x12" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "claim_batches_control_number_unique" UNIQUE("control_number"),
	CONSTRAINT "claim_batches_format" CHECK ("claim_batches"."format" in ('837I', '837P'))
);
--> statement-breakpoint
CREATE TABLE "claim_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"claim_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"service_key" text NOT NULL,
	"patient_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"procedure_code" text NOT NULL,
	"charge_cents" integer NOT NULL,
	"trace" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"payer_id" uuid NOT NULL,
	"format" text NOT NULL,
	"status" text NOT NULL,
	"frequency" text NOT NULL,
	"original_claim_id" uuid,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"total_cents" integer NOT NULL,
	"rules_version" integer NOT NULL,
	"claim" jsonb NOT NULL,
	"issues" jsonb NOT NULL,
	"batch_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "claims_status" CHECK ("claims"."status" in ('draft', 'ready', 'batched', 'submitted', 'accepted', 'rejected', 'paid', 'denied', 'partially_paid')),
	CONSTRAINT "claims_format" CHECK ("claims"."format" in ('837I', '837P')),
	CONSTRAINT "claims_total" CHECK ("claims"."total_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "held_services" (
	"session_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"reason" text NOT NULL,
	"message" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	CONSTRAINT "held_services_session_id_patient_id_pk" PRIMARY KEY("session_id","patient_id")
);
--> statement-breakpoint
CREATE TABLE "remittance_postings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"remittance_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"status" text NOT NULL,
	"charge_cents" integer NOT NULL,
	"paid_cents" integer NOT NULL,
	"patient_responsibility_cents" integer NOT NULL,
	"payment" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "remittances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"check_number" text NOT NULL,
	"payment_date" date NOT NULL,
	"payer_name" text NOT NULL,
	"total_paid_cents" integer NOT NULL,
	"x12" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_by" uuid
);
--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claim_lines" ADD CONSTRAINT "claim_lines_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_batch_id_claim_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."claim_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_services" ADD CONSTRAINT "held_services_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "held_services" ADD CONSTRAINT "held_services_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_postings" ADD CONSTRAINT "remittance_postings_remittance_id_remittances_id_fk" FOREIGN KEY ("remittance_id") REFERENCES "public"."remittances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remittance_postings" ADD CONSTRAINT "remittance_postings_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "charge_master_code_from" ON "charge_master" USING btree ("code","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_lines_service" ON "claim_lines" USING btree ("service_key");--> statement-breakpoint
CREATE UNIQUE INDEX "claim_lines_position" ON "claim_lines" USING btree ("claim_id","position");--> statement-breakpoint
CREATE INDEX "claim_lines_session" ON "claim_lines" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "claims_patient" ON "claims" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "claims_payer" ON "claims" USING btree ("payer_id");--> statement-breakpoint
CREATE INDEX "claims_status" ON "claims" USING btree ("status");--> statement-breakpoint
CREATE INDEX "held_services_date" ON "held_services" USING btree ("service_date");--> statement-breakpoint
CREATE INDEX "remittance_postings_claim" ON "remittance_postings" USING btree ("claim_id");