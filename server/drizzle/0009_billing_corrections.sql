ALTER TABLE "claims" DROP CONSTRAINT "claims_status";--> statement-breakpoint
ALTER TABLE "charge_master" ADD COLUMN "synthetic" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "remittances" ADD COLUMN "payer_identifier" text;--> statement-breakpoint
ALTER TABLE "remittances" ADD COLUMN "file_hash" text;--> statement-breakpoint
-- Remittances posted before this migration get the hash of the file they were stored with.
UPDATE "remittances" SET "file_hash" = encode(sha256(convert_to("x12", 'UTF8')), 'hex');--> statement-breakpoint
ALTER TABLE "remittances" ALTER COLUMN "file_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_original_claim_id_claims_id_fk" FOREIGN KEY ("original_claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "claims_one_correction" ON "claims" USING btree ("original_claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "remittances_trace" ON "remittances" USING btree ("payer_identifier","check_number");--> statement-breakpoint
CREATE INDEX "remittances_file_hash" ON "remittances" USING btree ("file_hash");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_status" CHECK ("claims"."status" in ('draft', 'ready', 'batched', 'submitted', 'accepted', 'rejected', 'paid', 'denied', 'partially_paid', 'replaced', 'voided'));