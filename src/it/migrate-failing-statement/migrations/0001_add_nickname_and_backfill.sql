-- Custom migration: write its SQL below. Separate statements with a line '--> statement-breakpoint'.
ALTER TABLE "users" ADD COLUMN "nickname" varchar(50);
--> statement-breakpoint
INSERT INTO "no_such_table" ("id") VALUES (1);
