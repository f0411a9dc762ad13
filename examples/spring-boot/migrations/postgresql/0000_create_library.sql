CREATE TABLE "authors" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "name" varchar(200) NOT NULL,
  "created_at" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
  "updated_at" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT "authors_pkey" PRIMARY KEY ("id")
);
--> statement-breakpoint
CREATE TABLE "books" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "author_id" uuid NOT NULL,
  "title" varchar(200) NOT NULL,
  "published" integer,
  "created_at" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
  "updated_at" timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT "books_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "books_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE
);
--> statement-breakpoint
CREATE UNIQUE INDEX "authors_name_unique" ON "authors" ("name");
