ALTER TABLE "things" RENAME COLUMN "label" TO "title";
--> statement-breakpoint
CREATE TABLE "thing_tags" (
  "thing_id" integer NOT NULL,
  "tag" varchar(40) NOT NULL,
  "meta" jsonb,
  "created_at" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
  "updated_at" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT "thing_tags_pkey" PRIMARY KEY ("thing_id", "tag"),
  CONSTRAINT "thing_tags_thing_id_things_id_fk" FOREIGN KEY ("thing_id") REFERENCES "things" ("id") ON DELETE CASCADE
);
--> statement-breakpoint
ALTER TABLE "things" ADD COLUMN "extra" text;
