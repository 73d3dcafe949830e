ALTER TABLE "tasks" ADD COLUMN "priority" text DEFAULT 'routine' NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_priority" CHECK ("tasks"."priority" in ('routine', 'urgent'));--> statement-breakpoint
-- Suicide-risk tasks raised before this column carried their urgency in details.
UPDATE "tasks" SET "priority" = 'urgent', "details" = "details" - 'priority' WHERE "details"->>'priority' = 'urgent';
