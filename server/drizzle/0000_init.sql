CREATE SEQUENCE "public"."patient_mrn_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100001 CACHE 1;--> statement-breakpoint
CREATE TABLE "audit_chain" (
	"position" bigint PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"sealed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "audit_chain_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_roles" text[] NOT NULL,
	"patient_id" uuid,
	"action" text NOT NULL,
	"category" text NOT NULL,
	"entity_id" text,
	"outcome" text NOT NULL,
	"ip" text,
	"request_id" text NOT NULL,
	"details" jsonb NOT NULL,
	CONSTRAINT "audit_events_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"ip" text NOT NULL,
	"email" text NOT NULL,
	"success" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "login_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text,
	CONSTRAINT "login_sessions_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"mfa_secret" text,
	"mfa_pending_secret" text,
	"mfa_enabled" boolean DEFAULT false NOT NULL,
	"mfa_last_step" bigint,
	"created_at" timestamp with time zone NOT NULL,
	"password_changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"npi" text NOT NULL,
	"tax_id" text NOT NULL,
	"taxonomy" text NOT NULL,
	"facility_type" text NOT NULL,
	"address" jsonb NOT NULL,
	"phone" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "organization_single_row" CHECK ("organization"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"capacity" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "rooms_capacity_positive" CHECK ("rooms"."capacity" >= 1)
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	"address" jsonb NOT NULL,
	"place_of_service" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY NOT NULL,
	"credentials" text,
	"npi" text,
	"taxonomy" text,
	"supervisor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "authorization_uses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"authorization_id" uuid NOT NULL,
	"units" numeric(10, 2) NOT NULL,
	"service_date" date NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "authorization_uses_units" CHECK ("authorization_uses"."units" > 0)
);
--> statement-breakpoint
CREATE TABLE "authorizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"coverage_id" uuid NOT NULL,
	"number" text NOT NULL,
	"level_of_care" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"units" integer NOT NULL,
	"unit_type" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "authorizations_dates" CHECK ("authorizations"."end_date" >= "authorizations"."start_date"),
	CONSTRAINT "authorizations_units" CHECK ("authorizations"."units" > 0)
);
--> statement-breakpoint
CREATE TABLE "coverages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"payer_id" uuid NOT NULL,
	"member_id" text NOT NULL,
	"priority" integer NOT NULL,
	"relationship" text NOT NULL,
	"subscriber" jsonb,
	"start_date" date,
	"end_date" date,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "coverages_priority" CHECK ("coverages"."priority" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"mrn" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"sex" text NOT NULL,
	"address" jsonb,
	"phone" text,
	"email" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "patients_mrn_unique" UNIQUE("mrn"),
	CONSTRAINT "patients_sex" CHECK ("patients"."sex" in ('F', 'M', 'U'))
);
--> statement-breakpoint
CREATE TABLE "payer_rule_packs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"payer_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "payer_rule_packs_version" UNIQUE("payer_id","version"),
	CONSTRAINT "payer_rule_packs_version_positive" CHECK ("payer_rule_packs"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "payers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"payer_id" text NOT NULL,
	"template" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payers_template" CHECK ("payers"."template" in ('medicare_institutional', 'commercial_professional', 'commercial_per_diem'))
);
--> statement-breakpoint
CREATE TABLE "episode_diagnoses" (
	"episode_id" uuid NOT NULL,
	"code" text NOT NULL,
	"principal" boolean NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "episode_diagnoses_episode_id_position_pk" PRIMARY KEY("episode_id","position")
);
--> statement-breakpoint
CREATE TABLE "episodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"patient_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"admit_date" date NOT NULL,
	"attending_staff_id" uuid NOT NULL,
	"discharge_date" date,
	"disposition" text,
	"disposition_note" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "episodes_discharge_after_admit" CHECK ("episodes"."discharge_date" is null or "episodes"."discharge_date" >= "episodes"."admit_date")
);
--> statement-breakpoint
CREATE TABLE "level_of_care_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"episode_id" uuid NOT NULL,
	"level_of_care" text NOT NULL,
	"effective_date" date NOT NULL,
	"reason" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "level_of_care_changes_level" CHECK ("level_of_care_changes"."level_of_care" in ('IOP', 'PHP'))
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"site_id" uuid NOT NULL,
	"level_of_care" text NOT NULL,
	"population" text NOT NULL,
	"min_hours_per_week" numeric(4, 1) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "programs_level_of_care" CHECK ("programs"."level_of_care" in ('IOP', 'PHP')),
	CONSTRAINT "programs_population" CHECK ("programs"."population" in ('mental_health', 'substance_use', 'co_occurring')),
	CONSTRAINT "programs_min_hours" CHECK ("programs"."min_hours_per_week" between 0 and 40)
);
--> statement-breakpoint
CREATE TABLE "staff_programs" (
	"staff_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	CONSTRAINT "staff_programs_staff_id_program_id_pk" PRIMARY KEY("staff_id","program_id")
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "login_sessions" ADD CONSTRAINT "login_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_id_users_id_fk" FOREIGN KEY ("id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff" ADD CONSTRAINT "staff_supervisor_id_staff_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorization_uses" ADD CONSTRAINT "authorization_uses_authorization_id_authorizations_id_fk" FOREIGN KEY ("authorization_id") REFERENCES "public"."authorizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_coverage_id_coverages_id_fk" FOREIGN KEY ("coverage_id") REFERENCES "public"."coverages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverages" ADD CONSTRAINT "coverages_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverages" ADD CONSTRAINT "coverages_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payer_rule_packs" ADD CONSTRAINT "payer_rule_packs_payer_id_payers_id_fk" FOREIGN KEY ("payer_id") REFERENCES "public"."payers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_diagnoses" ADD CONSTRAINT "episode_diagnoses_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_attending_staff_id_staff_id_fk" FOREIGN KEY ("attending_staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_of_care_changes" ADD CONSTRAINT "level_of_care_changes_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_programs" ADD CONSTRAINT "staff_programs_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_programs" ADD CONSTRAINT "staff_programs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_patient_at" ON "audit_events" USING btree ("patient_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_at" ON "audit_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_at" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "api_tokens_user" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_at" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "login_attempts_email_at" ON "login_attempts" USING btree ("email","at");--> statement-breakpoint
CREATE INDEX "login_sessions_user" ON "login_sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "recovery_codes_user" ON "recovery_codes" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "rooms_site" ON "rooms" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "authorization_uses_authorization" ON "authorization_uses" USING btree ("authorization_id");--> statement-breakpoint
CREATE INDEX "authorizations_patient" ON "authorizations" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "coverages_patient" ON "coverages" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "patients_family_given" ON "patients" USING btree (lower("family_name"),lower("given_name"));--> statement-breakpoint
CREATE INDEX "patients_birth_date" ON "patients" USING btree ("birth_date");--> statement-breakpoint
CREATE UNIQUE INDEX "episodes_one_open_per_program" ON "episodes" USING btree ("patient_id","program_id") WHERE discharge_date is null;--> statement-breakpoint
CREATE INDEX "episodes_patient" ON "episodes" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "episodes_program" ON "episodes" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "level_of_care_changes_episode" ON "level_of_care_changes" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "staff_programs_program" ON "staff_programs" USING btree ("program_id");