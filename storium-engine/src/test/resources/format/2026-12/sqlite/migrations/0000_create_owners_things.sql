CREATE TABLE "owners" (
  "id" varchar(36) NOT NULL,
  "code" varchar(36) NOT NULL,
  "display_name" varchar(200),
  "created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
  "updated_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT "owners_pkey" PRIMARY KEY ("id")
);
--> statement-breakpoint
CREATE TABLE "things" (
  "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  "owner_id" varchar(36),
  "label" varchar,
  "note" text DEFAULT 'it''s \ quoted',
  "status" varchar(20) DEFAULT 'draft' NOT NULL,
  "rank" integer DEFAULT -1 NOT NULL,
  "big" bigint DEFAULT 9000000000,
  "ratio" real DEFAULT 1.5,
  "amount" numeric,
  "whole" numeric(12),
  "price" numeric(10, 2) DEFAULT 0.50,
  "flag" boolean DEFAULT 1 NOT NULL,
  "off" boolean DEFAULT 0,
  "day" date DEFAULT CURRENT_DATE,
  "seen" timestamp,
  "data" text,
  "numbers" text,
  "words" text,
  "owner_code" varchar(36),
  CONSTRAINT "things_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "owners" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT "things_owner_code_owners_code_fk" FOREIGN KEY ("owner_code") REFERENCES "owners" ("code") ON DELETE RESTRICT
);
--> statement-breakpoint
CREATE UNIQUE INDEX "owners_code_unique" ON "owners" ("code");
--> statement-breakpoint
CREATE INDEX "things_flag_rank_idx" ON "things" ("flag", "rank");
--> statement-breakpoint
CREATE UNIQUE INDEX "things_label_key" ON "things" ("label");
--> statement-breakpoint
CREATE INDEX "things_drafts_idx" ON "things" ("status") WHERE status = 'draft' and rank > 0;
